import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, text: string, expected: Array<[speaker: string, content: string]>];

/** What follows an interrupting attribution: more of the claim, or the author's conclusion. */
const ROWS: Row[] = [
  [
    '"after" following the source gives the occasion of saying',
    'The old mill will become a library, the mayor said on Tuesday, after years of debate over how to use it.',
    [['mayor', 'The old mill will become a library']],
  ],
  [
    '"amid" following the source gives the occasion of saying',
    'The plant will close in May, the company said, amid growing losses at its steel arm.',
    [['company', 'The plant will close in May']],
  ],
  [
    'a quoted part after "after" is still the speaker’s',
    '“The plant will close,” the company said after the vote, “and nobody will be hired.”',
    [
      ['company', 'The plant will close,'],
      ['company', 'and nobody will be hired.'],
    ],
  ],
  [
    '"so" after an interrupting source opens the author’s conclusion',
    'Two more bids are still on the table, according to the Courier, so it is likely the council will wait.',
    [['Courier', 'Two more bids are still on the table']],
  ],
  [
    '"thus" after an interrupting source opens the author’s conclusion',
    'The river rose three metres overnight, the mayor said, thus the ferry will not run.',
    [['mayor', 'The river rose three metres overnight']],
  ],
  [
    'a reason clause after a partly quoted claim goes on with it',
    'The plan would be “very cheap”, the mayor said, since the ferry costs more every year.',
    [
      ['mayor', 'The plan would be “very cheap”'],
      ['mayor', 'since the ferry costs more every year.'],
    ],
  ],
  [
    'a quoted part after the source is still the speaker’s',
    '“The river rose overnight,” the mayor said, “so the ferry will not run today.”',
    [
      ['mayor', 'The river rose overnight,'],
      ['mayor', 'so the ferry will not run today.'],
    ],
  ],
  [
    'a time clause after an inverted "said X" goes on with the claim',
    'The old ferries were built in a lean decade, said harbour historian Dr Ivo Marsh, when the town was losing its shipyards.',
    [
      ['Ivo Marsh', 'The old ferries were built in a lean decade'],
      ['Ivo Marsh', 'when the town was losing its shipyards.'],
    ],
  ],
  [
    'a predicate after an inverted "said X" finishes the subject before it',
    'Rents damaged by the new tax, said Marsh, can include those of small shops near the harbour.',
    [
      ['Marsh', 'Rents damaged by the new tax'],
      ['Marsh', 'can include those of small shops near the harbour.'],
    ],
  ],
  [
    'a short predicate after "X says" finishes the subject before it',
    'The ferry has never missed a winter, and demand for it, Marsh says, is still steady.',
    [
      ['Marsh', 'The ferry has never missed a winter, and demand for it'],
      ['Marsh', 'is still steady.'],
    ],
  ],
  [
    'a subject with its own relative clause is no claim before the predicate',
    'The lowest fare that any ferry line has offered, Marsh said, is the one sold in winter.',
    [['Marsh', 'is the one sold in winter.']],
  ],
  [
    'a subject with a participle and its agent is no claim before the predicate',
    'Shops damaged by the new tax, said Marsh, can include those near the harbour.',
    [['Marsh', 'can include those near the harbour.']],
  ],
  [
    'not: a past tense before the interrupting clause is a claim of its own',
    'The ferry carried more cars in May, Marsh said, and it will add a route.',
    [['Marsh', 'The ferry carried more cars in May']],
  ],
  [
    'not: a relative clause inside a fronted phrase leaves the phrase a claim',
    'For the mothers who are eager to sail, small fares may help them stay, said Ivo Marsh, lead author of the study.',
    [['Ivo Marsh', 'For the mothers who are eager to sail, small fares may help them stay']],
  ],
  [
    'not: "when asked" describes the speaker',
    'The ferry will close next year, said Ivo Marsh, when asked about the budget.',
    [['Ivo Marsh', 'The ferry will close next year']],
  ],
  [
    'not: a role word after a verb-like modifier is the speaker’s title',
    'The ferry will close next year, said Ivo Marsh, lead author of a report published on Monday.',
    [['Ivo Marsh', 'The ferry will close next year']],
  ],
  [
    'not: a participle after the speaker describes the speaker',
    'The ferry will close next year, said Ivo Marsh, speaking at the harbour on Monday.',
    [['Ivo Marsh', 'The ferry will close next year']],
  ],
  [
    'a second quotation right after the verb, with no comma',
    '"The hardest part is hiring," Mary Smith says "We have more jobs than coders in this town."',
    [
      ['Mary Smith', 'The hardest part is hiring,'],
      ['Mary Smith', 'We have more jobs than coders in this town.'],
    ],
  ],
  [
    'not: a word or two quoted after the verb',
    '"We are ready for the final," the coach says "yes" to every request.',
    [['coach', 'We are ready for the final,']],
  ],
];

describe('interrupted claims', () => {
  it.each(ROWS)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
