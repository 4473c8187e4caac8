import { describe, expect, it } from 'vitest';
import { isOfficePrep, isOfficeRole } from './office-roles';

describe('isOfficeRole', () => {
  it.each([
    ['head', true],
    ['spokeswoman', true],
    ['lawyer', true],
    ['chief', true],
    // Groups and kinds of people are no post held in a body.
    ['member', false],
    ['resident', false],
    ['officials', false],
    ['state', false],
  ])('%s: %s', (word, want) => {
    expect(isOfficeRole(word)).toBe(want);
  });
});

describe('isOfficePrep', () => {
  it.each([
    ['of', true],
    ['for', true],
    ['at', true],
    ['in', false],
    ['with', false],
  ])('%s: %s', (word, want) => {
    expect(isOfficePrep(word)).toBe(want);
  });
});
