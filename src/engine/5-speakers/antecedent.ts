/**
 * Stage 7c: antecedents for "it" and "they" that were never speakers. "The study is published in
 * the journal ... It found that ...": the subject of an earlier sentence whose head is a document
 * or an institution is what a later "it" reports through.
 */
import { isSpeechPlural, typeFromHead } from '../lexicon/sources';
import { DETERMINERS } from '../lexicon/words';
import { CLOSED_CLASS } from '../lexicon/pos';
import type { Entity } from '../types';
import type { BlockModel } from '../1-text/model';
import type { Token } from '../1-text/tokenize';
import { lazySet } from '../lexicon/lazy';
import { endsWithText } from '../1-text/word-end';

const REACH = 6;
const THING_TYPES = lazySet(() => ['document', 'organization', 'government', 'media']);

/**
 * The token range `[from, to)` of a sentence-initial noun phrase headed by a document or
 * institution noun ("The study", "A new report by the OECD"), or null.
 */
export function thingSubject(block: BlockModel, from: number, to: number): [number, number] | null {
  const first = block.tokens[from];
  if (first === undefined || !first.isWord || !DETERMINERS.has(first.lower)) return null;
  for (let k = from + 1; k < Math.min(to, from + REACH); k += 1) {
    const t = block.tokens[k];
    if (t === undefined || !t.isWord || block.quoted[k] === true) return null;
    const type = typeFromHead(t.lower);
    if (type !== null && THING_TYPES.has(type)) {
      const next = block.tokens[k + 1];
      // "The study authors", "the report's findings": the head continues; not this phrase.
      if (next !== undefined && next.isWord && typeFromHead(next.lower) !== null) return null;
      return [from, k + 1];
    }
  }
  return null;
}

/** How many sentences a noted subject stays available to a later "it". */
const FRESH = 3;

/** Which subject a pending antecedent notes, and for how many sentences after it it may be taken. */
interface PendingRule {
  find: (block: BlockModel, from: number, to: number) => [number, number] | null;
  /** The youngest and oldest age, in sentences, at which the subject may be taken. */
  minAge: number;
  maxAge: number;
  /** Taken at most once ("it"), or by every pronoun of its sentence ("they ... they"). */
  once: boolean;
  /** Does the sentence carry the noted subject on ("They knew ...") and keep it fresh? */
  continues?: (block: BlockModel, from: number, to: number) => boolean;
}

/** The last sentence subject a later pronoun could take up: noted per sentence. */
export class PendingSubject {
  private pending: { tokens: Token[]; text: string; tick: number } | null = null;

  constructor(private readonly rule: PendingRule) {}

  /** Note the subject of the sentence at tokens `[from, to)`, if the rule finds one; found? */
  note(block: BlockModel, from: number, to: number, tick: number): boolean {
    const range = this.rule.find(block, from, to);
    if (range === null) {
      // "Scientists ... They knew ... Years ago, they found": a pronoun subject carries it on.
      const p = this.pending;
      if (p !== null && p.tick === tick - 1 && this.rule.continues?.(block, from, to) === true)
        p.tick = tick;
      return false;
    }
    const tokens = block.tokens.slice(range[0], range[1]).filter((t) => t.isWord);
    this.pending = { tokens, text: block.text, tick };
    return true;
  }

  /** The sentence the noted subject is from, or -1 when none is noted. */
  get notedAt(): number {
    return this.pending?.tick ?? -1;
  }

  /** Forget the noted subject: a newer one of another kind replaced it. */
  clear(): void {
    this.pending = null;
  }

  /** The noted subject if it is no older than `since` (what spoke last) and of an age taken. */
  take(tick: number, since: number): { tokens: Token[]; text: string } | null {
    const p = this.pending;
    const age = tick - (p?.tick ?? 0);
    if (p === null || p.tick < since || age < this.rule.minAge || age > this.rule.maxAge)
      return null;
    if (this.rule.once) this.pending = null;
    return p;
  }
}

/** "The study ... It found": a document or institution subject, fresh for `FRESH` sentences. */
export const pendingThing = (): PendingSubject =>
  new PendingSubject({ find: thingSubject, minAge: 0, maxAge: FRESH, once: true });

/** How many capitalised words a named subject may run to ("the" aside): "Acme Space Systems Inc". */
const NAME_REACH = 5;
/** How many adverbs may stand between a named subject and its verb ("Acme later withdrew"). */
const ADVERB_REACH = 2;

/**
 * "Acme later withdrew its staff. It has since said ...": the token range of a sentence-initial
 * name (capitalised words, no closed-class word such as "It" or "But") that a verb follows, for a
 * later "it"; null when there is none. Whether the name is a body that "it" can take up (not a
 * person) is decided when the name is resolved.
 */
export function nameSubject(block: BlockModel, from: number, to: number): [number, number] | null {
  let k = from;
  while (k < Math.min(to, from + NAME_REACH)) {
    const t = block.tokens[k];
    if (t === undefined || !t.isWord || !t.cap || block.quoted[k] === true) break;
    if (CLOSED_CLASS.has(t.lower)) return null;
    k += 1;
  }
  // "Administrators can ...": a sentence's first word is a name only if no common word.
  if (k === from || block.tags[from] !== 'name') return null;
  let v = appositiveEnd(block, k, to);
  while (v < Math.min(to, k + ADVERB_REACH) && block.tags[v] === 'adv') v += 1;
  const tag = block.tags[v];
  return tag === 'verb' || tag === 'aux' ? [from, k] : null;
}

/** Most tokens of an appositive between a named subject and its verb. */
const APPOSITIVE_REACH = 20;
/** Words that open an appositive describing the name before it ("the movement which ..."). */
const APPOSITIVE_OPENERS = lazySet(() => ['the', 'a', 'an', 'which', 'who']);

/**
 * "Acme, the firm which built the bridge, has said": the token after the comma closing an
 * appositive that opens at token `k` (a comma), else `k`.
 */
function appositiveEnd(block: BlockModel, k: number, to: number): number {
  if (block.tokens[k]?.text !== ',' || block.quoted[k] === true) return k;
  if (!APPOSITIVE_OPENERS.has(block.tokens[k + 1]?.lower ?? '')) return k;
  for (let c = k + 2; c < Math.min(to, k + APPOSITIVE_REACH); c += 1) {
    if (block.quoted[c] === true) return k;
    if (block.tokens[c]?.text === ',') return c + 1;
  }
  return k;
}

/** "Acme withdrew ... It said": a named subject, taken by an "it" in the next two sentences. */
export const pendingName = (): PendingSubject =>
  new PendingSubject({ find: nameSubject, minAge: 0, maxAge: 2, once: true });

/** Tags a people noun's modifiers carry ("Canadian health authorities", "a team of French ..."). */
const GROUP_MODIFIER_TAGS = lazySet(() => ['det', 'adj', 'noun', 'num', 'name']);
/** Tags a subject's post-modifier may carry before its verb ("researchers at the University"). */
const POST_MODIFIER_TAGS = lazySet(() => ['prep', 'det', 'adj', 'noun', 'num', 'name', 'punct']);
/** How far a group's verb may follow its head: past "at the University of Georgia (UGA)". */
const VERB_REACH = 10;

/** Is the word at `k` a plural noun for people no name identifies ("researchers", "authorities")? */
function peopleHead(block: BlockModel, k: number, from: number): boolean {
  const t = block.tokens[k];
  // "Scientists have long thought": a capital opening the sentence is no name's.
  if (t === undefined || (t.cap && k > from) || !t.isWord || block.quoted[k] === true) return false;
  if (!endsWithText(t.lower, 's') || !PEOPLE_GROUP_TYPES.has(typeFromHead(t.lower) ?? 'unknown'))
    return false;
  return !isSpeechPlural(t.lower);
}
const PEOPLE_GROUP_TYPES = lazySet(() => ['anonymous', 'government']);

/** Tags of a word no clause's subject follows: a preposition, a verb or copula, a possessive. */
const NOT_BEFORE_SUBJECT = lazySet(() => ['prep', 'verb', 'aux', 'poss']);

/** Does a verb follow the head at `head` within reach, across a post-modifier or an aside only? */
function verbFollows(block: BlockModel, head: number, to: number): boolean {
  for (let k = head + 1; k < Math.min(to, head + 1 + VERB_REACH); k += 1) {
    const tag = block.tags[k];
    if (tag === 'verb' || tag === 'aux') return true;
    const text = block.tokens[k]?.text;
    const bracket = text === '(' || text === ')';
    if (block.quoted[k] === true || !POST_MODIFIER_TAGS.has(tag ?? 'punct')) return false;
    if (text === ',') return verbAfterAside(block, k, to);
    if (tag === 'punct' && !bracket) return false;
  }
  return false;
}

/** Most tokens of an aside between a group and its verb ("researchers, with a team from X, have"). */
const ASIDE_REACH = 16;

/** Does the aside opening at the comma `comma` close on a comma that its verb follows? */
function verbAfterAside(block: BlockModel, comma: number, to: number): boolean {
  for (let c = comma + 1; c < Math.min(to, comma + ASIDE_REACH); c += 1) {
    if (block.quoted[c] === true) return false;
    if (block.tokens[c]?.text !== ',') continue;
    const tag = block.tags[c + 1];
    return tag === 'verb' || tag === 'aux';
  }
  return false;
}

/**
 * "In a new report, researchers at the university looked ...": the token range of the last plural
 * people noun phrase in the sentence `[from, to)` that is a clause's subject (a verb follows it),
 * for a later "they"; null when there is none.
 */
export function groupSubject(block: BlockModel, from: number, to: number): [number, number] | null {
  for (let k = to - 1; k >= from; k -= 1) {
    if (!peopleHead(block, k, from) || !verbFollows(block, k, to)) continue;
    let start = k;
    while (start > from && GROUP_MODIFIER_TAGS.has(block.tags[start - 1] ?? 'punct')) start -= 1;
    // "the arm of researchers", "asked officials": an object, not a subject; "were the first
    // researchers": a complement; "Roe and her colleagues": a named person's group, which the
    // memory of people holds.
    const before = block.tags[start - 1];
    const joined = block.tokens[start - 1]?.lower === 'and';
    if (start > from && (NOT_BEFORE_SUBJECT.has(before ?? 'punct') || joined)) return null;
    return [start, k + 1];
  }
  return null;
}

/** Does the sentence open on "They" and its verb, carrying on the group before? */
export function theyOpens(block: BlockModel, from: number): boolean {
  const tag = block.tags[from + 1];
  return (
    block.tokens[from]?.lower === 'they' &&
    block.quoted[from] !== true &&
    (tag === 'verb' || tag === 'aux' || tag === 'adv')
  );
}

/** "Researchers ... looked. They believe": a group of people, the subject of the sentence before. */
export const pendingGroup = (): PendingSubject =>
  new PendingSubject({
    find: groupSubject,
    minAge: 1,
    maxAge: 1,
    once: false,
    continues: (block, from) => theyOpens(block, from),
  });

/**
 * `e` unless it is an unnamed group of people ("officials", "executives of both companies"): "it"
 * reports through one body or document, never through several people.
 */
export function singular<E extends Entity>(e: E | null): E | null {
  return e !== null && e.type === 'anonymous' && pluralHead(e.name.toLowerCase()) ? null : e;
}

/**
 * Is the head of a lower-cased phrase a plural: its last word, or the word before its first
 * preposition ("executives of both companies")? A plural ends in "s", but not "ss", "us" or "is".
 */
export function pluralHead(phrase: string): boolean {
  const words = phrase.split(' ');
  const cut = words.findIndex((w) => CLOSED_CLASS.get(w) === 'prep');
  const head = (cut > 0 ? words[cut - 1] : words[words.length - 1]) ?? '';
  return head.length > 3 && head.endsWith('s') && !/(?:ss|us|is)$/.test(head);
}
