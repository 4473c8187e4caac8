import { describe, expect, it } from 'vitest';
import { EntityStore } from './entity-store';
import type { KnownName } from './known-names';

const macron: KnownName = {
  name: 'Emmanuel Macron',
  surname: 'macron',
  roles: new Set(['president']),
  person: true,
  mentions: 2,
};

describe('EntityStore', () => {
  it('gives ids in creation order and finds entities by key and by surname', () => {
    const store = new EntityStore();
    const a = store.create('person:john smith', 'John Smith', 'person', ['mayor']);
    const b = store.create('named:smith & co', 'Smith', 'organization', []);
    expect([a.id, b.id]).toEqual([0, 1]);
    expect(store.withKey('person:john smith')).toBe(a);
    expect(store.withKey('person:jane smith')).toBeUndefined();
    expect(store.withSurname('smith')).toEqual([a, b]);
    expect(store.index.latestWithRole('mayor')).toBe(a);
    expect(store.index.latestOfType('organization')).toBe(b);
  });

  it('makes the entity for a known name once, with its roles', () => {
    const store = new EntityStore();
    const first = store.person(macron);
    expect(store.person(macron)).toBe(first);
    expect(store.all).toHaveLength(1);
    expect(first).toMatchObject({
      name: 'Emmanuel Macron',
      type: 'person',
      key: 'person:emmanuel macron',
    });
    expect([...first.roles]).toEqual(['president']);
  });

  it('keeps other written forms as aliases, each owned by the earliest entity written so', () => {
    const store = new EntityStore();
    const a = store.create('named:a', 'Defence Ministry', 'government', []);
    const b = store.create('named:b', 'Ministry of Defence', 'government', []);
    store.noteSurface(a, 'Defence Ministry');
    expect(a.aliases).toEqual([]);
    store.noteSurface(b, 'the Ministry');
    store.noteSurface(a, 'the Ministry');
    store.noteSurface(a, 'the Ministry');
    expect(a.aliases).toEqual(['the Ministry']);
    expect(store.writtenAs('the ministry')).toBe(a);
    expect(store.writtenAs('the department')).toBeUndefined();
  });
});
