/**
 * Stage 7b's memory: the entities the resolver has made so far and the look-ups it asks of them
 * (by key, by surname, by a form written before, by role and by type). Every entity is created
 * here, so no index can miss one.
 */
import type { Entity, EntityType } from '../types';
import { EntityIndex } from './entity-index';
import type { KnownName } from './known-names';
import { surnameOf } from '../lexicon/people';
import type { Gender } from '../lexicon/gender';

/** An entity with what resolution needs to find it again. */
export interface EntityState extends Entity {
  roles: Set<string>;
  key: string;
  /** Lower-cased last word of the (never renamed) name, for surname matches. */
  surname: string;
  /** Lower-cased name, for "the ministry" finding "the Defence Ministry". */
  lowerName: string;
}

/** What the phrase resolvers (`named-phrase.ts`, `described-phrase.ts`) read and add to. */
export interface PhraseContext {
  /** The article's full names, from the pre-pass (`collect-names.ts`). */
  readonly names: ReadonlyMap<string, KnownName>;
  readonly store: EntityStore;
  /**
   * The most salient person lately mentioned with a role ("the president" after "Mr. Trump"
   * outweighs a Fed president quoted three paragraphs back), or null when none is held.
   */
  readonly salientWithRole?: (role: string) => EntityState | null;
  /** The same for a role of the same class ("the Pentagon chief" for a defense secretary). */
  readonly salientWithRoleOfClass?: (role: string) => EntityState | null;
  /**
   * The most salient person lately ("the 56-year-old"), whatever the gender, or of `gender` when
   * the phrase shows one ("the actress"); null when none.
   */
  readonly salientPerson?: (gender: Gender | null) => EntityState | null;
  /**
   * The institution of `type` that spoke most recently and whose name holds `word` ("the
   * ministry"), or with `anyName` any named one ("the company" after "Acme Corp said"); null if none.
   */
  readonly recentOfType?: (type: EntityType, word: string, anyName: boolean) => EntityState | null;
}

const lastWord = (name: string): string => surnameOf(name.toLowerCase().split(' '));

/** The article's entities in order of creation (an entity's id is its index), with look-ups. */
export class EntityStore {
  /** Every entity, by id. */
  readonly all: EntityState[] = [];
  /** Entities by role and by type, for role nouns ("the minister", "the ministry"). */
  readonly index = new EntityIndex<EntityState>();
  /** Entities by key (keys are unique: every create follows a failed look-up). */
  private readonly byKey = new Map<string, EntityState>();
  /** Entities by lower-cased last word, in order of creation (any type: types can change). */
  private readonly bySurname = new Map<string, EntityState[]>();
  /** Lower-cased alias → the earliest entity written that way. */
  private readonly byAlias = new Map<string, EntityState>();

  /** The entity made with `key` ("person:john smith", "phrase:officials"), if any. */
  withKey(key: string): EntityState | undefined {
    return this.byKey.get(key);
  }

  /** Entities whose name ends in this lower-cased word, oldest first ("Jones": "Forrest Jones"). */
  withSurname(word: string): readonly EntityState[] | undefined {
    return this.bySurname.get(word);
  }

  /** The earliest entity once written this way (lower-cased), so a repeated form finds it. */
  writtenAs(lower: string): EntityState | undefined {
    return this.byAlias.get(lower);
  }

  /** A new entity, indexed under its key, surname, type and roles. */
  create(key: string, name: string, type: EntityType, roles: Iterable<string>): EntityState {
    const e: EntityState = {
      id: this.all.length,
      name,
      type,
      aliases: [],
      mentions: [],
      roles: new Set(),
      key,
      surname: lastWord(name),
      lowerName: name.toLowerCase(),
    };
    this.all.push(e);
    this.index.added(e);
    for (const r of roles) this.index.addRole(e, r);
    if (!this.byKey.has(key)) this.byKey.set(key, e);
    const namesakes = this.bySurname.get(e.surname);
    if (namesakes === undefined) this.bySurname.set(e.surname, [e]);
    else namesakes.push(e);
    return e;
  }

  /**
   * The person entity for a name the pre-pass found, made on first reference: someone named only
   * in passing gets no entity, so role look-ups ("the prime minister") see speakers only.
   */
  person(known: KnownName): EntityState {
    const key = `person:${known.name.toLowerCase()}`;
    return this.byKey.get(key) ?? this.create(key, known.name, 'person', known.roles);
  }

  /** Keep another way `e` was written ("Mr. Smith", "Russia's Defence Ministry") as an alias. */
  noteSurface(e: EntityState, surface: string): void {
    if (surface === e.name || e.aliases.includes(surface)) return;
    e.aliases.push(surface);
    const lower = surface.toLowerCase();
    const owner = this.byAlias.get(lower);
    if (owner === undefined || owner.id > e.id) this.byAlias.set(lower, e);
  }
}
