/**
 * Stage 7b: resolve speaker phrases to entities. Named phrases merge by full name or surname (the
 * fullest form is canonical, `named-phrase.ts`); pronouns go to the most recent compatible speaker
 * (`recency.ts`); role nouns ("the minister", "the company") to the entity introduced with that
 * role or type, and anonymous phrases ("officials", "a source") become entities of their own
 * (`described-phrase.ts`). The entities themselves live in `entity-store.ts`.
 */
import { POSSESSIVE_PRONOUNS, subjectPronoun } from '../lexicon/words';
import type { BlockModel } from '../1-text/model';
import type { Token } from '../1-text/tokenize';
import type { Entity, TextSpan } from '../types';
import { mergeForwardRoles } from './cataphora';
import { EntityStore, type PhraseContext } from './entity-store';
import { lookupName, type KnownName } from './known-names';
import { stripPossessive } from './name-words';
import { resolvePhrase } from './named-phrase';
import { Recency } from './recency';
import { usualSpelling } from './misspelt-name';
import type { CharSpan } from './sentence-mentions';

/** Ends in "s": only then can a possessive ending need stripping (skips a regex per mention). */
const endsWithS = (text: string): boolean => text.charCodeAt(text.length - 1) === 115;

/** Merges speaker mentions into entities across the article. */
export class EntityResolver {
  private readonly store = new EntityStore();
  private readonly ctx: PhraseContext;
  private readonly recent: Recency;

  constructor(private readonly names: ReadonlyMap<string, KnownName>) {
    this.ctx = {
      names,
      store: this.store,
      salientWithRole: (role) => this.recent.salientWithRole(role),
      salientWithRoleOfClass: (role) => this.recent.salientWithRoleOfClass(role),
      salientPerson: (gender) => this.recent.salientPerson(gender),
      recentOfType: (type, word, anyName) => this.recent.recentOfType(type, word, anyName),
    };
    this.recent = new Recency(this.ctx);
  }

  /** Advance to the next sentence, of block `block` (antecedents age, more so across paragraphs). */
  nextSentence(block = -1): void {
    this.recent.nextSentence(block);
  }

  /** Note a sentence subject like "The study" as the antecedent for a later "it". */
  noteThingMention(block: BlockModel, from: number, to: number): void {
    this.recent.noteThingMention(block, from, to);
  }

  /**
   * Weigh the people a sentence brings up for later pronouns, once its claims (character ranges
   * `claims`) are known: a name inside a reported claim counts least.
   */
  notePersonMention(
    block: BlockModel,
    from: number,
    to: number,
    claims: readonly CharSpan[] = [],
  ): void {
    this.recent.notePersonMention(block, from, to, claims);
  }

  /**
   * The person named in a block after `block` (the last block with a record), as the speaker of a
   * following quote paragraph with no cue: "But for Parata ... [para] “It's very emotional ...”".
   */
  personNamedAfter(block: number): number | null {
    return this.recent.personNamedAfter(block)?.id ?? null;
  }

  /** All entities, in order of first mention. */
  list(): Entity[] {
    return this.store.all.map(({ id, name, type, aliases, mentions }) => ({
      id,
      name:
        type === 'person'
          ? usualSpelling(
              name,
              mentions.map((m) => m.text),
            )
          : name,
      type,
      aliases,
      mentions,
    }));
  }

  /**
   * Cataphora: a role-noun source read before the article names its holder goes to that holder
   * (see `cataphora.ts`). Returns old id → new id, for the records to follow.
   */
  mergeForwardRoles(speakers?: ReadonlySet<number>): Map<number, number> {
    return mergeForwardRoles(this.store.all, speakers, (key) => this.recent.firstNamedIn(key));
  }

  /** The entity for an unnamed source the text only implies ("We're told ..."). */
  unnamed(name: string): number {
    const key = `phrase:${name}`;
    const e = this.store.withKey(key) ?? this.store.create(key, name, 'anonymous', []);
    return e.id;
  }

  /**
   * "Steven Sloman and Philip Fernbach argue ...": two people who speak together are one source,
   * named by both (as a reader and the corpus name them); a later "they" takes it up. Null unless
   * both are people and distinct.
   */
  joint(first: number, second: number): number | null {
    const a = this.store.all[first];
    const b = this.store.all[second];
    if (a === undefined || b === undefined) return null;
    return this.recent.joint(a, b)?.id ?? null;
  }

  /** The first name of the sentence's pair whose second name is tokens `[from, to)`, if any. */
  pairedWith(block: BlockModel, from: number, to: number): number | null {
    const first = this.recent.pairedWith(block, from, to);
    return first === null ? null : this.resolve(block, first[0], first[1]);
  }

  /** Record roles written next to an entity ("John Smith, the mayor,") for later "the mayor". */
  addRoles(id: number, roles: readonly string[]): void {
    const e = this.store.all[id];
    if (e === undefined) return;
    for (const r of roles) this.store.index.addRole(e, r);
    if (e.type === 'unknown' && roles.length > 0) e.type = 'person';
  }

  /** Is this capitalised word a known person's name (for "his" in the same sentence)? */
  isKnownPerson(word: string): boolean {
    return lookupName(this.names, stripPossessive(word))?.person === true;
  }

  /** Entity by id. */
  get(id: number): Entity | undefined {
    return this.store.all[id];
  }

  /**
   * Resolve the phrase at tokens `[from, to)` of a block; returns the entity id or null. A lone
   * pronoun goes to the most salient person or group it can refer to (`recency.ts`).
   */
  resolve(block: BlockModel, from: number, to: number): number | null {
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
    // "He's" and "I'm" are pronouns too: left to the name resolver they become sources of their own.
    const pronoun =
      tokens.length === 1
        ? (subjectPronoun(first.lower) ??
          (POSSESSIVE_PRONOUNS.has(first.lower) ? first.lower : undefined))
        : undefined;
    if (pronoun !== undefined) {
      const target = this.recent.pronounTarget(pronoun, block, from);
      if (target === null) return null;
      target.mentions.push(mention);
      return target.id;
    }
    const entity = this.recent.pairFor(tokens) ?? resolvePhrase(this.ctx, tokens, block.text);
    if (entity === null) return null;
    entity.mentions.push(mention);
    const surface = endsWithS(mention.text)
      ? mention.text.replace(/['\u2019]s$/, '')
      : mention.text;
    this.store.noteSurface(entity, surface);
    this.recent.touch(entity);
    return entity.id;
  }
}
