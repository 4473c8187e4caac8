import { describe, expect, it } from 'vitest';
import { buildBlockModel } from '../1-text/model';
import { simplify } from '../testing/simplify';
import { participleLink } from './participle-link';

/** The link before the first "citing" of a one-sentence paragraph. */
function linkBeforeCiting(text: string): string {
  const block = buildBlockModel(0, 'paragraph', text);
  const i = block.tokens.findIndex((t) => t.lower === 'citing');
  return participleLink(block, i, 0);
}

describe('participleLink', () => {
  it.each([
    ['a comma closed inside a quotation', 'Ida Moss said it was "a mess," citing the rain.', ','],
    ['a plain comma', 'The club shut its doors, citing the rain.', ','],
    ['two hyphens', 'The club shut its doors -- citing the rain.', '\u2014'],
    ['an en dash', 'The club shut its doors \u2013 citing the rain.', '\u2014'],
    ['a comma before an adverb', 'The club shut its doors, again citing the rain.', ','],
    [
      'an -ly adverb after "despite"',
      'Ida Moss, despite publicly citing the rain, left.',
      'despite',
    ],
  ])('%s', (_name, text, link) => {
    expect(linkBeforeCiting(text)).toBe(link);
  });
  it.each([
    ['a closing quote with no comma', 'They called it "wet" citing the rain.', '"'],
    [
      'a dash that closes an aside',
      'Tallies \u2013 which omit fees \u2013 citing the rain.',
      '\u2013',
    ],
    ['a noun', 'The report citing the rain was late.', 'report'],
    ['an adverb after "by"', 'They won by quietly citing the rain.', 'quietly'],
  ])('%s is no link', (_name, text, link) => {
    expect(linkBeforeCiting(text)).toBe(link);
  });
});

type Row = [name: string, text: string, expected: Array<[speaker: string, content: string]>];

/** The main clause's subject owns a participle set off in these forms. */
const ROWS: Row[] = [
  [
    'a comma inside the closing quote',
    'Ada Lund said she was "very unhappy with the pitch," citing holes 4 and 9.',
    [
      ['Ada Lund', 'she was "very unhappy with the pitch,"'],
      ['Ada Lund', 'holes 4 and 9.'],
    ],
  ],
  [
    'a number sign after "citing" is no cited source',
    'Ada Lund said she was "very unhappy with the pitch," citing Nos. 4 and 9.',
    [
      ['Ada Lund', 'she was "very unhappy with the pitch,"'],
      ['Ada Lund', 'Nos. 4 and 9.'],
    ],
  ],
  [
    'two hyphens before the participle',
    'Norvik Capital lowered its forecast for the mill -- citing weak demand for paper.',
    [['Norvik Capital', 'weak demand for paper.']],
  ],
  [
    'an adverb between the dash and the participle',
    'Ada Lund stayed calm \u2014 even suggesting that the mill could close.',
    [['Ada Lund', 'the mill could close.']],
  ],
  [
    'negative: an adverb before an -ing adjective and its noun',
    'The mill runs a costly, technically demanding process every week.',
    [],
  ],
];

describe('participles set off by quoted commas and typed dashes', () => {
  it.each(ROWS)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
