import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';
import type { BlockKind } from '../types';

const pairs = (sentence: string) => simplify([sentence]).map((r) => [r.speaker, r.content]);

/** A lone hedging adverb in the main clause, with the words that may stand around it. */
describe('hedging adverb after its subject', () => {
  it.each([
    [
      'a linking adverb before it',
      'The treasurer also allegedly moved the club savings into a private account.',
    ],
    ['"then" before it', 'The broker then allegedly sold the shares back to his own company.'],
    ['an auxiliary before it', 'The pair were allegedly planning a second trip to the coast.'],
    [
      'a fronted clause closed by a comma',
      'When she left the bank in 2019, the clerk allegedly took a box of customer files.',
    ],
  ])('%s: the whole sentence is passed on', (_label, sentence) => {
    expect(pairs(sentence)).toEqual([['allegations', sentence]]);
  });

  it.each([
    [
      'a fronted clause with no comma',
      'When the clerk allegedly took the files nobody noticed it.',
    ],
    ['a relative clause', 'The clerk who allegedly took the files was fired on Monday.'],
    [
      'a gerund after a preposition',
      'The clerk was fired for allegedly taking a box of customer files.',
    ],
  ])('%s: no record', (_label, sentence) => {
    expect(pairs(sentence)).toEqual([]);
  });
});

/** Title-cased summary lines: every word is tagged a name, so the predicate is read in lower case. */
describe('hedging adverb in a title-cased line', () => {
  it.each([
    [['headline', 'Mayor Allegedly Took Bribes From Builders For Years']],
    [['paragraph', '2. Treasurer Allegedly Moved Club Savings Into Private Account']],
  ] as Array<[[BlockKind, string]]>)('%j is passed on', (block) => {
    expect(simplify([block]).map((r) => r.content)).toEqual([block[1].replace(/^\d+\. /, '')]);
  });

  it.each([
    [['headline', 'Mayor Allegedly Fixer Of Builders For Years']],
    [['paragraph', 'Earlier, the Mayor Allegedly Took bribes from builders for years.']],
  ] as Array<[[BlockKind, string]]>)('%j is not', (block) => {
    expect(simplify([block])).toEqual([]);
  });
});
