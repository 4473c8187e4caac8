/**
 * Stage 6d: when and where the speaker acted, after a phrase claim. "criticised Jones following
 * his defeat", "called for talks while remaining firm": a claim with no verb of its own ends where
 * a time preposition or "while" with an -ing verb starts saying when or how the speaker acted;
 * "... on the club's Facebook page" says where it appeared.
 */
import type { BlockModel } from '../1-text/model';
import type { Tag } from '../lexicon/pos';
import { lazySet } from '../lexicon/lazy';
import { isQuoteMark, type Range } from './clause';
import { MEDIUM_NOUNS } from '../lexicon/phrases';

/** Determiners that open an occasion or medium phrase ("his address", "a recent episode"). */
export const OWNERS = lazySet(() => ['his', 'her', 'their', 'its', 'a', 'an', 'the']);
/** How far after its determiner a medium phrase's head may come. */
const HEAD_REACH = 5;

/** Prepositions that open the occasion of the act ("following his win", "amid protests"). */
const OCCASION_PREPS = lazySet(() => ['amid', 'amidst', 'following']);

/**
 * The phrase claim in `r` of the cue at `cue`, cut before the time of the act (unchanged for a
 * clause claim). "will defend her budget following the protests": a verb under an auxiliary is
 * not yet an act, so no time of acting follows its object.
 */
export function cutActTail(block: BlockModel, r: Range, cue: number): Range {
  if (block.tags[cue - 1] === 'aux') return r;
  for (let i = r.from + 1; i < r.to - 1; i += 1) {
    const tag = block.tags[i];
    // A verb before any link: the claim is a clause, and what follows may belong to it.
    if (tag === 'verb' || tag === 'aux') return r;
    if (block.quoted[i] === true) continue;
    const word = block.tokens[i]?.lower ?? '';
    if (OCCASION_PREPS.has(word) && tag === 'prep') return { from: r.from, to: i };
    const next = block.tokens[i + 1];
    const gerund = block.tags[i + 1] === 'verb' && next?.lower.endsWith('ing') === true;
    if (word === 'while' && gerund) return { from: r.from, to: i };
  }
  return r;
}

/** Tags inside a medium phrase ("the club's official Facebook page", "a recent episode of"). */
const MEDIUM_TAGS = lazySet<Tag>(() => ['det', 'poss', 'adj', 'noun', 'name', 'num', 'time']);

/**
 * "... on the club's Facebook page.", "... on a recent episode of her podcast": after "on", a
 * determined phrase headed by a medium that closes the claim says where it appeared, not what
 * was said. Its head comes within a few words; an "of" phrase after the head may follow it.
 */
export function closingMedium(block: BlockModel, from: number, to: number): boolean {
  if (!OWNERS.has(block.tokens[from]?.lower ?? '')) return false;
  let head = false;
  for (let k = from + 1; k < to; k += 1) {
    const w = block.tokens[k];
    if (w === undefined) return false;
    // A quoted title ("an episode of “Nightline.”") is part of the phrase.
    if (isQuoteMark(block, k)) continue;
    if (!w.isWord) return head && onlyClosers(block, k, to);
    if (block.quoted[k] === true) continue;
    if (MEDIUM_NOUNS.has(w.lower) && k < from + HEAD_REACH) head = true;
    else if (w.lower === 'of' && head) continue;
    else if (!MEDIUM_TAGS.has(block.tags[k] ?? 'punct')) return false;
  }
  return head;
}

/** Only closing punctuation (or quote marks) from `k` to `to`. */
function onlyClosers(block: BlockModel, k: number, to: number): boolean {
  for (let m = k; m < to; m += 1) if (block.tokens[m]?.isWord === true) return false;
  return true;
}
