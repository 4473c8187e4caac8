import { describe, expect, it } from 'vitest';
import { buildBlockModel } from '../1-text/model';
import { simplify } from '../testing/simplify';
import { opensStatement } from './clause';

/** Does a quotation open a statement at the first quote mark of `text`? */
function opens(text: string): boolean {
  const block = buildBlockModel(0, 'paragraph', text);
  const i = block.tokens.findIndex((t) => t.text === '"' || t.text === '\u201c');
  return opensStatement(block, i);
}

describe('opensStatement', () => {
  it.each([
    ['Berg said "We will rebuild the barn next spring."', true],
    ['Berg said "Nobody warned us at all."', true],
    ['a poem called "Winter Solstice, Camelot Station" won', false],
    ['Berg said nothing at all.', false],
  ])('%s → %s', (text, expected) => expect(opens(text)).toBe(expected));
});

describe('a quotation right after the verb is its claim', () => {
  it.each([
    [
      'the unquoted words before the subject describe the speaker',
      'Dr Anna Berg, director of research, Acme Foods, said "We are happy with the results of the trial.',
      'We are happy with the results of the trial.',
    ],
    [
      'a comma before the quote',
      'Dr Anna Berg, director of research, Acme Foods, said, "We are happy with the results."',
      'We are happy with the results.',
    ],
  ])('%s', (_name, text, content) => {
    expect(simplify([text]).map((r) => r.content)).toEqual([content]);
  });

  it('an unquoted claim before the clause is kept', () => {
    expect(simplify(['The barn will be rebuilt, Anna Berg said.']).map((r) => r.content)).toEqual([
      'The barn will be rebuilt',
    ]);
  });
});
