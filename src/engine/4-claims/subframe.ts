/**
 * Stage 6f: a reporting clause inside an opening subordinate clause. "While the spokeswoman said
 * the trip was routine, he ...", "Although the ministry said talks went well, no deal ...": the
 * speaker said what lies between the verb and the comma that ends the subordinate clause; the main
 * clause after that comma is the author's. A hypothetical ("If X said ...", "Unless ...") reports
 * nothing. Also the subject of a participle inside a relative clause ("Likud, which tried to
 * rally support by saying ...").
 */
import type { Clause } from './content';
import type { CueHit } from '../3-cues/cues';
import { extendClause } from './extent';
import type { BlockModel } from '../1-text/model';
import { collectLeft, type NounPhrase } from '../5-speakers/phrase';
import type { Sentence } from '../1-text/sentences';
import { lazySet } from '../lexicon/lazy';

/** Subordinators whose clause states something as having been said. */
// prettier-ignore
const FACTUAL = lazySet(() => [
  'while', 'whereas', 'although', 'though', 'when', 'after', 'before', 'since', 'because', 'once',
]);
/** Subordinators of a condition or an open question: the clause reports no claim. */
const HYPOTHETICAL = lazySet(() => ['if', 'unless', 'whether']);
const LEADS = lazySet(() => ['but', 'and', 'yet', 'so', 'even']);

/**
 * The clause of a cue whose subject opens a sentence-initial subordinate clause, its claim ending
 * at the comma that closes that clause. Undefined when the sentence is not of this shape; null when
 * it is but yields nothing (a hypothetical, or no comma to end the clause).
 */
export function subordinateFrame(
  block: BlockModel,
  sentence: Sentence,
  cue: CueHit,
  left: NounPhrase,
): Clause | null | undefined {
  // A capitalised "While" opening the sentence is read into the phrase; split it off again.
  const first = block.tokens[left.from]?.lower ?? '';
  const inside = left.to - left.from > 1 && (FACTUAL.has(first) || HYPOTHETICAL.has(first));
  const at = inside ? left.from : subjectOpener(block, sentence, left.from);
  const word = block.tokens[at]?.lower ?? '';
  if (!FACTUAL.has(word) && !HYPOTHETICAL.has(word)) return undefined;
  const lead = block.tokens[at - 1]?.lower ?? '';
  const opens = at === sentence.from || (at === sentence.from + 1 && LEADS.has(lead));
  if (!opens) return undefined;
  if (HYPOTHETICAL.has(word)) return null;
  const np: NounPhrase = inside ? { ...left, from: left.from + 1 } : left;
  const to = extendClause(block, cue, sentence.to);
  const end = closingComma(block, to, sentence.to);
  if (end === null) return null;
  return {
    cue,
    speaker: { kind: 'phrase', block: block.index, np },
    range: { from: at, to },
    side: 'after',
    contentEnd: end,
  };
}

/**
 * The token before the subject that starts at `from`, or — "While the watchdog and officials say
 * ...", where the phrase found is only the last member — the subordinator opening the sentence,
 * when nothing but subject words (no comma, no verb) stands between it and `from`.
 */
function subjectOpener(block: BlockModel, sentence: Sentence, from: number): number {
  const opener = sentence.from + (LEADS.has(block.tokens[sentence.from]?.lower ?? '') ? 1 : 0);
  const word = block.tokens[opener]?.lower ?? '';
  if (opener >= from - 1 || !(FACTUAL.has(word) || HYPOTHETICAL.has(word))) return from - 1;
  for (let k = opener + 1; k < from; k += 1) {
    const tag = block.tags[k];
    if (block.tokens[k]?.text === ',' || tag === 'verb' || tag === 'aux') return from - 1;
  }
  return opener;
}

/** The first comma outside quotation marks from `from` on, before `to`. */
function closingComma(block: BlockModel, from: number, to: number): number | null {
  for (let k = from; k < to; k += 1)
    if (block.tokens[k]?.text === ',' && block.quoted[k] !== true) return k;
  return null;
}

/** Links after which a participle belongs to the nearest clause, which may be a relative one. */
const ADVERBIAL_LINKS = lazySet(() => ['before', 'after', 'while', 'by', 'without']);

/**
 * "Likud, which tried to rally support by saying that ...": a participle after "by", "before" or
 * "after" shares the subject of its own clause; in a relative clause that is its antecedent.
 */
export function relativeAntecedent(
  block: BlockModel,
  sentence: Sentence,
  cue: CueHit,
): NounPhrase | null {
  if (!ADVERBIAL_LINKS.has(block.tokens[cue.from - 1]?.lower ?? '')) return null;
  for (let k = cue.from - 2; k > sentence.from + 1; k -= 1) {
    const t = block.tokens[k];
    if (t === undefined || block.quoted[k] === true) continue;
    if ((t.lower === 'which' || t.lower === 'who') && block.tokens[k - 1]?.text === ',')
      return collectLeft(block, k - 2, sentence.from);
  }
  return null;
}
