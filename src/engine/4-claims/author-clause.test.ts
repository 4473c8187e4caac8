import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, text: string, expected: Array<[speaker: string, content: string]>];

/** "but" and ", with" after a reported claim: the author's clause, or more of the claim. */
const ROWS: Row[] = [
  [
    'a fronted adverbial after "but", then a named subject, is the author\u2019s narration',
    'The guide thought they could camp by the river, but after a long night, Marta walked back to the village.',
    [['guide', 'they could camp by the river']],
  ],
  [
    '"but" with no comma before a fronted adverbial and a noun subject',
    'The vet thought the dog had a mild fever but contrary to every hope, things got worse that week.',
    [['vet', 'the dog had a mild fever']],
  ],
  [
    'a pronoun subject after the adverbial goes on with the speaker\u2019s account',
    'The inspector explained the permit had first been approved, but after further checks, it had been withdrawn.',
    [
      [
        'inspector',
        'the permit had first been approved, but after further checks, it had been withdrawn.',
      ],
    ],
  ],
  [
    '"but only after" and an -ing verb is the speaker\u2019s next act',
    'The coach praised the goalkeeper for saving the penalty - but only after teasing him about his new boots.',
    [['coach', 'the goalkeeper for saving the penalty']],
  ],
  [
    '"but which" opens the author\u2019s relative clause',
    'The firm says it needs the plant for cheap power but which also can be used to make weapons.',
    [['firm', 'it needs the plant for cheap power']],
  ],
  [
    'a pronoun subject after a short adverbial is still the speaker’s',
    'The farmer said the harvest was late, but in the end, it recovered.',
    [['farmer', 'the harvest was late, but in the end, it recovered.']],
  ],
  [
    'an absolute "with" clause ends the claim and is its own speaker\u2019s',
    'The rebels admitted the vote helped the cabinet, with their spokesman Tomas Ruiz calling it "a gift".',
    [
      ['rebels', 'the vote helped the cabinet'],
      ['Tomas Ruiz', 'it "a gift".'],
    ],
  ],
  [
    'an absolute "with" clause with a common-noun subject stays in the claim',
    'The monitors believe the real toll may be far higher, with some counts putting it near 90.',
    [['monitors', 'the real toll may be far higher, with some counts putting it near 90.']],
  ],
  [
    '"with" and a phrase without its own -ing verb stays in the claim',
    'The company promised fast delivery to every town, with no extra fees and on existing roads.',
    [['company', 'fast delivery to every town, with no extra fees and on existing roads.']],
  ],
];

describe('"but" and ", with" after a reported claim', () => {
  it.each(ROWS)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
