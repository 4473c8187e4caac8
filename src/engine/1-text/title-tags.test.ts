import { describe, expect, it } from 'vitest';
import { buildBlockModel } from './model';
import { isTitleCaseSpan } from './title-tags';
import { simplify } from '../testing/simplify';
import type { BlockKind } from '../types';

type TagRow = [name: string, kind: BlockKind, text: string, word: string, tag: string];

/** The tag a word ends up with in a whole block. */
function tagOf(kind: BlockKind, text: string, word: string): string | undefined {
  const m = buildBlockModel(0, kind, text);
  const i = m.tokens.findIndex((t) => t.text === word);
  return m.tags[i];
}

const TAGS: TagRow[] = [
  [
    '"To" in a title-case headline',
    'headline',
    'Mayor Urges Residents To Stay Indoors',
    'To',
    'prep',
  ],
  [
    '"Of" in a title-case crosshead',
    'crosshead',
    'Council Approves Sale Of Old Library',
    'Of',
    'prep',
  ],
  ['"For" in a title-case standfirst', 'standfirst', 'Unions Call For Talks On Pay', 'For', 'prep'],
  [
    'a name word stays a name',
    'headline',
    'Mayor Urges Residents To Stay Indoors',
    'Residents',
    'name',
  ],
  [
    '"To" in a paragraph is left alone',
    'paragraph',
    'Mayor Urges Residents To Stay Indoors',
    'To',
    'name',
  ],
  [
    'a sentence-case headline is left alone',
    'headline',
    'Hotel To Open in May after a long delay',
    'To',
    'name',
  ],
];

describe('retagTitleCase', () => {
  it.each(TAGS)('%s', (_name, kind, text, word, tag) => {
    expect(tagOf(kind, text, word)).toBe(tag);
  });
});

describe('isTitleCaseSpan', () => {
  it.each<[string, boolean]>([
    ['Harbour Chief Says Port Will Reopen', true],
    ['Court Rules In Favor Of Union', true],
    ['Harbour chief says port will reopen', false],
    ['Port Reopens', false],
  ])('%s -> %s', (text, expected) => {
    const m = buildBlockModel(0, 'headline', text);
    expect(m.sentences.every((s) => isTitleCaseSpan(m.tokens, m.quoted, s))).toBe(expected);
  });
});

describe('title-case infinitives after an object', () => {
  it.each<[string, string, Array<[string, string]>]>([
    [
      'an adviser with a capitalised infinitive',
      'Governor Advises Airline To Rename Its Fleet',
      [['Governor', 'Airline To Rename Its Fleet']],
    ],
    ['no infinitive: "To" before a determiner', 'Governor Advises Airline To The Last', []],
    ['no infinitive at all', 'Governor Advises Airline On Fleet', []],
  ])('%s', (_name, headline, expected) => {
    const got = simplify([['headline', headline], 'The governor spoke on Monday.']);
    expect(got.map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
