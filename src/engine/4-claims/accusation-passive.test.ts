import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

const pairs = (sentence: string) => simplify([sentence]).map((r) => [r.speaker, r.content]);

/** Charges and verdicts in an agentless passive: the gerund phrase is the claim. */
describe('accusation passives', () => {
  it.each([
    [
      'an accusation with a time adjunct',
      'The ferry company was accused Tuesday of hiding safety reports from the inspectors.',
      [['unnamed source', 'hiding safety reports from the inspectors.']],
    ],
    [
      'a charge with an adverb inside the passive',
      'The bakery was also charged with selling bread past its date to three schools.',
      [['unnamed source', 'selling bread past its date to three schools.']],
    ],
    [
      'a verdict: the court holds it',
      'On Monday, the treasurer was found guilty of moving club funds (about $9,000; £7,000) abroad.',
      [['court', 'moving club funds (about $9,000; £7,000) abroad.']],
    ],
    [
      'a conviction in an adverbial clause, up to the author\u2019s aside',
      'Fans marched after the coach was convicted of fixing two matches, which he denies.',
      [['court', 'fixing two matches']],
    ],
  ])('%s', (_name, sentence, expected) => {
    expect(pairs(sentence)).toEqual(expected);
  });

  it.each([
    ['a charge sheet, no gerund', 'The driver was charged with two counts of theft.'],
    ['a relative clause', 'The regime, which was accused of jailing critics, fell in 1990.'],
    ['a condition', 'Guests are removed if they are accused of cheating at the tables.'],
    ['a suspicion', 'The clerk was suspected of taking small sums from the till.'],
    ['"found" without "guilty"', 'The purse was found of missing value near the station.'],
  ])('no record: %s', (_name, sentence) => {
    expect(
      pairs(sentence).filter(([speaker]) => speaker === 'unnamed source' || speaker === 'court'),
    ).toEqual([]);
  });
});
