import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';
import { pluralHead } from './antecedent';
import type { BlockKind } from '../types';

type Input = Array<string | [BlockKind, string]>;
type Row = [name: string, input: Input, expected: Array<[speaker: string, content: string]>];

/** Who "it", "he" and a cue-less quote paragraph refer to. */
const ROWS: Row[] = [
  [
    '"It found" goes back to a document subject that never spoke',
    [
      'The study is published in the New England Journal of Medicine.',
      'It found that early peanut snacks cut the risk of allergy by 80%.',
    ],
    [['study', 'early peanut snacks cut the risk of allergy by 80%.']],
  ],
  [
    '"she" goes to an unnamed person a sentence opened with, not the man who spoke before',
    [
      '“I will enjoy my life,” Tom Birch said.',
      'An Acme staffer tried to clear space near the stage for the interview.',
      '“That is the line,” she yelled.',
    ],
    [
      ['Tom Birch', 'I will enjoy my life,'],
      ['An Acme staffer', 'That is the line,'],
    ],
  ],
  [
    '"he" goes to an unnamed blogger a paragraph opened with, not a man named in passing',
    [
      '“A divorce is news,” joked one male blogger.',
      'Another blogger had fun picturing the bishop, a friend of Tom Birch, at the wedding.',
      '“Will the bishop approve?” he wrote.',
    ],
    [
      ['one male blogger', 'A divorce is news,'],
      ['Another blogger', 'Will the bishop approve?'],
    ],
  ],
  [
    'no antecedent: "It found" after a sentence about a person',
    ['Smith went home early.', 'It found that prices rose.'],
    [],
  ],
  [
    '"he" after a quote goes to the person named in the sentence before',
    [
      'Forrest Jones said blankets are here to stay.',
      '“Minibars almost always lose money,” Sharon said.',
      'Forrest Jones made a discovery when he was helping the housekeepers. “Same spot, every room,” he said.',
    ],
    [
      ['Forrest Jones', 'blankets are here to stay.'],
      ['Sharon', 'Minibars almost always lose money,'],
      ['Forrest Jones', 'Same spot, every room,'],
    ],
  ],
  [
    'a cue-less quote paragraph belongs to the person the paragraph before names',
    [
      'Hori Parata says the whales are sick.',
      '“It is heartbreaking,” the ranger, Tom Hale, said.',
      'But for Parata and his family the deaths are personal.',
      '“It’s very emotional. Our ancestors tell us the strandings are a sign from the sea.”',
    ],
    [
      ['Hori Parata', 'the whales are sick.'],
      ['Tom Hale', 'It is heartbreaking,'],
      [
        'Hori Parata',
        'It’s very emotional. Our ancestors tell us the strandings are a sign from the sea.',
      ],
      ['Our ancestors', 'the strandings are a sign from the sea.'],
    ],
  ],
  [
    'a first-person quoted fragment with no cue continues the last speaker',
    [
      '“I was shocked to see that level,” said Tyler Besecker, a buyer. The price, which was matched at two stores in the region, is “as low as I’ve ever seen.”',
    ],
    [
      ['Tyler Besecker', 'I was shocked to see that level,'],
      ['Tyler Besecker', 'as low as I’ve ever seen.'],
    ],
  ],
  [
    'a first-person fragment in a sentence with its own cue is not continued',
    [
      '“We won,” said Tyler Besecker.',
      'The band called the album “a record of who we are” in its notes.',
    ],
    // The band's own "called X 'Y'" is a claim of its own; the fragment is not Besecker's.
    [
      ['Tyler Besecker', 'We won,'],
      ['band', 'the album “a record of who we are”'],
    ],
  ],
  [
    'a third-person quoted fragment is not continued',
    ['“We won,” said Tyler Besecker.', 'The price is “the lowest in a decade” this week.'],
    [['Tyler Besecker', 'We won,']],
  ],
  [
    'a code block quote does not continue the speaker',
    [
      'Askar said the attack was easy to build.',
      ['blockquote', 'rekt: { list: [ list: [ list: [ ] list: [ ] ... ] ... ] ... }'],
    ],
    [['Askar', 'the attack was easy to build.']],
  ],
  [
    '"It said" continues a long named source of no known kind, not a group heard before it',
    [
      'Human rights monitors said the port was shelled on Friday.',
      'The Kestrel Watch for Coastal Seabirds said the fire was contained near the docks. It said two ships were damaged.',
    ],
    [
      ['Human rights monitors', 'the port was shelled on Friday.'],
      ['Kestrel Watch for Coastal Seabirds', 'the fire was contained near the docks.'],
      ['Kestrel Watch for Coastal Seabirds', 'two ships were damaged.'],
    ],
  ],
  [
    '"It said" skips an unnamed group of people for the body that spoke before it',
    [
      'The Harbor Authority said the port would reopen on Monday.',
      'Port officials said the fire was out. It said two ships were damaged.',
    ],
    [
      ['Harbor Authority', 'the port would reopen on Monday.'],
      ['Port officials', 'the fire was out.'],
      ['Harbor Authority', 'two ships were damaged.'],
    ],
  ],
  [
    'with no single body at hand, "it" stays with the group',
    ['Port officials said the fire was out. It said two ships were damaged.'],
    [
      ['Port officials', 'the fire was out.'],
      ['Port officials', 'two ships were damaged.'],
    ],
  ],
];

describe('antecedents', () => {
  it.each(ROWS)('%s', (_name, input, expected) => {
    expect(simplify(input).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});

/** Is a phrase's head a plural, so no "it"? */
const HEADS: Array<[phrase: string, plural: boolean]> = [
  ['officials', true],
  ['port officials', true],
  ['executives of both companies', true],
  ['a team of researchers', false],
  ['the agency', false],
  ['the press', false],
  ['a census', false],
  ['the analysis', false],
  ['a witness', false],
  ['the police chief', false],
];

describe('pluralHead', () => {
  it.each(HEADS)('%s', (phrase, plural) => {
    expect(pluralHead(phrase)).toBe(plural);
  });
});
