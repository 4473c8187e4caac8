/**
 * Stage 7b's short memory, for pronouns: who and what the article mentioned lately. "He" and "she"
 * go to the last person named or quoted (gender permitting), "it" to a subject noted for it or the
 * last thing that spoke, "they" to the last group. A person named in passing is held as a known
 * name and becomes an entity only when a pronoun refers to it.
 */
import { pronounGender } from '../lexicon/gender';
import type { BlockModel } from '../1-text/model';
import { PendingThing } from './antecedent';
import type { EntityState, PhraseContext } from './entity-store';
import { lookupName, type KnownName } from './known-names';
import { stripPossessive } from './name-words';
import { resolvePhrase } from './named-phrase';
import { agreeing, remember } from './pronouns';
import { lazySet } from '../lexicon/lazy';

const PERSON_PRONOUNS = lazySet(() => ['he', 'she', 'his', 'her', 'i']);

/** The antecedents a pronoun can take, aged by sentence. */
export class Recency {
  private recentPerson: EntityState | KnownName | null = null;
  /** People named or quoted lately, oldest first, for gender agreement of "he" and "she". */
  private readonly recentPersons: Array<EntityState | KnownName> = [];
  private recentSpeaker: EntityState | null = null;
  /** A lone capitalised speaker of unknown type ("Smith said"): a fallback for "he"/"she". */
  private recentUnknown: EntityState | null = null;
  private recentGroup: EntityState | null = null;
  private recentThing: EntityState | null = null;
  private readonly pendingThing = new PendingThing();
  /** Sentences read so far: the clock the ticks below are read against. */
  private tick = 0;
  /** When a person was last named: within a sentence of it, '"...," she said' means that person. */
  private personTick = -10;
  /** The block that person was named in, for a cue-less quote paragraph after it. */
  private personBlock = -1;
  /** When a thing or group last spoke: a subject noted for "it" before then is stale. */
  private thingTick = -10;

  /** `ctx` resolves a subject noted for "it" when a pronoun takes it up. */
  constructor(private readonly ctx: PhraseContext) {}

  /** Advance to the next sentence (pronoun antecedents age). */
  nextSentence(): void {
    this.tick += 1;
  }

  /** Note a sentence subject like "The study" as the antecedent for a later "it". */
  noteThingMention(block: BlockModel, from: number, to: number): void {
    this.pendingThing.note(block, from, to, this.tick);
  }

  /** Note the first named person of a sentence as the antecedent for a later "he"/"she". */
  notePersonMention(block: BlockModel, from: number, to: number): void {
    const { names, store } = this.ctx;
    let known: KnownName | EntityState | undefined;
    for (let i = from; i < to && known === undefined; i += 1) {
      const t = block.tokens[i];
      const next = block.tokens[i + 1];
      if (t === undefined || !t.cap || block.quoted[i] === true || next?.cap === true) continue;
      const word = stripPossessive(t.lower);
      const found = lookupName(names, word);
      if (found?.person === true) known = found;
      // A person who has already spoken, named again by surname ("Forrest Jones made ...").
      else known = store.withSurname(word)?.find((e) => e.type === 'person');
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
      this.recentPerson = store.withKey(key) ?? known;
    }
    remember(this.recentPersons, this.recentPerson);
  }

  /** The person named in a block after `block`, made an entity; null when none was. */
  personNamedAfter(block: number): EntityState | null {
    if (this.personBlock <= block) return null;
    return this.materialise(this.recentPerson);
  }

  /**
   * The entity a lone pronoun refers to, or null. With `continuing` (a pronoun after a quote:
   * '"...," she said') "she" is the last person quoted.
   */
  pronounTarget(pronoun: string, continuing: boolean): EntityState | null {
    const want = pronounGender(pronoun);
    const target = PERSON_PRONOUNS.has(pronoun)
      ? continuing && this.recentSpeaker !== null && this.personTick < this.tick - 1
        ? this.materialise(agreeing(this.recentSpeaker, this.recentPersons, want))
        : (this.materialise(agreeing(this.recentPerson, this.recentPersons, want)) ??
          this.recentUnknown)
      : pronoun === 'it' || pronoun === 'its'
        ? (this.pendingThingEntity() ?? this.recentThing ?? this.recentGroup)
        : (this.recentGroup ??
          // "they" is a document or outlet only if none of the people named since could be.
          (this.thingTick >= this.personTick ? this.recentThing : null) ??
          this.materialise(this.recentPerson));
    if (target?.type === 'person') this.recentSpeaker = target;
    return target;
  }

  /** Make `e`, just named or described, the latest of its kind. */
  touch(e: EntityState): void {
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

  /** A person candidate as an entity: a known name gets one on first reference. */
  private materialise(target: EntityState | KnownName | null): EntityState | null {
    if (target === null || 'id' in target) return target;
    return this.ctx.store.person(target);
  }

  /** The subject noted for "it", resolved as a phrase, if it is still fresh. */
  private pendingThingEntity(): EntityState | null {
    const p = this.pendingThing.take(this.tick, this.thingTick);
    if (p === null) return null;
    return resolvePhrase(this.ctx, p.tokens, p.text);
  }
}
