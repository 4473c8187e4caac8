import { describe, expect, it } from 'vitest';
import { buildBlockModel } from '../1-text/model';
import { bareComplementAt, isCommaLike } from './extent';
import { simplify } from '../testing/simplify';

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

/** bareComplementAt right after `after` in `text`. */
function bareAfter(text: string, after: string): boolean {
  const block = buildBlockModel(0, 'paragraph', text);
  const at = block.tokens.findIndex((t) => t.text === after);
  return bareComplementAt(block, at + 1, block.tokens.length);
}

describe('bareComplementAt', () => {
  it.each([
    ['a pronoun and its verb', 'She said they will close the mill.'],
    ['a noun phrase and its verb', 'She said the council had approved the plan.'],
  ])('a clause: %s', (_name, text) => expect(bareAfter(text, 'said')).toBe(true));

  it.each([
    ['a preposition', 'She pointed to a report that says otherwise.', 'pointed'],
    ['an object with a relative clause', 'She cited a report that says otherwise.', 'cited'],
    ['a quotation', 'She said “they will close the mill.”', 'said'],
  ])('no clause: %s', (_name, text, verb) => expect(bareAfter(text, verb)).toBe(false));
});

/** A clause right after the verb is its claim; the lead before the speaker is the author's. */
describe('a lead before "X said <clause>"', () => {
  it.each([
    [
      'Lena sold her old car last spring, but this time, Ms Berg said she will keep the bike.',
      'she will keep the bike.',
    ],
    [
      'Still, pressing for a quick vote, Mr Okafor said the council had approved the plan.',
      'the council had approved the plan.',
    ],
  ])('%s', (text, content) => {
    expect(simplify([text]).map((r) => r.content)).toEqual([content]);
  });
  it('a lead with no clause after the verb stays the claim', () => {
    const got = simplify(['The mill will close next year, Mr Okafor said.']).map((r) => r.content);
    expect(got).toEqual(['The mill will close next year']);
  });
  it('a quoted lead stays the claim', () => {
    const got = simplify(['“We are ready,” Mr Okafor said.']).map((r) => r.content);
    expect(got).toEqual(['We are ready,']);
  });
});
