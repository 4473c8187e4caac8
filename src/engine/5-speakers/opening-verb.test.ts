import { describe, expect, it } from 'vitest';
import { buildBlockModel } from '../1-text/model';
import { collectNames } from '../testing/names';
import { isOpeningVerb } from './opening-verb';

describe('isOpeningVerb', () => {
  it.each([
    { what: 'an inverted reporting verb', text: 'Replied Tomas, with a smile, "No."', want: true },
    { what: 'an imperative', text: 'Ask Marta Quill what she thinks.', want: true },
    { what: 'a given name that is spelt like no verb', text: 'Marta Quill said no.', want: false },
    { what: 'a verb before a lower-case word', text: 'Ask anyone what she thinks.', want: false },
    { what: 'a word in capitals throughout', text: 'ASK Marta Quill.', want: false },
    { what: 'a verb inside the sentence', text: 'Then Replied Quill left.', want: false },
  ])('$what', ({ text, want }) => {
    const block = buildBlockModel(0, 'paragraph', text);
    const i = block.tokens.findIndex((t) => t.isWord && t.cap && t.lower !== 'then');
    expect(isOpeningVerb(block, i, new Set())).toBe(want);
  });

  it('keeps the word when the article capitalises it inside a sentence', () => {
    const block = buildBlockModel(0, 'paragraph', 'Ask Marta Quill.');
    expect(isOpeningVerb(block, 0, new Set(['ask']))).toBe(false);
  });
});

describe('names after a sentence-opening verb', () => {
  it.each([
    {
      what: 'an inverted verb stays out of the name',
      text: ['Tomas Quill ran the club.', 'Replied Tomas Quill, "We would not."'],
      has: 'tomas quill',
      hasNot: 'replied tomas quill',
    },
    {
      what: 'an imperative stays out of the name',
      text: ['Ask Marta Quill what she likes, and she will say tea.'],
      has: 'marta quill',
      hasNot: 'ask marta quill',
    },
    {
      what: 'a given name spelt like a verb stays in it',
      text: ['Mark Quill said so.'],
      has: 'mark quill',
      hasNot: 'quill',
    },
    {
      what: 'a word the article capitalises mid-sentence stays in it',
      text: ['Hope Quill spoke.', 'The aide, Hope Quill, left.'],
      has: 'hope quill',
      hasNot: 'quill',
    },
  ])('$what', ({ text, has, hasNot }) => {
    const names = collectNames(text);
    expect(names.has(has)).toBe(true);
    expect(names.has(hasNot)).toBe(false);
  });
});
