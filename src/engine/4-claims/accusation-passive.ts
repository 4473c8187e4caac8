/**
 * Stage 6d, charges and verdicts in an agentless main-clause passive: "The party was accused
 * Wednesday of trying to deceive voters", "Navalny was found guilty of heading a group that ...",
 * "The firm was also charged with conspiring to rig bids". The accusers (or the court) hold what
 * the subject is said to have done: the gerund phrase after "of" / "with". Only a gerund: "was
 * charged with two counts of fraud" names the charge sheet, a fact of procedure, not a claim. Not
 * in a relative clause ("the government, which was accused of ...": the author's background).
 */
import type { RawAttribution } from './content';
import { hedgedRecord } from './hedged-record';
import type { BlockModel } from '../1-text/model';
import type { Sentence } from '../1-text/sentences';
import { ACCUSATION_PASSIVES } from '../lexicon/frames';
import { lazySet } from '../lexicon/lazy';
import { inClass, tokenClass } from '../lexicon/token-classes';

/** `ACCUSATION_PASSIVES` as a token's bit: `accusationPassive` asks it of every token. */
const ACCUSATION_CLASS = tokenClass(ACCUSATION_PASSIVES);

/** Be-forms of the passive ("is", "have been", "was later"). */
const BE = lazySet(() => ['is', 'are', 'was', 'were', 'been', 'being']);
/** Words that open a clause in which the passive is background or hypothesis, not a report. */
// prettier-ignore
const OPENERS = lazySet(() => ['who', 'which', 'that', 'whom', 'whose', 'if', 'unless', 'whether']);
/** "-ing" words that are no gerund. */
const NOT_GERUNDS = lazySet(() => ['something', 'anything', 'nothing', 'everything', 'during']);
/** Marks that end the charge outside brackets. */
const BREAKS = lazySet(() => [';', ':', '\u2014', '\u2013']);
/** Words that, after a comma, open the author's own clause or aside. */
const AFTER_COMMA = lazySet(() => [
  'and',
  'but',
  'while',
  'which',
  'who',
  'whose',
  'as',
  'a',
  'an',
]);
/** Longest adjunct between the participle and its preposition ("Wednesday", "in 2009"). */
const MAX_ADJUNCT = 3;
const MIN_WORDS = 3;

/** The be-form right before `p` (one adverb may stand between), or -1. */
function beBefore(block: BlockModel, s: Sentence, p: number): number {
  let k = p - 1;
  if (block.tags[k] === 'adv') k -= 1;
  return k >= s.from && BE.has(block.tokens[k]?.lower ?? '') ? k : -1;
}

/** The preposition `prep` within a short unpunctuated adjunct after `p`, or -1. */
function prepAfter(block: BlockModel, s: Sentence, p: number, prep: string): number {
  for (let k = p + 1; k < Math.min(s.to, p + 2 + MAX_ADJUNCT); k += 1) {
    const lower = block.tokens[k]?.lower ?? '';
    if (lower === prep) return k;
    if (block.tokens[k]?.isWord !== true || lower === 'by' || block.quoted[k] === true) return -1;
  }
  return -1;
}

/** Is the token at `i` a gerund ("trying", "conspiring")? */
function isGerund(block: BlockModel, i: number): boolean {
  const t = block.tokens[i];
  if (t === undefined || !t.isWord || t.cap || block.quoted[i] === true) return false;
  return t.lower.length > 4 && t.lower.endsWith('ing') && !NOT_GERUNDS.has(t.lower);
}

/** Is any word before `to` in the sentence one that opens a relative or conditional clause? */
function subordinate(block: BlockModel, s: Sentence, to: number): boolean {
  for (let k = s.from; k < to; k += 1)
    if (block.quoted[k] !== true && OPENERS.has(block.tokens[k]?.lower ?? '')) return true;
  return false;
}

/** Where the charge from `from` ends: a break or a clause-opening comma outside brackets (also a plea's, plea.ts). */
export function chargeEnd(block: BlockModel, s: Sentence, from: number): number {
  let depth = 0;
  for (let k = from; k < s.to; k += 1) {
    const text = block.tokens[k]?.text ?? '';
    if (block.quoted[k] === true) continue;
    if (text === '(' || text === '[') depth += 1;
    else if ((text === ')' || text === ']') && depth > 0) depth -= 1;
    else if (depth === 0 && BREAKS.has(text)) return k;
    else if (depth === 0 && text === ',' && AFTER_COMMA.has(block.tokens[k + 1]?.lower ?? ''))
      return k;
  }
  return s.to;
}

/** The charge-passive record of one sentence, or null (at most one: the first). */
export function accusationPassive(block: BlockModel, s: Sentence): RawAttribution | null {
  for (let p = s.from + 2; p < s.to - 2; p += 1) {
    if (!inClass(block.tokens[p], ACCUSATION_CLASS)) continue;
    const word = block.tokens[p]?.lower ?? '';
    const frame = ACCUSATION_PASSIVES.get(word);
    if (frame === undefined || block.quoted[p] === true) continue;
    // "was found guilty of": the verdict adjective after its participle.
    const head = word === 'guilty' ? p - 1 : p;
    if (word === 'guilty' && block.tokens[head]?.lower !== 'found') continue;
    const be = beBefore(block, s, head);
    const prep = be < 0 ? -1 : prepAfter(block, s, p, frame.prep);
    if (prep < 0 || !isGerund(block, prep + 1) || subordinate(block, s, be)) continue;
    const range = { from: prep + 1, to: chargeEnd(block, s, prep + 1) };
    const hedge = {
      from: be,
      to: prep + 1,
      lemma: `is ${word} ${frame.prep}`,
      form: 'verb',
    } as const;
    return hedgedRecord(block, range, { ...hedge, source: frame.source }, MIN_WORDS);
  }
  return null;
}
