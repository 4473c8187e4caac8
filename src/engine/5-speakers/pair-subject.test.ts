import { describe, expect, it } from 'vitest';
import { buildBlockModel } from '../1-text/model';
import { simplify } from '../testing/simplify';
import { pairSubject } from './pair-subject';

/** The two names of the pair, as text, or null. */
function pairOf(text: string): [string, string] | null {
  const block = buildBlockModel(0, 'paragraph', text);
  const s = block.sentences[0]!;
  const pair = pairSubject(block, s.from, s.to);
  if (pair === null) return null;
  const words = ([a, b]: readonly [number, number]) =>
    block.text.slice(block.tokens[a]!.start, block.tokens[b - 1]!.end);
  return [words(pair[0]), words(pair[1])];
}

const PAIRS: Array<[name: string, text: string, expected: [string, string] | null]> = [
  ['two full names', 'Ann Roe and Ben Lund argue that the ice is thin.', ['Ann Roe', 'Ben Lund']],
  [
    'each with an appositive',
    'Ann Roe, a geologist at Brown, and Ben Lund, a chemist, argue that the ice is thin.',
    ['Ann Roe', 'Ben Lund'],
  ],
  ['two surnames and an adverb', 'Roe and Lund also see the effect everywhere.', ['Roe', 'Lund']],
  ['an opening phrase first', 'In their new book, Roe and Lund write about ice.', ['Roe', 'Lund']],
  ['"both" makes each one speak', 'Both Ann Roe and Ben Lund said no.', null],
  ['no verb after the second name', 'The prize went to Ann Roe and Ben Lund.', null],
  [
    'a kin word and its commas before the second name',
    'Jack Roe, a doctor, and his daughter, Sara Roe, a nurse, probe the gap.',
    ['Jack Roe', 'Sara Roe'],
  ],
  [
    'a pair set off by dashes after a plural noun',
    'Two guards -- Ann Roe and Ben Lund -- said they saw him.',
    ['Ann Roe', 'Ben Lund'],
  ],
  ['a kin word with no name after it', 'Jack Roe and his daughter went home.', null],
  ['a lower-case second conjunct', 'Ann Roe and her colleagues found the gene.', null],
];

describe('pairSubject', () => {
  it.each(PAIRS)('%s', (_name, text, expected) => {
    expect(pairOf(text)).toEqual(expected);
  });
});

type Row = [name: string, input: string[], expected: Array<[speaker: string, content: string]>];

/** Records: a pair speaks together; "they" after a pair is both of them. */
const ROWS: Row[] = [
  [
    'two people as one subject speak together',
    ['Ann Roe and Ben Lund said the ice was thin.'],
    [['Ann Roe and Ben Lund', 'the ice was thin.']],
  ],
  [
    'a later "they" is the pair, not the nearer name',
    [
      'Ann Roe, a geologist at Brown, and Ben Lund, a chemist at Yale, study the lake.',
      'They argue that the ice is thinner every year.',
    ],
    [['Ann Roe and Ben Lund', 'the ice is thinner every year.']],
  ],
  [
    '"both men" a sentence later is the pair',
    ['Two guards -- Ann Roe and Ben Lund -- stood at the gate. Both men said the door was shut.'],
    [['Ann Roe and Ben Lund', 'the door was shut.']],
  ],
  [
    'a family plural ("the Roes") is the pair that shares the surname, even paragraphs on',
    [
      'Jack Roe, a doctor, and his daughter, Sara Roe, a nurse, probe the gap.',
      'The book is long. It has ten chapters. It took five years. It sold well. It won a prize.',
      'The Roes argue that fear was once useful.',
    ],
    [['Jack Roe and Sara Roe', 'fear was once useful.']],
  ],
  [
    '"the pair" long after the pair was named is no longer theirs',
    [
      'Ann Roe and Ben Lund study the lake.',
      'The lake froze. The town was quiet. Nobody came. Snow fell. The road closed. The bus stopped. Shops shut.',
      'The pair said the ice was thin.',
    ],
    [['pair', 'the ice was thin.']],
  ],
  [
    '"both" leaves one record to each',
    ['Both Ann Roe and Ben Lund said the ice was thin.'],
    [
      ['Ann Roe', 'the ice was thin.'],
      ['Ben Lund', 'the ice was thin.'],
    ],
  ],
  [
    'a pair long gone is no antecedent: "they" is the group that spoke since',
    [
      'Ann Roe and Ben Lund study the lake.',
      'The rangers closed the road. The lake froze early. The town was quiet. Nobody came.',
      'Officials said the road would reopen. They added that the ice was thin.',
    ],
    [
      ['Officials', 'the road would reopen.'],
      ['Officials', 'the ice was thin.'],
    ],
  ],
];

describe('speaking as a pair', () => {
  it.each(ROWS)('%s', (_name, input, expected) => {
    expect(simplify(input).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
