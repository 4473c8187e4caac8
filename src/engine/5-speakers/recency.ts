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
import { singular } from './antecedent';
import type { EntityState } from './entity-store';
import { NO_ONE } from './people';
import { isAcronym } from './name-words';
import { describesOne } from './described-one';
import type { CharSpan } from './sentence-mentions';
import { lazySet } from '../lexicon/lazy';
import { pairSubject } from './pair-subject';
import type { Token } from '../1-text/tokenize';
import { endsLikeProse, loneSpeakerIsPerson } from './speaker-evidence';
import { RecencyState } from './recency-state';

const PERSON_PRONOUNS = lazySet(() => ['he', 'she', 'his', 'her', 'i']);
/** How many speakers other than people `recentOfType` remembers. */
const SPOKE_LATELY = 8;

/** The antecedents a pronoun can take, aged by sentence. */
export class Recency extends RecencyState {
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
}
