import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, text: string, expected: Array<[speaker: string, content: string]>];

/** Wire copy that types a closing double quotation mark as two single ones ("voters,’’ or ,''). */
const ROWS: Row[] = [
  [
    'a quote closed by two single marks, then its speaker',
    '“The count was rushed,’’ Lena Ortiz, head of the observer mission, told the radio station.',
    [['Lena Ortiz', 'The count was rushed,']],
  ],
  [
    'a sentence ends after the two marks',
    'The board warned that “the vote is final.’’ The board also pointed out that it has “no role in counting.’’',
    [
      ['board', 'the vote is final.'],
      ['board', 'it has “no role in counting.’’'],
    ],
  ],
  [
    'typewriter marks: a straight quote closed by two straight single marks',
    "\"We are all relieved,'' Dana Whitfield, the pilot's sister, told the local paper.",
    [['Dana Whitfield', 'We are all relieved,']],
  ],
  [
    'a sentence ends after two typewriter marks',
    "The mayor called the plan \"a good start.'' The council disagreed.",
    [['mayor', "the plan \"a good start.''"]],
  ],
  [
    'not a closing pair: a single straight mark inside a quote',
    '"It\'s the players\' call," the coach said.',
    [['coach', "It's the players' call,"]],
  ],
  [
    'not a quote: an apostrophe after a plural',
    'The players’ union said the season would start in May.',
    [['union', 'the season would start in May.']],
  ],
];

describe('closing quotes typed as two single marks', () => {
  it.each(ROWS)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
