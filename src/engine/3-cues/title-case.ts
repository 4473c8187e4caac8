/**
 * Reporting verbs in title-case display text ("Police Say Suspect Fled in a Stolen Car", "NASA
 * Just Confirmed There Are Water Plumes"). Elsewhere a capitalised verb form after a capitalised
 * word is part of a name ("Islamic State", "Washington Post"); in a headline that capitalises
 * every word it is the verb, when its form cannot be a noun: a past form, or a plural verb after
 * a plural subject.
 */
import { isDisplayKind } from '../1-text/display';
import type { BlockModel } from '../1-text/model';
import type { Sentence } from '../1-text/sentences';
import { IRREGULAR_PAST_CUES, PLURAL_SUBJECTS } from '../lexicon/display';
import { isTitleCaseSpan } from '../1-text/title-tags';
import { CLOSED_CLASS, COMMON_VERB_FORMS, isPastWord, type Tag } from '../lexicon/pos';
import { VERB_FORMS, type VerbInfo } from '../lexicon/verbs';
import { AUXILIARIES } from '../lexicon/words';
import { lazySet } from '../lexicon/lazy';

/** Closed classes after which a verb form is a noun ("The Report", "Its Findings"). */
const NOMINAL_BEFORE = lazySet<Tag>(() => ['det', 'poss', 'prep']);
/** Every unquoted word capitalised except short function words, and at least three capitals. */
export function isTitleCase(block: BlockModel, sentence: Sentence): boolean {
  return isTitleCaseSpan(block.tokens, block.quoted, sentence);
}

/** A plural subject word: "Scientists", "Police" (not "Congress", not "Trump's"). */
function isPluralWord(word: string): boolean {
  if (PLURAL_SUBJECTS.has(word)) return true;
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith("'s");
}

/** Is the capitalised cue word at `i` the verb of a title-case display sentence? */
export function titleCaseVerb(
  block: BlockModel,
  i: number,
  info: VerbInfo,
  sentence: Sentence,
): boolean {
  const t = block.tokens[i];
  if (t === undefined || !isDisplayKind(block.kind)) return false;
  const w = t.lower;
  const past = w.endsWith('ed') || IRREGULAR_PAST_CUES.has(w);
  // "Experts Warn", "Police Say": a base form is a verb only after a plural subject.
  let j = i - 1;
  while (j > sentence.from && AUXILIARIES.has(block.tokens[j]?.lower ?? '')) j -= 1;
  const plural = w === info.lemma && isPluralWord(block.tokens[j]?.lower ?? '');
  return (past || plural) && isTitleCase(block, sentence) && clauseFollows(block, i + 1, sentence);
}

/** "enhanced", "found": a past form, not a short word that merely ends so ("red", "need"). */
function pastVerb(w: string): boolean {
  return isPastWord(w) && w.length > 4 && !w.endsWith('eed');
}

/**
 * A finite verb after the cue ("Confirmed There Are Plumes", "Say Suspect Fled"): the verb reports
 * a claim, not an object ("Just Revealed Some Tantalising Features").
 */
function clauseFollows(block: BlockModel, from: number, sentence: Sentence): boolean {
  for (let k = from + 1; k < sentence.to; k += 1) {
    const w = block.tokens[k]?.lower ?? '';
    if (CLOSED_CLASS.get(w) === 'aux') return true;
    // "Say Yoga Enhanced Memory": a past form after the claim's subject is its verb, known or not.
    const verb = VERB_FORMS.has(w) || COMMON_VERB_FORMS.has(w) || pastVerb(w);
    const nominal = NOMINAL_BEFORE.has(
      CLOSED_CLASS.get(block.tokens[k - 1]?.lower ?? '') ?? 'noun',
    );
    if (verb && !w.endsWith('ing') && !nominal) return true;
  }
  return false;
}
