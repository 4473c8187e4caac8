/**
 * Stage 6b: a "that" after the phrase where or to whom the words were said — "said in front of the
 * staff that ...", "said at a meeting of the board that ...", "told a room full of engineers that
 * ..." — opens the claim. The phrase is made only of noun-phrase and preposition words; a verb
 * right after "that" makes it a relative clause on the phrase ("the meeting that was held").
 */
import type { BlockModel } from '../1-text/model';
import type { Tag } from '../lexicon/pos';
import { lazySet } from '../lexicon/lazy';
import { CLAIM_NOUNS, COMPLEMENT_NOUNS } from '../lexicon/claims';
import { TIME_WORDS } from '../lexicon/words';

/** Tags of the words a place, occasion or audience phrase is made of. */
const PHRASE_TAGS = lazySet<Tag>(() => ['det', 'poss', 'adj', 'noun', 'name', 'num', 'prep']);
/** Tags after "that" that make it a relative pronoun rather than the claim's opening. */
const RELATIVE_NEXT = lazySet<Tag>(() => ['verb', 'aux']);
/** Longest phrase walked, in tokens. */
const MAX_PHRASE = 10;

/**
 * The index of the "that" ending a phrase that opens at `k` — with a preposition after any verb
 * ("said in front of ..."), or with a noun phrase after "tell" (its audience) — else -1.
 */
export function thatAfterPhrase(
  block: BlockModel,
  k: number,
  ceiling: number,
  audience: boolean,
): number {
  const opener = block.tags[k];
  if (opener !== 'prep' && !(audience && opener !== undefined && PHRASE_TAGS.has(opener)))
    return -1;
  for (let m = k + 1; m < Math.min(ceiling - 1, k + MAX_PHRASE); m += 1) {
    const t = block.tokens[m];
    if (t === undefined || block.quoted[m] === true) return -1;
    if (t.lower === 'that') {
      const next = block.tags[m + 1];
      if (next !== undefined && RELATIVE_NEXT.has(next)) return -1;
      // "evidence that ...": the clause completes the claim noun, not the verb.
      const noun = block.tokens[m - 1]?.lower ?? '';
      if (CLAIM_NOUNS.has(noun) || COMPLEMENT_NOUNS.has(noun)) return -1;
      return demonstrative(block, m) || objectGap(block, m + 1, ceiling) ? -1 : m;
    }
    const tag = block.tags[m];
    if (!t.isWord || tag === undefined || !PHRASE_TAGS.has(tag)) return -1;
  }
  return -1;
}

/** Words scanned for the relative clause's verb. */
const MAX_SUBJECT = 6;

/**
 * "the role that Glasgow plays in her life", "the hold that Putin has kept over politics": a
 * clause after "that" whose verb is followed straight by a preposition lacks its object — the
 * noun before "that" is that object, so "that" opens a relative clause, not a claim.
 */
function objectGap(block: BlockModel, from: number, ceiling: number): boolean {
  for (let m = from; m < Math.min(ceiling, from + MAX_SUBJECT); m += 1) {
    if (block.quoted[m] === true) return false;
    if (block.tags[m] !== 'verb') continue;
    return block.tags[m + 1] === 'prep' && block.tokens[m + 1]?.lower !== 'to';
  }
  return false;
}

/**
 * "wrote down that night", "expressed concern about that agenda.": "that" determines the noun
 * after it — a time word, or a noun that closes the sentence or clause.
 */
function demonstrative(block: BlockModel, that: number): boolean {
  const noun = block.tokens[that + 1];
  if (noun === undefined || block.tags[that + 1] !== 'noun') return false;
  if (TIME_WORDS.has(noun.lower)) return true;
  const after = block.tokens[that + 2];
  return after === undefined || !after.isWord;
}
