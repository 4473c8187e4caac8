import { describe, expect, it } from 'vitest';
import { buildBlockModel } from '../1-text/model';
import { isCommaLike } from './extent';

/** isCommaLike at the last token before `before` in `text`. */
function commaLikeBefore(text: string, before: string): boolean {
  const block = buildBlockModel(0, 'paragraph', text);
  const at = block.tokens.findIndex((t) => t.text === before);
  return isCommaLike(block, at - 1);
}

describe('isCommaLike', () => {
  it.each([
    ['a comma', 'We waited, Weller said.'],
    ['a closing quote after a comma', '“We waited,” Weller said.'],
    ['a closing quote after a question mark', '“Why wait?” Weller said.'],
    ['a nested quote closing with the outer one', '“They told me, ‘Wait,’” Weller said.'],
    ['a dash', 'We waited — Weller said.'],
  ])('comma-like: %s', (_name, text) => expect(commaLikeBefore(text, 'Weller')).toBe(true));

  it.each([
    ['a closing quote after a period', '“We waited.” Weller said so.'],
    ['a nested quote closing after a period', '“They told me, ‘Wait.’” Weller said so.'],
    ['a plain word', 'We waited Weller said.'],
  ])('not comma-like: %s', (_name, text) => expect(commaLikeBefore(text, 'Weller')).toBe(false));
});
