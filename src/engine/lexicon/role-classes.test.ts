import { describe, expect, it } from 'vitest';
import { sameRoleClass } from './role-classes';

describe('sameRoleClass', () => {
  it.each([
    ['chief', 'secretary', true],
    ['head', 'minister', true],
    ['programmer', 'developer', true],
    ['executive', 'veep', true],
    ['attorney', 'lawyer', true],
    ['guitarist', 'singer', true],
    // A role is not its own kin: the exact word is looked up first, elsewhere.
    ['chief', 'chief', false],
    // A company's head is not any executive of any company.
    ['executive', 'ceo', false],
    ['programmer', 'lawyer', false],
    ['spokesman', 'minister', false],
    ['unknownword', 'chief', false],
  ])('%s ~ %s: %s', (a, b, want) => {
    expect(sameRoleClass(a, b)).toBe(want);
    expect(sameRoleClass(b, a)).toBe(want);
  });
});
