import { describe, expect, it } from 'vitest';
import { extractAttributions } from '../index';
import { claimClassOf } from './claims';

/** The claim class travels in every record: a forecast is not a statement, a poll not a belief. */
describe('claim classes', () => {
  it.each([
    ['say', 'speech'],
    ['forecast', 'projection'],
    ['expect', 'projection'],
    ['fear', 'belief'],
    ['believe', 'belief'],
    ['find', 'finding'],
    ['show', 'finding'],
    ['testify', 'testimony'],
    ['recall', 'testimony'],
    [undefined, 'speech'],
  ] as const)('lemma %s is %s', (lemma, claim) => {
    expect(claimClassOf(lemma)).toBe(claim);
  });

  it.each([
    ['The minister said the talks had failed.', 'speech'],
    ['The central bank expects that inflation will fall next year.', 'projection'],
    ['Residents fear the dam will burst.', 'belief'],
    ['The survey found that most voters back the plan.', 'finding'],
    ['The guard testified that he saw nothing.', 'testimony'],
    ['“We are close,” Smith said.', 'speech'],
  ])('%s → %s', (text, claim) => {
    const result = extractAttributions([{ kind: 'paragraph', text }]);
    expect(result.attributions.map((a) => a.claim)).toEqual([claim]);
  });
});
