import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';
import { findQuotes } from './quotes';

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

/** A right double mark typed where the opening one belongs ('he said, ”and ...”'). */
const MISTURNED: Row[] = [
  [
    'a split quotation resumed with a right mark',
    '“The count was rushed,” Lena Ortiz said, ”and the observers were sent home early.”',
    [
      ['Lena Ortiz', 'The count was rushed,'],
      ['Lena Ortiz', 'and the observers were sent home early.'],
    ],
  ],
  [
    'a quotation opened with a right mark after "said,"',
    'The mayor said, ”We will rebuild the bridge. It will take two years.”',
    [['mayor', 'We will rebuild the bridge. It will take two years.']],
  ],
  [
    'not: inch marks after numbers open nothing',
    'The shelf is 12” wide and 30” deep, the carpenter said.',
    [['carpenter', 'The shelf is 12” wide and 30” deep']],
  ],
];

describe('a right double mark that opens a quotation', () => {
  it.each(MISTURNED)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});

type QuoteRow = [name: string, text: string, inner: string[]];

/** Straight marks typed carelessly: no space before an opening one, or an opening one doubled. */
const CARELESS: QuoteRow[] = [
  [
    'an opening mark right after the stop that ends a quote-free sentence',
    'The talks failed, said Dana Whitfield."We will try again in spring."',
    ['We will try again in spring.'],
  ],
  [
    'an opening mark right after a question mark',
    'Who pays?"Nobody knows yet," the clerk said.',
    ['Nobody knows yet,'],
  ],
  [
    'an opening mark typed twice',
    '""Her five years here were a gift," the dean said.',
    ['Her five years here were a gift,'],
  ],
  ['not: a closing mark after a stop', 'He said "it is over." Then he left.', ['it is over.']],
  [
    'not: a mark after a stop before a lower-case word',
    'It was the "end."of the road, she wrote "later" on.',
    ['end.', 'later'],
  ],
  ['not: an empty pair before a space', 'The box read "" and "void" below.', ['', 'void']],
];

describe('careless straight quotation marks', () => {
  it.each(CARELESS)('%s', (_name, text, inner) => {
    expect(findQuotes(text).map((q) => text.slice(q.innerStart, q.innerEnd))).toEqual(inner);
  });
});
