/**
 * Look-ups that `resolveDescribed` (described-phrase.ts) used to answer by scanning every entity
 * backwards for each role-noun mention ("the minister", "the ministry"): per-role and per-type
 * lists give the same answer (the matching entity created last) while visiting only the entities
 * that can match.
 */
import type { EntityType } from '../types';

/** What the index needs of an entity: its creation order, type and roles. */
export interface IndexedEntity {
  id: number;
  type: EntityType;
  roles: Set<string>;
  lowerName: string;
}

/**
 * Types that never change after an entity is created: only 'unknown' becomes 'person' (a role is
 * written next to it), so lists of these types stay exact and in creation order.
 */
const FIXED = (type: EntityType): boolean => type !== 'unknown' && type !== 'person';

/** Entities by role and by fixed type. Roles must be given through `addRole` to be indexed. */
export class EntityIndex<E extends IndexedEntity> {
  private readonly byRole = new Map<string, E[]>();
  private readonly byType = new Map<EntityType, E[]>();

  /** Note a new entity (ids ascend); its roles are added with `addRole`. */
  added(e: E): void {
    if (!FIXED(e.type)) return;
    const list = this.byType.get(e.type);
    if (list === undefined) this.byType.set(e.type, [e]);
    else list.push(e);
  }

  /** Give `e` a role (no-op when it has it already), keeping the role's list of holders. */
  addRole(e: E, role: string): void {
    if (e.roles.has(role)) return;
    e.roles.add(role);
    const list = this.byRole.get(role);
    if (list === undefined) this.byRole.set(role, [e]);
    else list.push(e);
  }

  /**
   * The entity of `type` (a person unless told) created last among those holding `role`. Holders
   * are listed in the order they got the role, not by id, and an 'unknown' holder may have become
   * a person since: check them all.
   */
  latestWithRole(role: string, type: EntityType = 'person'): E | undefined {
    let best: E | undefined;
    for (const e of this.byRole.get(role) ?? []) {
      if (e.type === type && (best === undefined || e.id > best.id)) best = e;
    }
    return best;
  }

  /**
   * The entity created last whose type is `type` (one that never changes, see FIXED) and whose
   * lower-cased name contains `word`; undefined when none does.
   */
  latestOfTypeNaming(type: EntityType, word: string): E | undefined {
    if (!FIXED(type)) throw new Error(`type ${type} can change: not indexed`);
    const list = this.byType.get(type) ?? [];
    for (let i = list.length - 1; i >= 0; i -= 1) {
      const e = list[i];
      if (e !== undefined && e.lowerName.includes(word)) return e;
    }
    return undefined;
  }

  /** The entity created last of a fixed type. */
  latestOfType(type: EntityType): E | undefined {
    if (!FIXED(type)) throw new Error(`type ${type} can change: not indexed`);
    const list = this.byType.get(type) ?? [];
    return list[list.length - 1];
  }
}
