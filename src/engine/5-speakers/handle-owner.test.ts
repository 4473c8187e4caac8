import { describe, expect, it } from 'vitest';
import type { KnownName } from './known-names';
import { handleOwner } from './handle-owner';
import { simplify } from '../testing/simplify';

const known = (name: string, person = true): [string, KnownName] => [
  name.toLowerCase(),
  { name, surname: name.split(' ').pop() ?? '', roles: new Set(), person, mentions: 1 },
];

describe('handleOwner', () => {
  const names = new Map([known('Nora Quist'), known('Tom Vale'), known('Harbor Fund', false)]);
  it.each([
    ['@noraquist', 'Nora Quist'],
    ['@Nora_Quist', 'Nora Quist'],
    ['@tomvale', 'Tom Vale'],
    // No match: a different spelling, a non-person, a handle too short to tell.
    ['@noraq', undefined],
    ['@harborfund', undefined],
    ['@tomvale2', 'Tom Vale'],
    ['@tv', undefined],
  ])('%s', (handle, want) => {
    expect(handleOwner(names, handle)?.name).toBe(want);
  });
});

describe('a handle spelling a name is that person', () => {
  it('the post and the person are one source', () => {
    const out = simplify([
      'Singer Nora Quist shared a photo on Monday.',
      'A photo posted by Nora (@noraquist) on Dec 5.',
      '“We sent letters to soldiers,” the singer wrote.',
    ]);
    expect(out.map((r) => [r.speaker, r.content])).toEqual([
      ['Nora Quist', 'We sent letters to soldiers,'],
    ]);
  });
});
