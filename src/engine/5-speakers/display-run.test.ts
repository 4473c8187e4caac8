import { describe, expect, it } from 'vitest';
import { tokenize } from '../1-text/tokenize';
import { displayRunBeforeVerb, isHeadlineVerbForm } from './display-run';
import { simplify } from '../testing/simplify';
import type { BlockKind } from '../types';

describe('isHeadlineVerbForm', () => {
  it.each<[string, boolean]>([
    ['says', true],
    ['visits', true],
    ['warned', true],
    ['knows', true],
    ['say', false],
    ['saying', false],
    ['williams', false],
    ['congress', false],
    ["mayor's", false],
  ])('%s -> %s', (word, expected) => {
    expect(isHeadlineVerbForm(word)).toBe(expected);
  });
});

describe('displayRunBeforeVerb', () => {
  it.each<[string, BlockKind, string, string]>([
    ['a headline verb ends the run', 'headline', 'Harbour Chief Visits Port', 'Harbour Chief'],
    ['a crosshead too', 'crosshead', 'Ann Lee Says Goodbye', 'Ann Lee'],
    ['a name ending in s stays whole', 'headline', 'Coach Tim Roberts', 'Coach Tim Roberts'],
    [
      'body text is left alone',
      'paragraph',
      'Harbour Chief Visits Port',
      'Harbour Chief Visits Port',
    ],
  ])('%s', (_name, kind, text, expected) => {
    const run = tokenize(text).filter((t) => t.isWord);
    expect(
      displayRunBeforeVerb(kind, run)
        .map((t) => t.text)
        .join(' '),
    ).toBe(expected);
  });
});

describe('a role before a headline verb names no one', () => {
  it.each<[string, string, string]>([
    ['second predicate', 'Harbour Chief Visits Port, Says It Will Reopen', 'Harbour Chief'],
    ['first predicate', 'Harbour Chief Says Port Will Reopen Soon', 'Harbour Chief'],
  ])('%s', (_name, headline, speaker) => {
    const got = simplify([
      ['headline', headline],
      'The port was closed last week after the storm.',
    ]);
    expect(got.map((r) => r.speaker)).toEqual([speaker]);
  });
});
