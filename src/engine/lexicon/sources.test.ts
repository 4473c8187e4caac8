import { describe, expect, it } from 'vitest';
import { hedgeEntries, HEDGES_BY_FIRST } from './hedges';
import { NOUN_CUES } from './phrases';
import {
  ANONYMOUS_HEADS,
  GOVERNMENT_MARKERS,
  isEpithet,
  isEvidenceWord,
  isPluralMarker,
  ROLE_WORDS,
  typeFromHead,
} from './sources';

describe('typeFromHead', () => {
  it.each([
    ['officials', 'anonymous'],
    ['sources', 'anonymous'],
    ['ministry', 'government'],
    ['kremlin', 'government'],
    ['police', 'government'],
    ['company', 'organization'],
    ['party', 'organization'],
    ['newspaper', 'media'],
    ['reuters', 'media'],
    ['report', 'document'],
    ['poll', 'document'],
    ['statement', 'document'],
    ['footage', 'document'],
    ['polls', 'document'],
    ['jury', 'government'],
    ['team', 'anonymous'],
    ['groups', 'anonymous'],
    ['unions', 'anonymous'],
    ['smith', null],
  ] as const)('%s → %s', (head, type) => {
    expect(typeFromHead(head)).toBe(type);
  });
});

describe('source lexicons', () => {
  it.each(['president', 'minister', 'spokesman', 'ceo', 'senator', 'advocate', 'campaigner'])(
    '%s is a role',
    (w) => {
      expect(ROLE_WORDS.has(w)).toBe(true);
    },
  );
  it.each(['experts', 'analysts', 'diplomats', 'witnesses'])('%s is an anonymous head', (w) => {
    expect(ANONYMOUS_HEADS.has(w)).toBe(true);
  });
  it.each(['agency', 'department', 'white'].slice(0, 2))('%s marks a government body', (w) => {
    expect(GOVERNMENT_MARKERS.has(w)).toBe(true);
  });
  it('noun cues carry a lemma and class', () => {
    expect(NOUN_CUES.get('warning')).toEqual({ lemma: 'warn', class: 'neutral' });
    expect(NOUN_CUES.get('insistence')?.class).toBe('loaded');
  });
});

describe('hedges', () => {
  it.each([
    ['reportedly', ['reportedly']],
    ['is', ['is', 'said', 'to']],
    ['were', ['were', 'believed', 'to']],
    ['allegedly', ['allegedly']],
  ] as const)('%s starts %j', (first, tokens) => {
    const entries = HEDGES_BY_FIRST.get(first) ?? [];
    expect(entries.some((e) => e.tokens.join(' ') === tokens.join(' '))).toBe(true);
  });
  it('every hedge is indexed by its first token', () => {
    for (const h of hedgeEntries()) expect(HEDGES_BY_FIRST.get(h.tokens[0] ?? '')).toContain(h);
  });
});

describe('isEvidenceWord', () => {
  it.each([
    'video',
    'footage',
    'polls',
    'studies',
    'data',
    'analysis',
    'work',
    'figures',
    'samples',
    'autopsy',
  ])('%s is a body of evidence', (w) => {
    expect(isEvidenceWord(w)).toBe(true);
  });
  it.each(['statement', 'letter', 'tweet', 'minister', 'results', 'trial'])('%s is not', (w) => {
    expect(isEvidenceWord(w)).toBe(false);
  });
});

describe('isPluralMarker', () => {
  it.each([
    ['groups', true],
    ['agencies', true],
    ['courts', true],
    ['group', false],
    ['kings', false],
    ['news', false],
  ] as const)('%s → %s', (word, plural) => {
    expect(isPluralMarker(word)).toBe(plural);
  });
});

describe('isEpithet', () => {
  it.each([
    ['actor', true],
    ['kid', true],
    ['outfielder', true],
    ['founder', true],
    ['co-founder', true],
    ['37-year-old', true],
    ['president-elect', true],
    ['lady', true],
    ['songstress', true],
    ['minister', false],
    ['spokesman', false],
    ['official', false],
  ])('%s: %s', (head, want) => {
    expect(isEpithet(head)).toBe(want);
  });
});
