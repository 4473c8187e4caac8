/**
 * Stage 7b, once the article is read: cataphora. "The French president rejected ..." in a
 * standfirst is read before the body names "the country's president, Emmanuel Macron", so such a
 * role noun can go to its holder only at the end.
 */
import type { EntityState } from './entity-store';
import { lazySet } from '../lexicon/lazy';
import { sameRoleClass } from '../lexicon/role-classes';

/**
 * Openers that pick one of many ("one user", "another resident"): such a phrase brings in someone
 * new, not a person the article names later. "A transit chief says" in a lede often is the
 * "Police Chief Ed Alvarez" of the next paragraph, so "a"/"an" stay cataphoric.
 */
const ONE_OF_MANY = lazySet(() => ['one', 'another']);

const oneOfMany = (e: EntityState): boolean => ONE_OF_MANY.has(e.lowerName.split(' ', 1)[0] ?? '');

/** The people holding a role of `role`'s class (each once). */
function kindredHolders(holders: Map<string, EntityState[]>, role: string): EntityState[] {
  const out = new Set<EntityState>();
  for (const [r, people] of holders) if (sameRoleClass(r, role)) people.forEach((p) => out.add(p));
  return [...out];
}

/**
 * Merge each role-noun source that no named person held when it was read into the one person the
 * article gives that role by the end (none, or several: left alone). Returns old id → new id, for
 * the records to follow.
 */
export function mergeForwardRoles(entities: readonly EntityState[]): Map<number, number> {
  const holders = new Map<string, EntityState[]>();
  for (const p of entities) {
    if (p.type !== 'person' || p.key.startsWith('phrase:')) continue;
    for (const role of p.roles) holders.set(role, [...(holders.get(role) ?? []), p]);
  }
  const moved = new Map<number, number>();
  for (const e of entities) {
    if (!e.key.startsWith('phrase:') || e.type !== 'unknown' || e.roles.size !== 1) continue;
    if (oneOfMany(e)) continue;
    const [role] = e.roles;
    if (role === undefined) continue;
    // With no holder of the very word, the one holder of a kindred role ("a computer programmer"
    // for "developer X").
    const candidates = holders.get(role) ?? kindredHolders(holders, role);
    const target = candidates.length === 1 ? candidates[0] : undefined;
    if (target === undefined) continue;
    if (!target.aliases.includes(e.name)) target.aliases.push(e.name);
    target.mentions.push(...e.mentions);
    target.mentions.sort((a, b) => a.block - b.block || a.start - b.start);
    moved.set(e.id, target.id);
  }
  return moved;
}
