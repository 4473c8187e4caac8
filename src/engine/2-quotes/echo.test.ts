import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';
import type { BlockKind } from '../types';

type Input = Array<[BlockKind, string]>;
type Row = [name: string, input: Input, expected: Array<[speaker: string, content: string]>];

/** Quotations in headlines: a named speaker before a colon, or an echo of a body quote. */
const ROWS: Row[] = [
  [
    'a quoted crosshead takes the speaker of the words below, not the last speaker above',
    [
      ['paragraph', '“The bridge will reopen in May,” said the engineer, Noor Haddad.'],
      ['crosshead', '‘Walked away from us’'],
      ['paragraph', 'Residents were angry. “The council walked away from us,” said Pia Lund.'],
    ],
    [
      ['Noor Haddad', 'The bridge will reopen in May,'],
      ['Pia Lund', 'Walked away from us'],
      ['Pia Lund', 'The council walked away from us,'],
    ],
  ],
  [
    'headline "Name: \'quote\'"',
    [
      ['headline', "Snopes Fact-Checker David Emery: 'Are There Any Un-Angry Trump Supporters?'"],
      ['paragraph', 'The tweet drew replies.'],
    ],
    [['David Emery', 'Are There Any Un-Angry Trump Supporters?']],
  ],
  [
    'headline quote echoing a body quote takes its speaker',
    [
      ['headline', 'Student Dies After Diet Pills She Bought Online "Burned Her Up From Within"'],
      ['paragraph', '“She was literally burning her up from within,” Fiona Parry said.'],
    ],
    [
      ['Fiona Parry', 'Burned Her Up From Within'],
      ['Fiona Parry', 'She was literally burning her up from within,'],
    ],
  ],
  [
    'an echo meets other inflections and contractions of the same words',
    [
      ['headline', 'Tenants: ‘They asked us to use it’'],
      ['paragraph', '“They’re asking us to keep using it every day,” Lena Ostrova said.'],
    ],
    [
      ['Lena Ostrova', 'They asked us to use it'],
      ['Lena Ostrova', 'They’re asking us to keep using it every day,'],
    ],
  ],
  [
    'no echo: a slogan after a preposition is mentioned, not said',
    [
      ['headline', 'Council doubles down on ‘Clean streets, green town’ campaign'],
      ['paragraph', '“Clean streets, green town,” the mayor, Rosa Alves, said at the launch.'],
    ],
    [['Rosa Alves', 'Clean streets, green town,']],
  ],
  [
    'a quoted verb phrase after "to" is still words said',
    [
      ['headline', 'Families forced to ‘leave their homes tonight’ as river rises'],
      ['paragraph', '“Leave your homes tonight,” the fire chief, Omar Haddad, said.'],
    ],
    [
      ['Omar Haddad', 'leave their homes tonight'],
      ['Omar Haddad', 'Leave your homes tonight,'],
    ],
  ],
  [
    'no echo: a short scare quote in a headline',
    [
      ['headline', "'Neutral' fact-checkers face questions"],
      ['paragraph', '“We are neutral,” the editor said.'],
    ],
    [['editor', 'We are neutral,']],
  ],
  [
    'no echo: the body never says the headline words',
    [
      ['headline', 'Flood town "under water by the morning"'],
      ['paragraph', '“We had to leave our homes,” one resident said.'],
    ],
    [['one resident', 'We had to leave our homes,']],
  ],
  [
    'no speaker: a one-word label before the colon',
    [
      ['headline', "Watch: 'This is the moment the bridge fell'"],
      ['paragraph', 'The bridge fell on Monday.'],
    ],
    [],
  ],
  [
    'a crosshead that is only a two-word quote echoes the body',
    [
      ['headline', 'Harbour strike enters second week'],
      ['crosshead', '‘Honest Talks’'],
      ['paragraph', 'The union wants “honest talks” with the port, its leader, Dara Quinn, said.'],
    ],
    [
      ['Dara Quinn', 'Honest Talks'],
      ['Dara Quinn', 'The union wants “honest talks” with the port'],
    ],
  ],
  [
    'no echo: two quoted words inside a longer crosshead',
    [
      ['headline', 'Harbour strike enters second week'],
      ['crosshead', 'Union seeks ‘honest talks’ with port'],
      ['paragraph', 'The union wants “honest talks” with the port, its leader, Dara Quinn, said.'],
    ],
    [['Dara Quinn', 'The union wants “honest talks” with the port']],
  ],
  [
    'no echo: two quoted words alone in a headline are a label',
    [
      ['headline', '‘Honest Talks’'],
      ['paragraph', 'The union wants “honest talks” with the port, its leader, Dara Quinn, said.'],
    ],
    [['Dara Quinn', 'The union wants “honest talks” with the port']],
  ],
];

describe('headline quotations', () => {
  it.each(ROWS)('%s', (_name, input, expected) => {
    expect(simplify(input).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
