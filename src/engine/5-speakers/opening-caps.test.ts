import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, input: string[], expected: Array<[speaker: string, content: string]>];

/** A lone ordinary word capitalised only because it opens the sentence names no source. */
const ROWS: Row[] = [
  [
    'an abstract noun opening a sentence-case headline',
    ['Pollution condemns river towns to dirty water: charity'],
    [],
  ],
  [
    'a source the lexicon knows still speaks at the sentence start',
    ['Officials say river towns will get clean water by spring.'],
    [['Officials', 'river towns will get clean water by spring.']],
  ],
  [
    'a one-off name with no common form still speaks',
    ['Tamberlin said the river towns would get clean water by spring.'],
    [['Tamberlin', 'the river towns would get clean water by spring.']],
  ],
  [
    'a name the article capitalises inside a sentence still speaks',
    [
      'Members of Solidarity marched on Monday.',
      'Solidarity said the river towns would get clean water by spring.',
    ],
    [['Solidarity', 'the river towns would get clean water by spring.']],
  ],
  [
    'a sentence adverb set off by a comma',
    ['Overall, both trial groups had fewer colds and confirmed infections than the control group.'],
    [],
  ],
  [
    'an adjective before the lower-case noun it modifies',
    ['Similar outages were reported on Telegram, suggesting the fault was shared.'],
    [],
  ],
  [
    'a pronoun before a word read as a noun still speaks',
    ['Ann Roe runs the clinic.', 'She further noted that the staff would move.'],
    [['Ann Roe', 'the staff would move.']],
  ],
  [
    'a possessive name before the noun it owns still speaks',
    ['Tamberlin’s vow that the road would reopen cheered drivers.'],
    [['Tamberlin', 'the road would reopen']],
  ],
  [
    'a name before a source noun keeps the whole phrase',
    ['Tamberlin officials said the road would reopen.'],
    [['Tamberlin officials', 'the road would reopen.']],
  ],
];

describe('capitals only a sentence start gives', () => {
  it.each(ROWS)('%s', (_name, input, expected) => {
    expect(simplify(input).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
