import { describe, expect, it } from 'vitest';
import { EntityIndex, type IndexedEntity } from './entity-index';
import type { EntityType } from '../types';

const entity = (id: number, type: EntityType, name = ''): IndexedEntity => ({
  id,
  type,
  roles: new Set(),
  lowerName: name,
});

/** The answer of the backward scan the index replaces, for comparison. */
function scanPerson(all: readonly IndexedEntity[], role: string): IndexedEntity | undefined {
  for (let i = all.length - 1; i >= 0; i -= 1) {
    const e = all[i];
    if (e?.type === 'person' && e.roles.has(role)) return e;
  }
  return undefined;
}

describe('EntityIndex', () => {
  it.each([
    { what: 'no holder', roles: [] as Array<[number, string]>, want: undefined },
    { what: 'one holder', roles: [[0, 'minister']] as Array<[number, string]>, want: 0 },
    {
      what: 'the later person wins even when it got the role first',
      roles: [
        [2, 'minister'],
        [0, 'minister'],
      ] as Array<[number, string]>,
      want: 2,
    },
    {
      what: 'a non-person holder is skipped',
      roles: [
        [1, 'minister'],
        [3, 'minister'],
      ] as Array<[number, string]>,
      want: 1,
    },
  ])('latestWithRole: $what', ({ roles, want }) => {
    const all = [
      entity(0, 'person'),
      entity(1, 'person'),
      entity(2, 'person'),
      entity(3, 'government'),
    ];
    const index = new EntityIndex<IndexedEntity>();
    all.forEach((e) => index.added(e));
    for (const [id, role] of roles) index.addRole(all[id] as IndexedEntity, role);
    expect(index.latestWithRole('minister')?.id).toBe(want);
    expect(index.latestWithRole('minister')).toBe(scanPerson(all, 'minister'));
  });

  it('sees an unknown holder that later became a person', () => {
    const e = entity(0, 'unknown');
    const index = new EntityIndex<IndexedEntity>();
    index.added(e);
    index.addRole(e, 'mayor');
    expect(index.latestWithRole('mayor')).toBeUndefined();
    e.type = 'person';
    expect(index.latestWithRole('mayor')).toBe(e);
  });

  it.each([
    { type: 'government' as const, word: 'ministry', want: 2 },
    { type: 'government' as const, word: 'council', want: 0 },
    { type: 'government' as const, word: 'court', want: undefined },
    { type: 'organization' as const, word: 'bank', want: 1 },
  ])('latestOfTypeNaming($type, $word)', ({ type, word, want }) => {
    const index = new EntityIndex<IndexedEntity>();
    [
      entity(0, 'government', 'the city council'),
      entity(1, 'organization', 'the central bank'),
      entity(2, 'government', 'the interior ministry'),
      entity(3, 'person', 'ministry person'),
    ].forEach((e) => index.added(e));
    expect(index.latestOfTypeNaming(type, word)?.id).toBe(want);
  });

  it('answers the last entity of a type and refuses the types that can change', () => {
    const index = new EntityIndex<IndexedEntity>();
    index.added(entity(0, 'organization', 'a'));
    index.added(entity(1, 'organization', 'b'));
    expect(index.latestOfType('organization')?.id).toBe(1);
    expect(index.latestOfType('media')).toBeUndefined();
    expect(() => index.latestOfType('person')).toThrow();
    expect(() => index.latestOfTypeNaming('unknown', 'x')).toThrow();
  });
});
