/**
 * Stage 4c: testimony by setting. "She told the court that ...", "he said at his trial ...",
 * "said under oath": a speech verb before a court is testimony, whatever its lemma; the claim
 * class follows the setting, while the cue stays the verb as written.
 */
import type { CueHit } from './cues';
import type { BlockModel } from '../1-text/model';
import { lazySet } from '../lexicon/lazy';

/** Addressees and settings of testimony: "told the jury", "said in court", "at his trial". */
// prettier-ignore
const COURT_WORDS = lazySet(() => [
  'court', 'jury', 'jurors', 'judge', 'magistrate', 'magistrates', 'tribunal', 'trial', 'hearing',
  'inquest', 'oath', 'stand', 'testimony', 'deposition', 'courtroom',
]);
/** Prepositions of a setting: "in court", "at his trial", "under oath", "before the judge". */
const SETTING_PREPS = lazySet(() => ['in', 'at', 'under', 'on', 'during', 'before']);
/** Tags that may open the court phrase: "the", "his", "a federal" (one modifier at most). */
const OPENERS = lazySet(() => ['the', 'a', 'his', 'her', 'their']);
/** Speech lemmas that become testimony before a court. */
const SPEECH = lazySet(() => ['say', 'tell', 'state', 'add', 'explain', 'describe', 'admit']);

/**
 * The hit, marked as testimony when a court is its addressee ("told the jury") or its setting
 * ("said in court", "at his trial", "under oath"); "said the court would rule" is speech.
 */
export function withCourtSetting(block: BlockModel, hit: CueHit): CueHit {
  if (hit.form === 'noun' || hit.claim !== undefined || !SPEECH.has(hit.info.lemma)) return hit;
  let k = hit.to;
  const first = block.tokens[k]?.lower ?? '';
  if (SETTING_PREPS.has(first)) k += 1;
  else if (hit.info.lemma !== 'tell') return hit;
  return courtPhraseAt(block, k) ? { ...hit, claim: 'testimony' } : hit;
}

/** "court", "the jury", "his trial", "a federal court": a court phrase opens at `k`. */
function courtPhraseAt(block: BlockModel, k: number): boolean {
  let at = k;
  if (OPENERS.has(block.tokens[at]?.lower ?? '')) at += 1;
  for (let n = 0; n < 2; n += 1, at += 1) {
    const t = block.tokens[at];
    if (t === undefined || !t.isWord || block.quoted[at] === true) return false;
    if (COURT_WORDS.has(t.lower)) return true;
  }
  return false;
}
