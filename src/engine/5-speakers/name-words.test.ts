import { describe, expect, it } from 'vitest';
import { isAcronym, isInstitutionWord, stripPossessive } from './name-words';
import {
  DOCUMENT_MARKERS,
  GOVERNMENT_MARKERS,
  MEDIA_MARKERS,
  ORGANIZATION_MARKERS,
} from '../lexicon/sources';

describe('stripPossessive', () => {
  // The character-code shortcuts must answer exactly as the two regex replaces.
  const slow = (w: string) => w.replace(/['\u2019]s$/i, '').replace(/['\u2019]$/, '');
  it.each([
    ['Netanyahu', 'Netanyahu'],
    ["Netanyahu's", 'Netanyahu'],
    ['Netanyahu\u2019s', 'Netanyahu'],
    ["MINISTRY'S", 'MINISTRY'],
    ["officials'", 'officials'],
    ['officials\u2019', 'officials'],
    ['officials', 'officials'],
    ['News', 'News'],
    ['s', 's'],
    ["'s", ''],
    ["'", ''],
    ['', ''],
  ])('%j → %j', (word, want) => {
    expect(stripPossessive(word)).toBe(want);
    expect(stripPossessive(word)).toBe(slow(word));
  });
});

describe('isInstitutionWord', () => {
  it.each([
    ['ministry', true],
    ['company', true],
    ['reuters', true],
    ['report', true],
    ['minister', false],
    ['smith', false],
  ])('%s → %s', (word, want) => {
    expect(isInstitutionWord(word)).toBe(want);
  });

  it('answers as the four marker tables together', () => {
    for (const table of [GOVERNMENT_MARKERS, ORGANIZATION_MARKERS, MEDIA_MARKERS, DOCUMENT_MARKERS])
      for (const word of table) expect(isInstitutionWord(word)).toBe(true);
  });
});

describe('isAcronym', () => {
  it.each([
    ['NSA', true],
    ['FAA', true],
    ['AT&T', true],
    ['U.N.', true],
    ['NGOs', true],
    ['Smith', false],
    ['ZetaFox', false],
    ['I', false],
    ['A', false],
    ['McDonald', false],
    ['', false],
  ])('%j → %j', (name, want) => {
    expect(isAcronym(name)).toBe(want);
  });
});
