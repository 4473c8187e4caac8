import { describe, expect, it } from 'vitest';
import { claimClassOf, EVIDENCE_OBJECTS, takesObjectClaim, VERDICT_WORDS } from './claims';

describe('claimClassOf', () => {
  it.each([
    ['say', 'speech'],
    ['tell', 'speech'],
    ['according to', 'speech'],
    [undefined, 'speech'],
    ['forecast', 'projection'],
    ['project', 'projection'],
    ['expect', 'projection'],
    ['estimate', 'projection'],
    ['signal', 'projection'],
    ['find', 'finding'],
    ['show', 'finding'],
    ['indicate', 'finding'],
    ['finding', 'finding'],
    ['unveil', 'finding'],
    ['rule', 'finding'],
    ['hold', 'finding'],
    ['convict', 'finding'],
    ['acquit', 'finding'],
    ['verdict', 'finding'],
    ['testify', 'testimony'],
    ['recount', 'testimony'],
    ['recall', 'testimony'],
    ['describe', 'testimony'],
    ['testimony', 'testimony'],
    ['believe', 'belief'],
    ['see', 'belief'],
  ] as const)('%s → %s', (lemma, cls) => {
    expect(claimClassOf(lemma)).toBe(cls);
  });
});

describe('takesObjectClaim', () => {
  it.each(['finding', 'projection'] as const)('%s takes a noun-phrase claim', (cls) => {
    expect(takesObjectClaim(cls)).toBe(true);
  });
  it.each(['speech', 'belief', 'testimony'] as const)('%s needs a clause', (cls) => {
    expect(takesObjectClaim(cls)).toBe(false);
  });
});

describe('finding vocabularies', () => {
  it.each(['evidence', 'signs', 'traces', 'link'])('%s is an evidence object', (w) => {
    expect(EVIDENCE_OBJECTS.has(w)).toBe(true);
  });
  it.each(['car', 'body', 'himself'])('%s is not', (w) => {
    expect(EVIDENCE_OBJECTS.has(w)).toBe(false);
  });
  it.each(['guilty', 'liable', 'innocent'])('%s is a verdict', (w) => {
    expect(VERDICT_WORDS.has(w)).toBe(true);
  });
  it.each(['dead', 'alone', 'late'])('%s is not', (w) => {
    expect(VERDICT_WORDS.has(w)).toBe(false);
  });
});
