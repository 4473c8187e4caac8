/**
 * Stage 7b: resolve speaker phrases to entities. Named phrases merge by full name or surname (the
 * fullest form is canonical); pronouns go to the most recent compatible speaker; role nouns ("the
 * minister", "the company") to the entity introduced with that role or type; anonymous phrases
 * ("officials", "a source") become entities of their own.
 */
import {
  ANONYMOUS_HEADS,
  HONORIFICS,
  ROLE_WORDS,
  isRoleWord,
  typeFromHead,
} from '../lexicon/sources';
import { DETERMINERS, POSSESSIVE_PRONOUNS, SUBJECT_PRONOUNS } from '../lexicon/words';
import { PendingThing } from './antecedent';
import { pronounGender } from '../lexicon/gender';
import { isPlaceName } from '../lexicon/places';
import { agreeing, remember } from './pronouns';
import type { BlockModel } from '../1-text/model';
import {
  isInstitutionWord,
  longestContaining,
  lookupName,
  nameWithRole,
  stripPossessive,
  type KnownName,
} from './names';
import { EntityIndex } from './entity-index';
import { namedType, nameParts } from './naming';
import type { Token } from '../1-text/tokenize';
import type { Entity, EntityType, TextSpan } from '../types';
import { lazySet } from '../lexicon/lazy';

interface EntityState extends Entity {
  roles: Set<string>;
  key: string;
  /** Lower-cased last word of the (never renamed) name, for surname matches. */
  surname: string;
  /** Lower-cased name, for "the ministry" finding "the Defence Ministry". */
  lowerName: string;
}

/** Ends in "s": only then can a possessive ending need stripping (skips a regex per mention). */
const endsWithS = (text: string): boolean => text.charCodeAt(text.length - 1) === 115;

const lastWord = (name: string): string => name.toLowerCase().split(' ').pop() ?? '';

const PLACE_PREPS = lazySet(() => ['in', 'at', 'from']);
const isSourceWord = (w: string): boolean => ANONYMOUS_HEADS.has(w) || isRoleWord(w);

const PERSON_PRONOUNS = lazySet(() => ['he', 'she', 'his', 'her', 'i']);
/** Words that end a described phrase's head ("a source familiar with the matter"). */
const POST_MODIFIERS = lazySet(() => [
  'with',
  'in',
  'into',
  'at',
  'from',
  'on',
  'familiar',
  'close',
]);
/** Openers that make a described phrase definite ("the minister", "his spokesman"). */
const DEFINITE_OPENERS = lazySet(() => ['the', 'his', 'her', 'their', 'its']);

/** Merges speaker mentions into entities across the article. */
export class EntityResolver {
  private readonly entities: EntityState[] = [];
  /** Entities by key (keys are unique: every create follows a failed look-up). */
  private readonly byKey = new Map<string, EntityState>();
  /** Entities by lower-cased last word, in order of creation (any type: types can change). */
  private readonly bySurname = new Map<string, EntityState[]>();
  /** Lower-cased alias → the earliest entity written that way. */
  private readonly byAlias = new Map<string, EntityState>();
  /** Entities by role and by type, for role nouns ("the minister", "the ministry"). */
  private readonly index = new EntityIndex<EntityState>();
  private recentPerson: EntityState | KnownName | null = null;
  /** People named or quoted lately, oldest first, for gender agreement of "he" and "she". */
  private readonly recentPersons: Array<EntityState | KnownName> = [];
  private recentSpeaker: EntityState | null = null;
  /** A lone capitalised speaker of unknown type ("Smith said"): a fallback for "he"/"she". */
  private recentUnknown: EntityState | null = null;
  private tick = 0;
  /** Text of the block being resolved, to copy names as written ("C. Eugene Steuerle"). */
  private text = '';
  private personTick = -10;
  private personBlock = -1;

  /** Advance to the next sentence (pronoun antecedents age). */
  nextSentence(): void {
    this.tick += 1;
  }
  private recentGroup: EntityState | null = null;
  private recentThing: EntityState | null = null;
  private thingTick = -10;
  private readonly pendingThing = new PendingThing();

  /** Note a sentence subject like "The study" as the antecedent for a later "it". */
  noteThingMention(block: BlockModel, from: number, to: number): void {
    this.pendingThing.note(block, from, to, this.tick);
  }

  private pendingThingEntity(): EntityState | null {
    const p = this.pendingThing.take(this.tick, this.thingTick);
    if (p === null) return null;
    this.text = p.text;
    return this.named(p.tokens) ?? this.described(p.tokens);
  }

  constructor(private readonly names: ReadonlyMap<string, KnownName>) {}

  /** All entities, in order of first mention. */
  list(): Entity[] {
    return this.entities.map(({ id, name, type, aliases, mentions }) => ({
      id,
      name,
      type,
      aliases,
      mentions,
    }));
  }

  /**
   * Cataphora: "The French president rejected ..." in a standfirst, read before the body names
   * "the country's president, Emmanuel Macron". A role-noun source that no named person held when
   * it was read goes to the one person the article gives that role by the end (none, or several:
   * left alone). Returns old id → new id, for the records to follow.
   */
  mergeForwardRoles(): Map<number, number> {
    const holders = new Map<string, EntityState[]>();
    for (const p of this.entities) {
      if (p.type !== 'person' || p.key.startsWith('phrase:')) continue;
      for (const role of p.roles) holders.set(role, [...(holders.get(role) ?? []), p]);
    }
    const moved = new Map<number, number>();
    for (const e of this.entities) {
      if (!e.key.startsWith('phrase:') || e.type !== 'unknown' || e.roles.size !== 1) continue;
      const [role] = e.roles;
      const candidates = role === undefined ? undefined : holders.get(role);
      const target = candidates?.length === 1 ? candidates[0] : undefined;
      if (target === undefined) continue;
      if (!target.aliases.includes(e.name)) target.aliases.push(e.name);
      target.mentions.push(...e.mentions);
      target.mentions.sort((a, b) => a.block - b.block || a.start - b.start);
      moved.set(e.id, target.id);
    }
    return moved;
  }

  /** The entity for an unnamed source the text only implies ("We're told ..."). */
  unnamed(name: string): number {
    const key = `phrase:${name}`;
    const e = this.byKey.get(key) ?? this.create(key, name, 'anonymous', []);
    return e.id;
  }

  /** Record roles written next to an entity ("John Smith, the mayor,") for later "the mayor". */
  addRoles(id: number, roles: readonly string[]): void {
    const e = this.entities[id];
    if (e === undefined) return;
    for (const r of roles) this.index.addRole(e, r);
    if (e.type === 'unknown' && roles.length > 0) e.type = 'person';
  }

  /** Is this capitalised word a known person's name (for "his" in the same sentence)? */
  isKnownPerson(word: string): boolean {
    return lookupName(this.names, stripPossessive(word))?.person === true;
  }

  /** Entity by id. */
  get(id: number): Entity | undefined {
    return this.entities[id];
  }

  /** Note the first named person of a sentence as the antecedent for a later "he"/"she". */
  notePersonMention(block: BlockModel, from: number, to: number): void {
    let known: KnownName | EntityState | undefined;
    for (let i = from; i < to && known === undefined; i += 1) {
      const t = block.tokens[i];
      const next = block.tokens[i + 1];
      if (t === undefined || !t.cap || block.quoted[i] === true || next?.cap === true) continue;
      const word = stripPossessive(t.lower);
      const found = lookupName(this.names, word);
      if (found?.person === true) known = found;
      // A person who has already spoken, named again by surname ("Forrest Jones made ...").
      else known = this.bySurname.get(word)?.find((e) => e.type === 'person');
    }
    if (known === undefined) return;
    this.personTick = this.tick;
    this.personBlock = block.index;
    if ('id' in known) {
      this.recentPerson = known;
    } else {
      const key = `person:${known.name.toLowerCase()}`;
      // Only a possible antecedent: the entity is made when a pronoun actually refers to it, so
      // role look-ups ("the prime minister") see speakers, not everyone named in passing.
      this.recentPerson = this.byKey.get(key) ?? known;
    }
    remember(this.recentPersons, this.recentPerson);
  }

  /**
   * The person named in a block after `block` (the last block with a record), as the speaker of a
   * following quote paragraph with no cue: "But for Parata ... [para] “It's very emotional ...”".
   */
  personNamedAfter(block: number): number | null {
    if (this.personBlock <= block) return null;
    return this.materialise(this.recentPerson)?.id ?? null;
  }

  private materialise(target: EntityState | KnownName | null): EntityState | null {
    if (target === null || 'id' in target) return target;
    const key = `person:${target.name.toLowerCase()}`;
    return this.byKey.get(key) ?? this.create(key, target.name, 'person', target.roles);
  }

  /**
   * Resolve the phrase at tokens `[from, to)` of a block; returns the entity id or null. With
   * `continuing` (a pronoun after a quote: '"...," she said') "she" is the last person quoted.
   */
  resolve(block: BlockModel, from: number, to: number, continuing = false): number | null {
    const tokens: Token[] = [];
    for (let i = from; i < to; i += 1) {
      const t = block.tokens[i];
      if (t?.isWord === true) tokens.push(t);
    }
    const first = tokens[0];
    const last = tokens[tokens.length - 1];
    if (first === undefined || last === undefined) return null;
    const mention: TextSpan = {
      block: block.index,
      start: block.tokens[from]?.start ?? 0,
      end: block.tokens[to - 1]?.end ?? 0,
      text: block.text.slice(block.tokens[from]?.start ?? 0, block.tokens[to - 1]?.end ?? 0),
    };
    if (
      tokens.length === 1 &&
      (SUBJECT_PRONOUNS.has(first.lower) || POSSESSIVE_PRONOUNS.has(first.lower))
    ) {
      const want = pronounGender(first.lower);
      const target = PERSON_PRONOUNS.has(first.lower)
        ? continuing && this.recentSpeaker !== null && this.personTick < this.tick - 1
          ? this.materialise(agreeing(this.recentSpeaker, this.recentPersons, want))
          : (this.materialise(agreeing(this.recentPerson, this.recentPersons, want)) ??
            this.recentUnknown)
        : first.lower === 'it' || first.lower === 'its'
          ? (this.pendingThingEntity() ?? this.recentThing ?? this.recentGroup)
          : (this.recentGroup ??
            // "they" is a document or outlet only if none of the people named since could be.
            (this.thingTick >= this.personTick ? this.recentThing : null) ??
            this.materialise(this.recentPerson));
      if (target === null) return null;
      if (target.type === 'person') this.recentSpeaker = target;
      target.mentions.push(mention);
      return target.id;
    }
    this.text = block.text;
    const entity = this.named(tokens) ?? this.described(tokens);
    if (entity === null) return null;
    entity.mentions.push(mention);
    const surface = endsWithS(mention.text)
      ? mention.text.replace(/['\u2019]s$/, '')
      : mention.text;
    if (surface !== entity.name && !entity.aliases.includes(surface)) {
      entity.aliases.push(surface);
      const owner = this.byAlias.get(surface.toLowerCase());
      if (owner === undefined || owner.id > entity.id)
        this.byAlias.set(surface.toLowerCase(), entity);
    }
    this.touch(entity);
    return entity.id;
  }

  private touch(e: EntityState): void {
    if (e.type === 'person') {
      this.recentPerson = e;
      this.recentSpeaker = e;
      remember(this.recentPersons, e);
    } else if (e.type === 'anonymous' || e.type === 'organization' || e.type === 'government') {
      this.recentGroup = e;
      this.recentThing = e;
      this.thingTick = this.tick;
    } else if (e.type === 'unknown') this.recentUnknown = e;
    else {
      this.recentThing = e;
      this.thingTick = this.tick;
    }
  }

  private create(
    key: string,
    name: string,
    type: EntityType,
    roles: Iterable<string>,
  ): EntityState {
    const e: EntityState = {
      id: this.entities.length,
      name,
      type,
      aliases: [],
      mentions: [],
      roles: new Set(),
      key,
      surname: lastWord(name),
      lowerName: name.toLowerCase(),
    };
    this.entities.push(e);
    this.index.added(e);
    for (const r of roles) this.index.addRole(e, r);
    if (!this.byKey.has(key)) this.byKey.set(key, e);
    const namesakes = this.bySurname.get(e.surname);
    if (namesakes === undefined) this.bySurname.set(e.surname, [e]);
    else namesakes.push(e);
    return e;
  }

  private named(tokens: readonly Token[]): EntityState | null {
    // "prosecutors in San Francisco and Los Angeles": a source noun placed by a name.
    const placed = tokens.some(
      (t, i) => i > 0 && PLACE_PREPS.has(t.lower) && isSourceWord(tokens[i - 1]?.lower ?? ''),
    );
    if (placed) return this.described(tokens);
    const parts = nameParts(tokens);
    if (parts === null) return null;
    if (parts.anonymous) return this.described(tokens);
    const { run, tail, roles, name, nameWords, lowerWords, head } = parts;
    // "The Israeli election results": a capitalised modifier of a common noun names no source.
    const plainHead = tail.length > 0 && typeFromHead(head) === null && !isInstitutionWord(head);
    if (plainHead && !ROLE_WORDS.has(head)) return this.described(tokens);
    const honorific = tokens.some((t) => HONORIFICS.has(t.lower));
    // "the French president", "Facebook CEO": a role noun, resolved by role.
    if (
      ROLE_WORDS.has(head) &&
      !isInstitutionWord(head) &&
      (tail.length > 0 || name.length === run.length)
    )
      return null;
    const institution =
      lowerWords.some(isInstitutionWord) ||
      tail.some(isInstitutionWord) ||
      typeFromHead(head) !== null;
    // "New Zealand said", "Saudi Arabia warned": a place speaks through its government.
    const place = !honorific && roles.length === 0 && isPlaceName(lowerWords);
    const thing = longestContaining(this.names, nameWords)?.thing === true;
    if (!institution && !place && !thing && nameWords.length > 0 && nameWords.length <= 4) {
      const full = nameWords.length >= 2 ? longestContaining(this.names, nameWords) : undefined;
      const known = full ?? lookupName(this.names, lowerWords[lowerWords.length - 1] ?? '');
      const personKey = `person:${(known?.name ?? nameWords.join(' ')).toLowerCase()}`;
      const existing = this.byKey.get(personKey);
      if (existing !== undefined) {
        for (const r of roles) this.index.addRole(existing, r);
        return existing;
      }
      const written =
        name[0] !== undefined && name[name.length - 1] !== undefined
          ? stripPossessive(this.text.slice(name[0].start, name[name.length - 1]?.end))
          : nameWords.join(' ');
      if (known !== undefined || nameWords.length >= 2 || honorific || roles.length > 0) {
        return this.create(personKey, known?.name ?? written, 'person', [
          ...roles,
          ...(known?.roles ?? []),
        ]);
      }
    }
    const first = name[0];
    const last = tokens[tokens.length - 1];
    const canonical =
      first !== undefined && last !== undefined && this.text !== ''
        ? stripPossessive(this.text.slice(first.start, last.end))
        : [...nameWords, ...tail].join(' ');
    const key = `named:${canonical.toLowerCase()}`;
    // The earliest entity with this key or written this way before.
    const byKey = this.byKey.get(key);
    const byAlias = this.byAlias.get(canonical.toLowerCase());
    const existing =
      byKey === undefined || (byAlias !== undefined && byAlias.id < byKey.id) ? byAlias : byKey;
    if (existing !== undefined) return existing;
    const named = namedType(run, tail, lowerWords, head);
    const type =
      named !== 'unknown' ? named : place ? 'government' : thing ? 'organization' : named;
    return this.create(key, canonical, type, roles);
  }

  private described(tokens: readonly Token[]): EntityState | null {
    // The head is the last noun before any post-modifier ("a source familiar with the matter").
    const cut = tokens.findIndex((t, i) => i > 0 && POST_MODIFIERS.has(t.lower));
    const head = stripPossessive(tokens[(cut > 0 ? cut : tokens.length) - 1]?.lower ?? '');
    const definite = DEFINITE_OPENERS.has(tokens[0]?.lower ?? '');
    const titled = tokens.length >= 2 && tokens[tokens.length - 2]?.cap === true;
    if ((definite || titled) && ROLE_WORDS.has(head)) {
      const holder = this.index.latestPersonWithRole(head);
      if (holder !== undefined) return holder;
      const known = nameWithRole(this.names, head);
      if (known !== undefined) {
        const key = `person:${known.name.toLowerCase()}`;
        return this.byKey.get(key) ?? this.create(key, known.name, 'person', known.roles);
      }
    }
    const type = typeFromHead(head);
    if (definite && type !== null && type !== 'anonymous') {
      // typeFromHead never answers 'person' or 'unknown', the two types that can change.
      const same = this.index.latestOfTypeNaming(type, head);
      if (same !== undefined) return same;
      if (head === 'company' || head === 'utility' || head === 'firm') {
        const organization = this.index.latestOfType('organization');
        if (organization !== undefined) return organization;
      }
    }
    if (!ANONYMOUS_HEADS.has(head) && !ROLE_WORDS.has(head) && type === null) return null;
    const key = `phrase:${tokens
      .filter((t) => !DETERMINERS.has(t.lower) || t.lower === 'many' || t.lower === 'some')
      .map((t) => t.lower)
      .join(' ')
      .replace(/'s$/, '')}`;
    const existing = this.byKey.get(key);
    if (existing !== undefined) return existing;
    // The name as written is needed only for a new entity: most mentions repeat one.
    const phrase = stripPossessive(
      tokens
        .filter((t, i) => i > 0 || t.lower !== 'the')
        .map((t) => t.text)
        .join(' '),
    );
    return this.create(
      key,
      phrase,
      ANONYMOUS_HEADS.has(head) ? 'anonymous' : (type ?? 'unknown'),
      ROLE_WORDS.has(head) ? [head] : [],
    );
  }
}
