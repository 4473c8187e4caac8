/**
 * Headline style capitalises the verb too: in "Harbour Chief Visits Port, Says It Will Reopen" the
 * capitalised run "Harbour Chief Visits Port" is a subject and its predicate, not a role before a
 * person's name ("Harbour Chief Visits Port" read like "Police Chief Ann Lee"). In a display block
 * a run ends before a word that can only be a finite verb here: a reporting verb's or a common
 * verb's third-person "-s" form, or a reporting verb's past form.
 */
import { isDisplayKind } from '../1-text/display';
import type { Token } from '../1-text/tokenize';
import { COMMON_VERB_FORMS } from '../lexicon/pos';
import { VERB_FORMS } from '../lexicon/verbs';
import type { BlockKind } from '../types';

/** Is the lower-cased word a finite verb form a headline puts after its subject? */
export function isHeadlineVerbForm(lower: string): boolean {
  if (lower.endsWith('ss') || lower.endsWith("'s") || lower.endsWith('\u2019s')) return false;
  const info = VERB_FORMS.get(lower);
  if (info !== undefined && info.complement !== 'quote' && lower !== info.lemma)
    return !lower.endsWith('ing') && (lower.endsWith('s') || lower.endsWith('ed'));
  return (
    lower.endsWith('s') && COMMON_VERB_FORMS.has(lower) && COMMON_VERB_FORMS.has(lower.slice(0, -1))
  );
}

/** The run cut before its first headline verb after its first word, in a display block. */
export function displayRunBeforeVerb(kind: BlockKind, run: Token[]): Token[] {
  if (!isDisplayKind(kind)) return run;
  for (let k = 1; k < run.length; k += 1)
    if (isHeadlineVerbForm(run[k]?.lower ?? '')) return run.slice(0, k);
  return run;
}
