import { describe, expect, it } from 'vitest';
import { buildBlockModel } from '../1-text/model';
import { subjectLeft } from './speaker';

/** The subject `subjectLeft` finds for the first "said" or "says" of `text`, as text. */
const subjectOf = (text: string): string | null => {
  const block = buildBlockModel(0, 'paragraph', text);
  const cue = block.tokens.findIndex((t) => t.lower === 'said' || t.lower === 'says');
  const np = subjectLeft(block, cue, 0);
  return np === null
    ? null
    : block.tokens
        .slice(np.from, np.to)
        .map((t) => t.text)
        .join(' ');
};

describe('a name before an appositive whose closing comma is missing', () => {
  it.each([
    [
      'a role held at a body',
      'Col. Tess Marlow, commander of the 9th Harbour Wing says the boats are out.',
      'Col . Tess Marlow',
    ],
    [
      'an all-capital role',
      'Col. Ivo Brandt, CO of the 4th Harbour Wing says the boats are doing drills.',
      'Col . Ivo Brandt',
    ],
    // Negative: the comma closes an opening phrase, not a name.
    [
      'kept: a place before the comma',
      'In Paris, the head of the agency said the plane was late.',
      'the head of the agency',
    ],
    // Negative: no "of", so no role held at a body.
    [
      'kept: a plain subject after a name and comma',
      'Ann Lee, the workers said, would not return.',
      'the workers',
    ],
  ])('%s', (_name, text, expected) => {
    expect(subjectOf(text)).toBe(expected);
  });
});
