/**
 * Stage 6g: where the source of "according to" ends. Documents and data are often named with a
 * post-modifier — "according to data released by the ministry in August", "according to a paper
 * published in Nature on Monday", "according to evidence presented at trial", "according to the
 * Centre for Disease Control (CDC) in the US" — and the speaker scan stops at the participle, so
 * without this the rest of the source phrase is taken for the claim.
 */
import type { BlockModel } from '../1-text/model';
import { opensTaggedClause, taggedPhraseEnd } from '../5-speakers/phrase-end';
import type { Tag } from '../lexicon/pos';
import { speakerRight, type NounPhrase } from '../5-speakers/phrase';
import { lazySet } from '../lexicon/lazy';
import type { Sentence } from '../1-text/sentences';
import type { VerbInfo } from '../lexicon/verbs';
import { kindOf, trimContent } from './clause';
import { rawOver, type RawAttribution } from './content';
import { namedAfter } from './named-after';
import { relativeAsideEnd } from './according-relative';
import { credentialEnd, isRegion } from '../5-speakers/designation';
import { articleRestarts } from '../5-speakers/phrase-restart';

/** Irregular past participles that open a post-modifier ("a study done by", "data given to"). */
// prettier-ignore
const PARTICIPLES = lazySet(() => [
  'done', 'made', 'given', 'seen', 'shown', 'written', 'held', 'taken', 'sent', 'brought', 'led',
  'put', 'run', 'set', 'cited', 'quoted',
]);
/** Prepositions that continue a source phrase ("the CDC in the US", "a report from 2019"). */
const SOURCE_PREPS = lazySet(() => ['in', 'at', 'from', 'of', 'on', 'by', 'for', 'with']);
const MAX_MODIFIER = 14;
const STOPS = lazySet(() => [',', ';', ':', '\u2014']);

/** Does a post-modifier of the source open at token `k`? */
function opensModifier(block: BlockModel, k: number): boolean {
  const t = block.tokens[k];
  if (t === undefined || block.quoted[k] === true) return false;
  if (t.text === '(') return true;
  if (block.tags[k] === 'prep') return SOURCE_PREPS.has(t.lower);
  const participle = t.lower.endsWith('ed') || PARTICIPLES.has(t.lower);
  return block.tags[k] === 'verb' && participle;
}

/**
 * The end (exclusive) of the source phrase of "according to" whose speaker scan stopped at `to`:
 * past a post-modifier that runs to a comma or the sentence end, else `to` itself.
 */
export function sourcePhraseEnd(block: BlockModel, to: number, ceiling: number): number {
  const past = credentialEnd(block, to, ceiling);
  if (past > to) {
    if (block.tokens[past]?.text !== ',') return past;
    const after = modifiedEnd(block, past + 1, ceiling);
    return after > past + 1 ? renamingEnd(block, after, ceiling) : past;
  }
  const end = modifiedEnd(block, to, ceiling);
  return renamingEnd(block, end, ceiling);
}

function modifiedEnd(block: BlockModel, to: number, ceiling: number): number {
  const aside = dashedAsideEnd(block, to, ceiling);
  if (aside > to) return aside;
  const relative = relativeAsideEnd(block, to, ceiling);
  if (relative > to) return relative;
  if (!opensModifier(block, to)) return to;
  for (let k = to + 1; k <= Math.min(ceiling, to + MAX_MODIFIER); k += 1) {
    if (k === ceiling) return k;
    const t = block.tokens[k];
    if (t === undefined || block.quoted[k] === true) return to;
    if (STOPS.has(t.text)) return k;
    // The sentence's own end mark closes a trailing source ("..., according to data released").
    if (t.text === '.' && k === ceiling - 1) return k;
  }
  return to;
}

/** Tags a renaming noun phrase is made of: "the Lakeside Daily Herald", "the city's oldest paper". */
const PHRASE_TAGS = lazySet<Tag>(() => ['det', 'poss', 'name', 'noun', 'adj', 'num']);
const MAX_RENAMING = 18;

/**
 * "according to the Courier, the Lakeside Herald." / "According to the Courier, the city's oldest
 * paper, the bridge ...": a noun phrase set off by a comma right after the source renames it —
 * when it closes the sentence, or a comma closes it before a clause. The end after it, else `to`.
 */
function renamingEnd(block: BlockModel, to: number, ceiling: number): number {
  if (block.tokens[to]?.text !== ',' || !PHRASE_TAGS.has(block.tags[to + 1] ?? 'punct')) return to;
  for (let k = to + 1; k < Math.min(ceiling, to + 2 + MAX_RENAMING); k += 1) {
    const t = block.tokens[k];
    if (t === undefined || block.quoted[k] === true) return to;
    // "According to Ann Lee, professor of botany at Tarn University:" — the claim follows the colon.
    if ((t.text === '.' || t.text === ':') && k === ceiling - 1) return k;
    // "..., professor of botany, and co-author of the paper": a second renaming joined by "and".
    if (t.text === ',' && block.tokens[k + 1]?.lower === 'and' && k > to + 1) {
      if (PHRASE_TAGS.has(block.tags[k + 2] ?? 'punct')) {
        k += 1;
        continue;
      }
    }
    // "a researcher at a lab in Cambridge, Mass., the ...": a state after its city stays inside.
    const state = t.text === ',' ? regionAfter(block, k, ceiling) : -1;
    if (state > 0) {
      k = state - 1;
      continue;
    }
    // "The results, according to Ann Lee, deputy director of X, were mixed": in a claim that
    // the source interrupts, the predicate's auxiliary follows the renaming's closing comma.
    if (t.text === ',') return k > to + 1 && clauseGoesOn(block, k + 1, ceiling) ? k + 1 : to;
    // "'s" and a hyphen join the phrase's words; any other mark or a verb ends the renaming.
    if (!t.isWord && !/^['\u2019-]/.test(t.text)) return to;
    // "a facility of the National Science Foundation": a preposition inside the renaming.
    const inner = block.tags[k] === 'prep' && k > to + 1;
    if (t.isWord && !inner && !PHRASE_TAGS.has(block.tags[k] ?? 'punct')) return to;
  }
  return ceiling <= to + 2 + MAX_RENAMING ? ceiling : to;
}

/** Does the claim go on at `k`: a clause of its own, or the interrupted claim's predicate? */
function clauseGoesOn(block: BlockModel, k: number, ceiling: number): boolean {
  return (
    opensTaggedClause(block, k, ceiling) || (block.tags[k] === 'aux' && block.quoted[k] !== true)
  );
}

/** Where the comma closing a state or country set off after the comma at `k` sits, or -1. */
function regionAfter(block: BlockModel, k: number, ceiling: number): number {
  if (block.tokens[k - 1]?.cap !== true) return -1;
  for (let j = k + 2; j < Math.min(ceiling, k + 5); j += 1)
    if (block.tokens[j]?.text === ',') return isRegion(block, k + 1, j) ? j : -1;
  return -1;
}

const DASHES = lazySet(() => ['\u2013', '\u2014']);
const RELATIVES = lazySet(() => ['which', 'who', 'whose', 'where']);

/**
 * "According to the entry forms – which are not public – that is not so": a relative clause set
 * off by a pair of dashes describes the source; the end after its closing dash, else `to`.
 */
function dashedAsideEnd(block: BlockModel, to: number, ceiling: number): number {
  const open = block.tokens[to]?.text ?? '';
  if (!DASHES.has(open) || !RELATIVES.has(block.tokens[to + 1]?.lower ?? '')) return to;
  for (let k = to + 2; k < Math.min(ceiling, to + MAX_MODIFIER); k += 1)
    if (block.tokens[k]?.text === open && block.quoted[k] !== true) return k + 1;
  return to;
}

/**
 * The source of "according to" at `from`: the speaker scan's phrase, or — since "according to"
 * takes any source, not only a speaker noun — the noun phrase by tags ("the change log", "his
 * aunt"). A name set off by commas after it is the source itself ("his aunt, Jane Starner,").
 */
export function accordingSource(
  block: BlockModel,
  from: number,
  ceiling: number,
): NounPhrase | null {
  let np = speakerRight(block, from, ceiling);
  // "according to some local elders the troops are ...": with no comma, an article opens the claim.
  const restart = np === null ? -1 : articleWithin(block, np);
  if (np !== null && restart > np.from) np = { ...np, to: restart };
  if (np === null) {
    const end = taggedPhraseEnd(block, from, ceiling);
    if (end === from || block.quoted[from] === true) return null;
    np = { from, to: end, appositive: null };
  }
  const name = namedAfter(block, np.to, ceiling);
  return name === null
    ? joined(block, np, ceiling)
    : { from: name.from, to: name.to, appositive: np };
}

/**
 * "according to attendees and speakers, ...", "according to Ann Lee and Bo Chen, ...": a second
 * phrase (named or not) joined by "and" or "or" that runs to a comma or the sentence end is part
 * of the same source, not the claim.
 */
function joined(block: BlockModel, np: NounPhrase, ceiling: number): NounPhrase {
  const link = block.tokens[np.to]?.lower;
  if (link !== 'and' && link !== 'or') return np;
  const end = taggedPhraseEnd(block, np.to + 1, ceiling);
  if (end === np.to + 1) return np;
  const next = block.tokens[end]?.text ?? '';
  return end === ceiling || STOPS.has(next) || (next === '.' && end === ceiling - 1)
    ? { ...np, to: end }
    : np;
}

/** "That's", "This is": a demonstrative and "be" that point back at the sentence before. */
const POINTERS = lazySet(() => ['that', 'this']);
const POINTER_VERBS = lazySet(() => ['is', 'was']);
const CONTRACTED = lazySet(() => ["that's", "this's"]);

/**
 * "Teens love the earbuds. That's according to a new survey.": a sentence that is only "That's
 * according to X" attributes the sentence before it in the paragraph to X.
 */
export function backReference(block: BlockModel, sentence: Sentence): RawAttribution | null {
  const first = (block.tokens[sentence.from]?.lower ?? '').replace('\u2019', "'");
  // "That's" is one token; "That is" two.
  const glued = CONTRACTED.has(first);
  const at = sentence.from + (glued ? 1 : 2);
  const be = block.tokens[sentence.from + 1]?.lower ?? '';
  if (!glued && !(POINTERS.has(first) && POINTER_VERBS.has(be))) return null;
  if (block.quoted[sentence.from] === true) return null;
  if (block.tokens[at]?.lower !== 'according' || block.tokens[at + 1]?.lower !== 'to') return null;
  const np = accordingSource(block, at + 2, sentence.to);
  const previous = block.sentences[block.sentences.indexOf(sentence) - 1];
  if (np === null || previous === undefined) return null;
  const end = sourcePhraseEnd(block, np.to, sentence.to);
  if (end < sentence.to - 1) return null;
  const content = trimContent(block, previous);
  return rawOver(block, content, {
    kind: kindOf(block, content),
    cue: { from: at, to: at + 2, info: ACCORDING, form: 'according' },
    speaker: { kind: 'phrase', block: block.index, np },
    clause: { from: at, to: end },
    confidence: 0.7,
  });
}

const ACCORDING: VerbInfo = { lemma: 'according to', class: 'neutral', complement: 'any' };

/** The first article inside `np` that opens a phrase of its own, or -1. */
function articleWithin(block: BlockModel, np: NounPhrase): number {
  for (let k = np.from + 1; k < np.to; k += 1) if (articleRestarts(block, k)) return k;
  return -1;
}
