import { describe, expect, it } from 'vitest';
import { isHiddenByClass, isSmallPrintStyle } from './small-print';

describe('isSmallPrintStyle', () => {
  const cases: Array<[string, boolean]> = [
    // A company boilerplate and a comment-rules notice set in small type.
    ['font-size: 12.0px;line-height: 16.0px;color: rgb(128,130,100);', true],
    ['font-size:10px', true],
    ['color: grey; font-size: 7pt', true],
    ['font-size: 0.8em', true],
    ['font-size: 75%', true],
    ['font-size: x-small', true],
    // Body-sized text, however it is written, is not small print.
    ['font-size: 13px', false],
    ['font-size: 10.5pt', false],
    ['font-size: 1.3em', false],
    ['font-size: small', false],
    ['font-size: 0px', false],
    ['line-height: 12px', false],
    ['color: red', false],
  ];
  it.each(cases)('%s → %s', (style, expected) => {
    expect(isSmallPrintStyle(style)).toBe(expected);
  });
});

describe('isHiddenByClass', () => {
  const cases: Array<[string, boolean]> = [
    ['d-none d-print-block', true],
    ['message p-3 d-none', true],
    ['sr-only', true],
    ['screen-reader-text', true],
    ['visually-hidden', true],
    // Shown on wider screens, or words that merely contain the class names.
    ['d-none d-md-block', false],
    ['d-none d-lg-flex', false],
    ['only-child', false],
    ['hidden-title-bar', false],
    ['reader-mode', false],
    ['story-body', false],
  ];
  it.each(cases)('%s → %s', (classes, expected) => {
    expect(isHiddenByClass(classes)).toBe(expected);
  });
});
