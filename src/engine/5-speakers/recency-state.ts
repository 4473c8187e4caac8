/**
 * The state behind `Recency` (`recency.ts`) and the lookups a pronoun tries against it: the
 * subjects noted for "it" and "they", the bodies that spoke lately, and the clock they age by.
 */
import type { BlockModel } from '../1-text/model';
import {
  groupSubject,
  pendingGroup,
  pendingName,
  pendingThing,
  pluralHead,
  singular,
} from './antecedent';
import type { EntityState, PhraseContext } from './entity-store';
import { resolvePhrase } from './named-phrase';
import { RecentPeople, type Person } from './people';
import { personGender } from './pronouns';
import { lazySet } from '../lexicon/lazy';
import { PairMemory } from './pair-memory';
import { loneSpeakerIsPerson } from './speaker-evidence';

/** Kinds of named subject a later "it" can continue. */
const NAMED_BODY_TYPES = lazySet(() => ['organization', 'government', 'media', 'unknown']);
/** How many sentences an "it" chain reaches: the next one. */
const IT_CHAIN_REACH = 1;

/** What `Recency` remembers, and the fallbacks for "it" and "they" read from it. */
export class RecencyState {
  protected readonly people: RecentPeople;
  /** The first person named in the latest sentence naming one, and its block. */
  protected lastNamed: Person | null = null;
  protected lastNamedBlock = -1;
  /** A lone capitalised speaker of unknown type ("Smith said"): a fallback for "he"/"she". */
  protected recentUnknown: EntityState | null = null;
  protected recentGroup: EntityState | null = null;
  protected recentThing: EntityState | null = null;
  /** A named source of several words and no known kind that spoke, and when: an "it" candidate. */
  protected namedUnknown: { e: EntityState; tick: number } | null = null;
  protected readonly pendingThing = pendingThing();
  protected readonly pendingGroup = pendingGroup();
  protected readonly pendingName = pendingName();
  /** Institutions, groups and things that spoke lately, the latest last. */
  protected readonly spokeLately: EntityState[] = [];
  /** Sentences read so far: the clock the ticks below are read against. */
  protected tick = 0;
  /** When a thing or group last spoke: a subject noted for "it" before then is stale. */
  protected thingTick = -10;
  /** When a sentence last named a person: "they" prefers people named since a thing spoke. */
  protected personTick = -10;
  /** Two people named together, for what refers back to both (`pair-memory.ts`). */
  protected readonly pairs: PairMemory;
  /** What the latest "it" was taken to mean, and in which sentence. */
  protected lastIt: { e: EntityState; tick: number } | null = null;
  /** The last source named or described, and the sentence it was in. */
  protected named: { e: EntityState; tick: number } | null = null;

  /** `ctx` resolves a subject noted for "it" when a pronoun takes it up. */
  constructor(protected readonly ctx: PhraseContext) {
    this.people = new RecentPeople(ctx);
    this.pairs = new PairMemory(ctx);
  }

  /**
   * "The Taliban claimed the attack, which it said ...": in a relative clause, "it" is the source
   * named earlier in its own sentence, before any older subject or statement, unless that is a
   * person with a gender (a "he" or "she"). Elsewhere ("VW says it hopes") the clause's own
   * words decide.
   */
  protected sameSentenceThing(): EntityState | null {
    const n = this.named;
    if (n === null || n.tick !== this.tick) return null;
    return n.e.type !== 'person' || personGender(n.e) === null ? n.e : null;
  }

  /**
   * "The report makes 17 recommendations. It says ... It also calls for ...": an "it" in the
   * sentence right after another "it" continues it, unless a subject for "it" was noted or a body
   * spoke since.
   */
  protected itChain(): EntityState | null {
    const c = this.lastIt;
    if (c === null || this.tick - c.tick > IT_CHAIN_REACH) return null;
    const newer = Math.max(this.thingTick, this.pendingThing.notedAt, this.pendingName.notedAt);
    return newer > c.tick ? null : c.e;
  }

  /**
   * "The Lund Observatory for Seabirds said ... It said": a named source of no known kind that
   * spoke since any institution did is what "it" continues.
   */
  protected unknownSpokeLast(): EntityState | null {
    const n = this.namedUnknown;
    return n !== null && n.tick >= this.thingTick ? n.e : null;
  }

  /** The latest institution, group or thing that spoke and is no unnamed group of people. */
  protected lastSingular(): EntityState | null {
    for (let i = this.spokeLately.length - 1; i >= 0; i -= 1) {
      const e = singular(this.spokeLately[i] ?? null);
      if (e !== null) return e;
    }
    return null;
  }

  protected thingSpoke(): void {
    this.thingTick = this.tick;
    this.people.thingSpoke();
  }

  /**
   * "As researchers looked for the genes, they found ...": a group of people that is a clause's
   * subject earlier in the pronoun's own sentence (token `at` of `block`), resolved as a phrase.
   */
  protected sameSentenceGroup(block: BlockModel | undefined, at: number): EntityState | null {
    if (block === undefined || at < 0 || block.quoted[at] === true) return null;
    const sentence = block.sentences.find((s) => s.from <= at && s.to > at);
    if (sentence === undefined) return null;
    const range = groupSubject(block, sentence.from, at);
    if (range === null) return null;
    const tokens = block.tokens.slice(range[0], range[1]).filter((t) => t.isWord);
    return resolvePhrase(this.ctx, tokens, block.text);
  }

  /** The group noted for "they" in the sentence before, resolved as a phrase. */
  protected pendingGroupEntity(): EntityState | null {
    const p = this.pendingGroup.take(this.tick, Math.max(this.thingTick, this.personTick));
    return p === null ? null : resolvePhrase(this.ctx, p.tokens, p.text);
  }

  /**
   * The named subject noted for "it", resolved, if it is still fresh and a body, not a person: a
   * body just named as a subject is what "it" continues, before an older body that spoke.
   */
  protected pendingNameEntity(): EntityState | null {
    const p = this.pendingName.take(this.tick, this.thingTick);
    if (p === null) return null;
    const e = resolvePhrase(this.ctx, p.tokens, p.text);
    if (e === null || !NAMED_BODY_TYPES.has(e.type)) return null;
    if (e.type !== 'unknown') return e;
    // A lone word of no known kind ("Boeing", "Smith") is a body only once it spoke as one, and
    // not a plural that opened its sentence with a capital ("Administrators can ...").
    const lone = !e.name.includes(' ');
    if (lone && (pluralHead(e.lowerName) || !this.spokeLately.includes(e))) return null;
    return loneSpeakerIsPerson(e.name, this.ctx.names) ? null : e;
  }

  /** The subject noted for "it", resolved as a phrase, if it is still fresh. */
  protected pendingThingEntity(): EntityState | null {
    const p = this.pendingThing.take(this.tick, this.thingTick);
    if (p === null) return null;
    return resolvePhrase(this.ctx, p.tokens, p.text);
  }
}
