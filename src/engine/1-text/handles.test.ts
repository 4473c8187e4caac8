import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';
import { isHandle } from './handles';
import { tokenize } from './tokenize';

/** A word and whether its shape makes it a user name. */
const WORDS: Array<[text: string, handle: boolean]> = [
  ['jayk1984', true],
  ['zorro123', true],
  ['@skyfan', true],
  ['@skyfan22', true],
  // Words, numbers and names: letters alone, too few letters, a capital, a digit first.
  ['reporter', false],
  ['mp3', false],
  ['h1n1', false],
  ['4g', false],
  ['2020s', false],
  ['Covid19', false],
  ['e-mail', false],
];

describe('isHandle', () => {
  it.each(WORDS)('%s', (text, handle) => {
    const tokens = tokenize(text);
    expect(tokens.length === 1 && tokens[0] !== undefined && isHandle(tokens[0])).toBe(handle);
  });

  it('keeps the at-sign of a user name in the word, not of an e-mail address', () => {
    const words = (text: string): string[] => tokenize(text).map((t) => t.text);
    expect(words('(@skyfan22) wrote')).toEqual(['(', '@skyfan22', ')', 'wrote']);
    expect(words('tips@example.com')).toEqual(['tips', '@', 'example', '.', 'com']);
  });
});

type Row = [name: string, text: string, expected: Array<[speaker: string, content: string]>];

/** A user name speaks like a name: as a subject, after an inverted cue, between commas. */
const ROWS: Row[] = [
  [
    'a user name as the subject',
    'jayk1984 wrote that the update broke his phone.',
    [['jayk1984', 'the update broke his phone.']],
  ],
  [
    'an at-sign handle as the subject',
    '@skyfan22 tweeted that the match was a fraud.',
    [['@skyfan22', 'the match was a fraud.']],
  ],
  [
    'after an inverted cue and a role noun',
    '“The match was a fraud,” wrote user vortex99 on the forum.',
    [['vortex99', 'The match was a fraud,']],
  ],
  [
    'a user name set off by commas after a description',
    'One buyer on the market, zorro123, said the powder was cut with sugar.',
    [['zorro123', 'the powder was cut with sugar.']],
  ],
  [
    'not a user name: the address of an e-mail',
    'Readers wrote to tips@example.com, and the editor said all letters were read.',
    [['editor', 'all letters were read.']],
  ],
];

describe('user names as speakers', () => {
  it.each(ROWS)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
