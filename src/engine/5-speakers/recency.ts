/**
 * Stage 7b's short memory, for pronouns: who and what the article mentioned lately. "He" and "she"
 * go to the most salient person whose gender fits (`people.ts`: speakers and subjects outweigh
 * names in passing, and weight fades sentence by sentence); "it" to a subject noted for it or the
 * last thing that spoke; "they" to a group of people that is a subject earlier in its own sentence
 * or in the one before, else the last group.
 */
import { pronounGender, type Gender } from '../lexicon/gender';
import type { BlockModel } from '../1-text/model';
import type { EntityType } from '../types';
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
import { NO_ONE, RecentPeople, type Person } from './people';
import { isAcronym } from './name-words';
import { personGender } from './pronouns';
import { describesOne } from './described-one';
import type { CharSpan } from './sentence-mentions';
import { lazySet } from '../lexicon/lazy';
import { lookupName, type KnownName } from './known-names';
import { pairSubject } from './pair-subject';
import { PairMemory } from './pair-memory';
import type { Token } from '../1-text/tokenize';

/** A user name's shape: a capital or a digit inside the word ("ZetaFox", "pluto99"). */
const HANDLE = /[a-z][A-Z]|\d/;

/**
 * Can a lone capitalised speaker of no known kind be weighed as a person for "he"/"she"? Only with
 * evidence: a word of one of the article's person names, or a user name's shape. A bare word that
 * spoke ("Quorvex said") is as often a company or a group as a person.
 */
export function loneSpeakerIsPerson(name: string, names: ReadonlyMap<string, KnownName>): boolean {
  return HANDLE.test(name) || lookupName(names, name.toLowerCase())?.person === true;
}

/** The last character of a block of running prose: a caption or a heading ends without one. */
const PROSE_END = /[.!?:;"'\u201d\u2019\u2026)\]]\s*$/u;

/**
 * Does a block end like prose? A photo caption ("Ann Roe (left) in 1971") or a pull-quote label
 * between a speaker's paragraph and the quote that continues it names no one that quote is by.
 */
export function endsLikeProse(text: string): boolean {
  return PROSE_END.test(text);
}

/** Kinds of named subject a later "it" can continue. */
const NAMED_BODY_TYPES = lazySet(() => ['organization', 'government', 'media', 'unknown']);
const PERSON_PRONOUNS = lazySet(() => ['he', 'she', 'his', 'her', 'i']);
/** How many sentences an "it" chain reaches: the next one. */
const IT_CHAIN_REACH = 1;
/** How many speakers other than people `recentOfType` remembers. */
const SPOKE_LATELY = 8;

/** The antecedents a pronoun can take, aged by sentence. */
export class Recency {
  private readonly people: RecentPeople;
  /** The first person named in the latest sentence naming one, and its block. */
  private lastNamed: Person | null = null;
  private lastNamedBlock = -1;
  /** A lone capitalised speaker of unknown type ("Smith said"): a fallback for "he"/"she". */
  private recentUnknown: EntityState | null = null;
  private recentGroup: EntityState | null = null;
  private recentThing: EntityState | null = null;
  /** A named source of several words and no known kind that spoke, and when: an "it" candidate. */
  private namedUnknown: { e: EntityState; tick: number } | null = null;
  private readonly pendingThing = pendingThing();
  private readonly pendingGroup = pendingGroup();
  private readonly pendingName = pendingName();
  /** Institutions, groups and things that spoke lately, the latest last. */
  private readonly spokeLately: EntityState[] = [];
  /** Sentences read so far: the clock the ticks below are read against. */
  private tick = 0;
  /** When a thing or group last spoke: a subject noted for "it" before then is stale. */
  private thingTick = -10;
  /** When a sentence last named a person: "they" prefers people named since a thing spoke. */
  private personTick = -10;
  /** Two people named together, for what refers back to both (`pair-memory.ts`). */
  private readonly pairs: PairMemory;
  /** What the latest "it" was taken to mean, and in which sentence. */
  private lastIt: { e: EntityState; tick: number } | null = null;
  /** The last source named or described, and the sentence it was in. */
  private named: { e: EntityState; tick: number } | null = null;

  /** `ctx` resolves a subject noted for "it" when a pronoun takes it up. */
  constructor(private readonly ctx: PhraseContext) {
    this.people = new RecentPeople(ctx);
    this.pairs = new PairMemory(ctx);
  }

  /** Advance to the next sentence, of block `block` (pronoun antecedents age). */
  nextSentence(block = -1): void {
    this.tick += 1;
    this.people.nextSentence(block);
  }

  /** Note a sentence subject like "The study" as the antecedent for a later "it". */
  noteThingMention(block: BlockModel, from: number, to: number): void {
    this.pendingGroup.note(block, from, to, this.tick);
    const names = pairSubject(block, from, to);
    if (names !== null) this.pairs.note(block, names, this.tick);
    // "The study ... Acme withdrew ... It said": the newer subject is the one "it" continues.
    if (this.pendingThing.note(block, from, to, this.tick)) this.pendingName.clear();
    else if (this.pendingName.note(block, from, to, this.tick)) this.pendingThing.clear();
  }

  /**
   * Weigh the people the sentence at tokens `[from, to)` brings up, once its claims (character
   * ranges `claims`) are known: names, "he"/"she" chains and the genders "his"/"her" show.
   */
  notePersonMention(
    block: BlockModel,
    from: number,
    to: number,
    claims: readonly CharSpan[] = [],
  ): void {
    const first = this.people.noteSentence(block, from, to, claims);
    if (first === null || !endsLikeProse(block.text)) return;
    this.personTick = this.tick;
    this.lastNamed = first;
    this.lastNamedBlock = block.index;
  }

  /** The block a person (by entity key) is first named in, speaking or not (`people.ts`). */
  firstNamedIn(key: string): number | undefined {
    return this.people.firstNamedIn(key);
  }

  /** The person named in a block after `block`, made an entity; null when none was. */
  personNamedAfter(block: number): EntityState | null {
    if (this.lastNamedBlock <= block || this.lastNamed === NO_ONE) return null;
    return this.people.materialise(this.lastNamed);
  }

  /**
   * The entity a lone pronoun refers to, or null. With the pronoun's `block` and token `at`, the
   * people named before it in its own sentence are weighed first ("In Cohen's study, he ...").
   * A pronoun after a quote ('"...," she said') needs no rule of its own: the last speaker
   * outweighs names in passing.
   */
  pronounTarget(pronoun: string, block?: BlockModel, at = -1): EntityState | null {
    const person = PERSON_PRONOUNS.has(pronoun);
    if (person && block !== undefined) this.people.notePrefix(block, at);
    const target = person
      ? (this.people.forPronoun(pronounGender(pronoun)) ?? this.recentUnknown)
      : pronoun === 'it' || pronoun === 'its'
        ? ((block?.tokens[at - 1]?.lower === 'which' ? this.sameSentenceThing() : null) ??
          this.itChain() ??
          this.pendingThingEntity() ??
          this.pendingNameEntity() ??
          this.unknownSpokeLast() ??
          singular(this.recentThing) ??
          singular(this.recentGroup) ??
          this.lastSingular() ??
          // No single body at hand: the group stays the claim's best-known source.
          this.recentThing ??
          this.recentGroup)
        : // "Researchers at the university looked ... They believe": the sentence before's group.
          (this.sameSentenceGroup(block, at) ??
          this.pendingGroupEntity() ??
          this.pairs.forThey(this.tick, this.thingTick) ??
          this.people.recentGroup() ??
          this.recentGroup ??
          // "they" is a document or outlet only if none of the people named since could be.
          (this.thingTick >= this.personTick ? this.recentThing : null) ??
          this.people.latest());
    if (target?.type === 'person') this.people.spoke(target);
    if (
      pronoun === 'it' &&
      target !== null &&
      target.type !== 'person' &&
      singular(target) !== null
    )
      this.lastIt = { e: target, tick: this.tick };
    return target;
  }

  /** The joint source of two people, noted as the latest pair (`pair-memory.ts`). */
  joint(a: EntityState, b: EntityState): EntityState | null {
    return this.pairs.joint(a, b, this.tick);
  }

  /** The first name's tokens when tokens `[from, to)` are the second of this sentence's pair. */
  pairedWith(block: BlockModel, from: number, to: number): readonly [number, number] | null {
    return this.pairs.pairedWith(block, from, to, this.tick);
  }

  /** The latest pair when `words` refer to it ("both men", "the pair", "the Gormans"). */
  pairFor(words: readonly Token[]): EntityState | null {
    return this.pairs.forPhrase(words, this.tick);
  }

  /** The most salient person lately, of `gender` if one is asked for, else of either; or null. */
  salientPerson(gender: Gender | null = null): EntityState | null {
    return gender === null ? this.people.forPronoun(null) : this.people.salientOf(gender);
  }

  /** The most salient person lately mentioned with `role` ("the president"), or null. */
  salientWithRole(role: string): EntityState | null {
    return this.people.withRole(role);
  }

  /** The most salient person lately mentioned with a role of `role`'s class, or null. */
  salientWithRoleOfClass(role: string): EntityState | null {
    return this.people.withRoleOfClass(role);
  }

  /**
   * The institution of `type` that spoke most recently and whose name holds `word` ("the
   * ministry"), or with `anyName` any named one, of that type or of none known ("the company"
   * after "Acme Corp said" or "Volkswagen said").
   */
  recentOfType(type: EntityType, word: string, anyName: boolean): EntityState | null {
    for (let i = this.spokeLately.length - 1; i >= 0; i -= 1) {
      const e = this.spokeLately[i];
      if (e === undefined) continue;
      // "Volkswagen said ... the company said": a name of no known kind that spoke is one too.
      const named = anyName && e.key.startsWith('named:');
      if (e.type === type && (named || e.lowerName.includes(word))) return e;
    }
    return null;
  }

  /**
   * "The Taliban claimed the attack, which it said ...": in a relative clause, "it" is the source
   * named earlier in its own sentence, before any older subject or statement, unless that is a
   * person with a gender (a "he" or "she"). Elsewhere ("VW says it hopes") the clause's own
   * words decide.
   */
  private sameSentenceThing(): EntityState | null {
    const n = this.named;
    if (n === null || n.tick !== this.tick) return null;
    return n.e.type !== 'person' || personGender(n.e) === null ? n.e : null;
  }

  /** Make `e`, just named or described, the latest of its kind. */
  touch(e: EntityState): void {
    this.named = { e, tick: this.tick };
    if (e.type !== 'person') {
      const at = this.spokeLately.indexOf(e);
      if (at >= 0) this.spokeLately.splice(at, 1);
      this.spokeLately.push(e);
      if (this.spokeLately.length > SPOKE_LATELY) this.spokeLately.shift();
    }
    if (e.type === 'person') {
      this.people.spoke(e);
    } else if (e.type === 'anonymous' || e.type === 'organization' || e.type === 'government') {
      this.recentGroup = e;
      this.recentThing = e;
      this.thingSpoke();
    } else if (e.type === 'unknown' && e.key.startsWith('phrase:') && describesOne(e)) {
      // "an Acme spokeswoman said ... she said": a gendered role noun that speaks is one person;
      // so is "one student at the college said ... he said", a person noun of no gender.
      this.people.spoke(e);
    } else if (e.type === 'unknown' && !isAcronym(e.name)) {
      this.recentUnknown = e;
      if (e.name.includes(' ')) this.namedUnknown = { e, tick: this.tick };
      // "ZetaFox told me": a lone name of no known kind that speaks (a handle, a surname of one of
      // the article's people) may be the "he" or "she" that follows, weighed like any person who
      // spoke; a bare word with no such evidence (a company's name) is not.
      if (!e.name.includes(' ') && loneSpeakerIsPerson(e.name, this.ctx.names))
        this.people.spoke(e);
    } else {
      this.recentThing = e;
      this.thingSpoke();
    }
  }

  /**
   * "The report makes 17 recommendations. It says ... It also calls for ...": an "it" in the
   * sentence right after another "it" continues it, unless a subject for "it" was noted or a body
   * spoke since.
   */
  private itChain(): EntityState | null {
    const c = this.lastIt;
    if (c === null || this.tick - c.tick > IT_CHAIN_REACH) return null;
    const newer = Math.max(this.thingTick, this.pendingThing.notedAt, this.pendingName.notedAt);
    return newer > c.tick ? null : c.e;
  }

  /**
   * "The Lund Observatory for Seabirds said ... It said": a named source of no known kind that
   * spoke since any institution did is what "it" continues.
   */
  private unknownSpokeLast(): EntityState | null {
    const n = this.namedUnknown;
    return n !== null && n.tick >= this.thingTick ? n.e : null;
  }

  /** The latest institution, group or thing that spoke and is no unnamed group of people. */
  private lastSingular(): EntityState | null {
    for (let i = this.spokeLately.length - 1; i >= 0; i -= 1) {
      const e = singular(this.spokeLately[i] ?? null);
      if (e !== null) return e;
    }
    return null;
  }

  private thingSpoke(): void {
    this.thingTick = this.tick;
    this.people.thingSpoke();
  }

  /**
   * "As researchers looked for the genes, they found ...": a group of people that is a clause's
   * subject earlier in the pronoun's own sentence (token `at` of `block`), resolved as a phrase.
   */
  private sameSentenceGroup(block: BlockModel | undefined, at: number): EntityState | null {
    if (block === undefined || at < 0 || block.quoted[at] === true) return null;
    const sentence = block.sentences.find((s) => s.from <= at && s.to > at);
    if (sentence === undefined) return null;
    const range = groupSubject(block, sentence.from, at);
    if (range === null) return null;
    const tokens = block.tokens.slice(range[0], range[1]).filter((t) => t.isWord);
    return resolvePhrase(this.ctx, tokens, block.text);
  }

  /** The group noted for "they" in the sentence before, resolved as a phrase. */
  private pendingGroupEntity(): EntityState | null {
    const p = this.pendingGroup.take(this.tick, Math.max(this.thingTick, this.personTick));
    return p === null ? null : resolvePhrase(this.ctx, p.tokens, p.text);
  }

  /**
   * The named subject noted for "it", resolved, if it is still fresh and a body, not a person: a
   * body just named as a subject is what "it" continues, before an older body that spoke.
   */
  private pendingNameEntity(): EntityState | null {
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
  private pendingThingEntity(): EntityState | null {
    const p = this.pendingThing.take(this.tick, this.thingTick);
    if (p === null) return null;
    return resolvePhrase(this.ctx, p.tokens, p.text);
  }
}
