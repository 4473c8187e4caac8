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
      'the author\'s second predicate after "and", an adverb and an auxiliary',
      'The twins are thought to be the best sprinters in the club and surely will race again.',
      [['unnamed source', 'The twins are thought to be the best sprinters in the club']],
    ],
    [
      "the author's participle clause after a comma and an adverb",
      'The cave was considered too small to explore, merely marked on maps as a crack.',
      [['unnamed source', 'The cave was considered too small to explore']],
    ],
    [
      'an -ing clause after the comma stays in the forecast',
      'The storm was expected to reach the coast, bringing heavy rain to the valley.',
      [
        [
          'unnamed source',
          'The storm was expected to reach the coast, bringing heavy rain to the valley.',
        ],
      ],
    ],
    [
      'a hyphen spaced as a dash ends the clause',
      'It has been found that otters eat crabs along the reef - one more reason to protect it.',
      [['unnamed source', 'otters eat crabs along the reef']],
    ],
    [
      'a hyphen inside a word does not',
      'The bridge is thought to be a well-built crossing of the river.',
      [['unnamed source', 'The bridge is thought to be a well-built crossing of the river.']],
    ],
    [
      'a noun joined by "and" stays in the claim',
      'The bridge is thought to be older and more fragile than the tower.',
      [['unnamed source', 'The bridge is thought to be older and more fragile than the tower.']],
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
