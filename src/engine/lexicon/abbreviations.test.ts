import { describe, expect, it } from 'vitest';
import { abbreviationClass, SENTENCE_OPENERS } from './abbreviations';

/** Each abbreviation belongs to the class that decides whether its period may end a sentence. */
const CLASSES: Array<[word: string, kind: ReturnType<typeof abbreviationClass>]> = [
  ['gov', 'title'],
  ['sen', 'title'],
  ['lt', 'title'],
  ['sgt', 'title'],
  ['mt', 'title'],
  ['ft', 'title'],
  ['nov', 'month'],
  ['sept', 'month'],
  ['jr', 'suffix'],
  ['inc', 'suffix'],
  ['ltd', 'suffix'],
  ['u.s', 'other'],
  ['st', 'other'],
  ['no', 'other'],
  ['nos', 'other'],
  // Ordinary words.
  ['may', null],
  ['governor', null],
  ['june', null],
];

describe('abbreviationClass', () => {
  it.each(CLASSES)('%s is %s', (word, kind) => {
    expect(abbreviationClass(word)).toBe(kind);
  });
});

describe('SENTENCE_OPENERS', () => {
  it.each(['the', 'he', 'it', 'but', 'then'])('%s opens a sentence', (w) => {
    expect(SENTENCE_OPENERS.has(w)).toBe(true);
  });
  it.each(['games', 'chairman', 'louis', 'said'])('%s continues a name', (w) => {
    expect(SENTENCE_OPENERS.has(w)).toBe(false);
  });
});
