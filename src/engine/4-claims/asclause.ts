/**
 * Stage 6e: the "As X says," frame. "As the authors explain, research shows ...", "As the report
 * states: '...'": an opening "As" clause with a reporting verb and a comma or colon attributes the
 * whole main clause that follows, whatever complement the verb usually takes.
 */
import type { Clause } from './content';
import type { CueHit } from '../3-cues/cues';
import { extendClause } from './extent';
import { pluralEnough } from '../3-cues/guards';
import type { BlockModel } from '../1-text/model';
import type { NounPhrase } from '../5-speakers/phrase';
import type { Sentence } from '../1-text/sentences';
import { lazySet } from '../lexicon/lazy';
import { isAdverbialOpener } from './openers';
import { venueFrameComma } from './as-venue';

/**
 * "As the authors explain, research shows ...", "As the report states: "...": an "As" clause with
 * a reporting verb and a comma or colon attributes the whole main clause. Without the comma it is
 * an ordinary subordinate clause ("As the company reported losses, shares fell"): no record.
 * Returns undefined when the sentence is not of this shape, null when it is but yields nothing.
 */
export function asFrame(
  block: BlockModel,
  sentence: Sentence,
  cue: CueHit,
  left: NounPhrase,
): Clause | null | undefined {
  // A capitalised "As" opening the sentence is read into the phrase; split it off again.
  const inside = block.tokens[left.from]?.lower === 'as' && left.to - left.from > 1;
  const as = inside ? left.from : left.from - 1;
  const np = inside ? { ...left, from: left.from + 1 } : left;
  const opener = block.tokens[as - 1]?.lower ?? '';
  // "For example, as Herbert notes, ...": an opening adverbial and its comma may come first.
  const afterOpener =
    as > sentence.from + 1 &&
    opener === ',' &&
    block.quoted[as - 1] !== true &&
    isAdverbialOpener(block, { from: sentence.from, to: as - 1 });
  const starts =
    as === sentence.from || (as === sentence.from + 1 && FRAME_LEADS.has(opener)) || afterOpener;
  if (block.tokens[as]?.lower === 'as' && !starts)
    return trailingFrame(block, sentence, cue, as, np);
  if (block.tokens[as]?.lower !== 'as' || !starts) return undefined;
  // "As a general rule, we ...": a singular phrase before a base form is a noun phrase, no clause.
  if (!pluralEnough(block, cue, np)) return null;
  const reach = extendClause(block, cue, sentence.to);
  // "As Ann Roe wrote in the Harbor Times in 2012, ...": past where and when it appeared.
  const venue = venueFrameComma(block, reach, sentence.to);
  const to = venue >= 0 ? venue : reach;
  const mark = block.tokens[to]?.text ?? '';
  if (mark !== ',' && mark !== ':') return null;
  return {
    cue,
    speaker: { kind: 'phrase', block: block.index, np },
    range: { from: as, to },
    side: 'after',
    framed: true,
  };
}

const FRAME_LEADS = lazySet(() => ['but', 'and', 'yet', 'so']);

/** Modals of advice and possibility: "as others should tell them" reports nothing said. */
const MODALS = lazySet(() => ['should', 'must', 'may', 'might', 'could', 'can', 'ought']);
/** Tags that open a predicate right after a medial "as" clause ("..., is rare"). */
const PREDICATE_TAGS = lazySet(() => ['verb', 'aux']);
/** "as its name suggests", "as the title implies": a word's meaning, not a source's claim. */
const NAMING_HEADS = lazySet(() => ['name', 'names', 'title', 'term', 'word', 'label']);

/** Words that leave a verb phrase open before a comma ("did not, as promised, act"). */
const OPEN_VERB_ENDS = lazySet(() => ['not', 'never', 'also', 'still']);

/** Does the clause before the comma at `comma` end on an auxiliary or its negation? */
function openVerbBefore(block: BlockModel, comma: number): boolean {
  const k = comma - 1;
  return block.tags[k] === 'aux' || OPEN_VERB_ENDS.has(block.tokens[k]?.lower ?? '');
}

/** Marks that close a sentence. */
const SENTENCE_ENDS = lazySet(() => ['.', '!', '?']);

/**
 * "We are stardust, as the singer Ann Roe put it.": an "as" clause with a reporting verb that
 * closes the sentence after a comma attributes the clause before it. Returns undefined when the
 * sentence is not of this shape.
 */
function trailingFrame(
  block: BlockModel,
  sentence: Sentence,
  cue: CueHit,
  as: number,
  np: NounPhrase,
): Clause | undefined {
  if (block.tokens[as - 1]?.text !== ',' || block.quoted[as - 1] === true) return undefined;
  if (as - 1 <= sentence.from || !pluralEnough(block, cue, np)) return undefined;
  // "as others should tell them": a modal makes it advice, not what was said.
  if (MODALS.has(block.tokens[cue.from - 1]?.lower ?? '')) return undefined;
  const to = extendClause(block, cue, sentence.to);
  const mark = block.tokens[to]?.text;
  // "HP, as the site explained, is a rare condition": a medial "as" clause in commas interrupts
  // the claim, which runs on both sides of it.
  const medial =
    mark === ',' &&
    block.quoted[to] !== true &&
    to + 1 < sentence.to &&
    !NAMING_HEADS.has(block.tokens[np.to - 1]?.lower ?? '');
  if (to < sentence.to && !medial && (mark === undefined || !SENTENCE_ENDS.has(mark)))
    return undefined;
  // "he did not, as he promised, act": when a predicate follows, the words before the clause are
  // only its subject, and the claim is that predicate. "..., but, as they explain, X": after a
  // conjunction the clause frames only what follows it.
  const predicate =
    medial &&
    (PREDICATE_TAGS.has(block.tags[to + 1] ?? 'punct') ||
      openVerbBefore(block, as - 1) ||
      FRAME_LEADS.has(block.tokens[as - 2]?.lower ?? ''));
  return {
    cue,
    speaker: { kind: 'phrase', block: block.index, np },
    range: { from: as, to },
    side: predicate ? 'after' : 'both',
    ...(medial ? { framed: true } : {}),
  };
}
