/**
 * Stage 6: a relative pronoun as the subject of a reporting verb whose antecedent is a body of
 * evidence: "a series of studies on the issue, which found that ...", "the World Drug Report
 * 2014, which reports that ...", 'the study "Risk of Attack," which shows that ...', "new studies
 * that found a link". The speaker scan (`speaker.ts`) wants a speaker-like last word before the
 * relative, and these antecedents end in a post-modifier, a year or a quoted title instead.
 */
import type { CueHit } from '../3-cues/cues';
import type { BlockModel } from '../1-text/model';
import type { Sentence } from '../1-text/sentences';
import type { Tag } from '../1-text/tags';
import { taggedPhraseLeft } from '../5-speakers/chunk';
import type { NounPhrase } from '../5-speakers/phrase';
import { skipAuxLeft } from '../5-speakers/skip-aux';
import { lazySet } from '../lexicon/lazy';
import { isEvidenceWord, QUANTITY_NOUNS } from '../lexicon/sources';
import { CLOSING_QUOTE_MARKS } from '../lexicon/words';

/** Tags a noun group is made of before its head. */
const GROUP_TAGS = lazySet<Tag>(() => ['noun', 'name', 'adj', 'num', 'det', 'poss']);
/** A possessor ("NASA's") is never the head. */
const POSSESSOR = /['’]s$/;

/**
 * The token that ends the antecedent of the relative pronoun at `rel`: the word before "that";
 * before ", which" the word before the comma, or before the quoted title that the comma closes.
 * -1 when the relative has no antecedent of that shape.
 */
function antecedentEnd(block: BlockModel, rel: number, floor: number): number {
  const word = block.tokens[rel]?.lower;
  if (word === 'that') return block.tokens[rel - 1]?.isWord === true ? rel - 1 : -1;
  let k = rel - 1;
  // '"Risk of Attack," which': the comma may stand inside the title's closing mark.
  if (CLOSING_QUOTE_MARKS.has(block.tokens[k]?.text ?? '') && block.tokens[k - 1]?.text === ',')
    k -= 2;
  else if (block.tokens[k]?.text === ',' && block.quoted[k] !== true) k -= 1;
  else return -1;
  if (CLOSING_QUOTE_MARKS.has(block.tokens[k]?.text ?? '') && block.quoted[k - 1] === true) k -= 1;
  if (block.quoted[k] !== true) return k;
  // Skip the quoted title back to its opening mark: the noun before it is the antecedent.
  let open = k;
  while (open > floor && block.quoted[open] === true) open -= 1;
  return open > floor ? open - 1 : -1;
}

/**
 * Where the noun group holding the evidence word at `k` opens: its modifiers, and across "of"
 * after a quantity ("a series of studies").
 */
function groupStart(block: BlockModel, k: number, floor: number): number {
  let from = k;
  while (from - 1 >= floor) {
    const tag = block.tags[from - 1] ?? 'punct';
    if (GROUP_TAGS.has(tag) && block.quoted[from - 1] !== true) {
      from -= 1;
      continue;
    }
    const quantity = QUANTITY_NOUNS.has(block.tokens[from - 2]?.lower ?? '');
    if (block.tokens[from - 1]?.lower === 'of' && quantity) {
      from -= 1;
      continue;
    }
    break;
  }
  while (from < k && block.tags[from] === 'prep') from += 1;
  return from;
}

/**
 * The antecedent of a relative pronoun that is the subject of `cue`, when a word of it names a
 * body of evidence (study, report, survey, data); null otherwise. The source is that word's own
 * noun group and what follows it ("a series of studies on the issue", not "the publication of"
 * before it, nor "authors of" before "the study"); a name ("the UN World Drug Report") is whole.
 */
export function relativeEvidenceSubject(
  block: BlockModel,
  cue: CueHit,
  sentence: Sentence,
): NounPhrase | null {
  if (cue.form !== 'verb') return null;
  const rel = skipAuxLeft(block, cue.from - 1, sentence.from);
  const word = block.tokens[rel]?.lower;
  if (rel <= sentence.from || block.quoted[rel] === true) return null;
  if (word !== 'which' && word !== 'that') return null;
  const end = antecedentEnd(block, rel, sentence.from);
  if (end < sentence.from) return null;
  const np = taggedPhraseLeft(block, end, sentence.from);
  if (np === null) return null;
  for (let k = np.to - 1; k >= np.from; k -= 1) {
    const t = block.tokens[k];
    if (t === undefined || POSSESSOR.test(t.lower) || !isEvidenceWord(t.lower)) continue;
    // "the United Nations Office on Drugs and Crime World Drug Report": a name is whole.
    const from = block.tags[k] === 'name' ? np.from : groupStart(block, k, np.from);
    // Found by its tags: the resolver may know no head such as "Report 2021", so it names itself.
    return { from, to: np.to, appositive: { from: end + 1, to: cue.from }, structural: true };
  }
  return null;
}
