/**
 * Stage 7: the paragraph after a colon-ended cue. Press statements, live blogs and data reports
 * print "Ann Lee, the mayor, said:" or "The survey also reveals:" as a block of its own and the
 * statement, without quotation marks, as the next block. The cue sentence has no claim of its own:
 * it hands its claim to that block. The helpers here decide which blocks take it and how they are
 * cut; `article.ts` keeps the run across blocks.
 */
import type { BlockModel } from '../1-text/model';
import type { Sentence } from '../1-text/sentences';
import { kindOf, trimContent, wordCount } from '../4-claims/clause';
import { rawOver } from '../4-claims/content';
import type { RawAttribution } from '../4-claims/patterns';
import { isProse } from '../2-quotes/continuation';
import { isTitleCase } from '../3-cues/title-case';
import { findCues } from '../3-cues/cues';
import { FIRST_PERSON_WORDS } from '../lexicon/grammatical-person';
import { lazySet } from '../lexicon/lazy';
import { WH_WORDS } from '../lexicon/words';

/** A flattened list has at least this many sentences ... */
const LIST_SENTENCES = 3;
/** ... of at most this many words on average ("Pages contain 862 DOM elements."). */
const LIST_WORDS = 14;

/**
 * A list the extractor flattened into one paragraph of short sentences: each sentence is an item
 * of its own, so each is a claim of its own; a statement paragraph is one claim.
 */
export function isFlattenedList(block: BlockModel): boolean {
  const n = block.sentences.length;
  if (n < LIST_SENTENCES) return false;
  const words = wordCount(block, { from: 0, to: block.tokens.length });
  return words <= n * LIST_WORDS;
}

/** Final punctuation a prose block ends with (a closing quote or bracket may follow it). */
const PROSE_END = /[.!?…][\s"'\u201d\u2019)\]]*$/u;

/**
 * May this block be the claim of the colon cue just before it? A prose paragraph that opens
 * unquoted (a quoted one is the quote path's) and is no heading: not title case, ended by final
 * punctuation. A later block of the run must also speak in the first person ("We stand ready"),
 * or the author has taken the word back.
 */
export function takesColonClaim(block: BlockModel, first: boolean): boolean {
  if (block.kind !== 'paragraph' || block.quoted[0] === true) return false;
  const s = block.sentences[0];
  if (s === undefined || !PROSE_END.test(block.text.trimEnd())) return false;
  if (isTitleCase(block, s) || !isProse(block, 0, block.tokens.length)) return false;
  return first || speaksInFirstPerson(block);
}

/** Does an unquoted word of the block speak in the first person ("I", "our")? */
function speaksInFirstPerson(block: BlockModel): boolean {
  return block.tokens.some(
    (t, i) => t.isWord && block.quoted[i] !== true && FIRST_PERSON_WORDS.has(t.lower),
  );
}

/**
 * Does the sentence open on a third-person pronoun ("He was born in 1960.")? Then the author is
 * talking about someone, not relaying their words: the run ends.
 */
export function opensInThirdPerson(block: BlockModel, s: Sentence): boolean {
  return THIRD_PERSON_OPENERS.has(block.tokens[s.from]?.lower ?? '');
}

/** Third-person words a sentence about someone opens on. */
const THIRD_PERSON_OPENERS = lazySet(() => ['he', 'she', 'they', 'his', 'her', 'their']);

/**
 * Does the colon-ended sentence leave its cue's claim to what follows? "Climate Central shows who
 * would be affected:" has its object already, a question clause after the verb: what follows
 * illustrates it (a map, the author's gloss) and is not the source's claim. With no cue at all
 * ("Here is what we know:") it hands on nothing either.
 */
export function handsOnClaim(block: BlockModel, s: Sentence): boolean {
  const cues = findCues(block, s);
  const last = cues[cues.length - 1];
  if (last === undefined) return false;
  for (let i = last.to; i < s.to; i += 1)
    if (block.quoted[i] !== true && WH_WORDS.has(block.tokens[i]?.lower ?? '')) return false;
  return true;
}

/** The sentence as a cue-less claim of the header's speaker, or null when too short. */
export function colonClaim(block: BlockModel, s: Sentence): RawAttribution | null {
  const range = trimContent(block, s);
  if (wordCount(block, range) < 2) return null;
  return rawOver(block, range, {
    kind: kindOf(block, range),
    cue: null,
    speaker: { kind: 'previous' },
    clause: { from: s.from, to: s.from },
    confidence: 0.5,
  });
}
