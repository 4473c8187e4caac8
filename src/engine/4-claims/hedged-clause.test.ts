import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

const pairs = (sentence: string) => simplify([sentence]).map((r) => [r.speaker, r.content]);

/** An agentless hedge holds its own clause, not the author's clauses around it. */
describe('the clause of an agentless hedge', () => {
  it.each([
    [
      'a second clause after ", and"',
      'Rain fell all night, and the river is said to be rising by the hour.',
      [['unnamed source', 'the river is said to be rising by the hour.']],
    ],
    [
      'the author\'s aside after ", which"',
      'The bridge is thought to be the oldest in the county, which draws many walkers.',
      [['unnamed source', 'The bridge is thought to be the oldest in the county']],
    ],
    [
      'a second predicate of the subject after "and"',
      'Otters are shy animals and are thought to be rarer than ever in the valley.',
      [['unnamed source', 'are thought to be rarer than ever in the valley.']],
    ],
    [
      'a bracket inside the subject stays in the clause',
      'The Coast Guard (CG) crew is said to have rescued nine sailors at dawn.',
      [
        [
          'unnamed source',
          'The Coast Guard (CG) crew is said to have rescued nine sailors at dawn.',
        ],
      ],
    ],
  ])('%s', (_name, sentence, expected) => {
    expect(pairs(sentence)).toEqual(expected);
  });
});
