/**
 * Stage 6c: a quoted speaker retelling their own words ('"I told him, ‘Don’t worry.’"', '"And we
 * said we would wait," Ann Lee said'). Inside a quotation "I" and "we" are the quoted speaker, so
 * the retold claim is theirs. Which verbs may retell ("said", "told"; not "I think", "I say") is
 * decided where the clause is read (`licensedOwnVoice`); this only recognises the retelling.
 */
import type { BlockModel } from '../1-text/model';
import type { RawAttribution } from '../4-claims/content';
import { lazySet } from '../lexicon/lazy';

/** First-person subject pronouns: inside a quotation they are the quoted speaker. */
const FIRST_PERSON = lazySet(() => ['i', 'we']);

/** Words before "I said" that make it a discourse marker ("like I said", "as we said"). */
const ASIDE_OPENERS = lazySet(() => ['like', 'as']);

/** Closing marks and spaces that may follow a claim's last word or stop. */
const TRAILING = lazySet(() => [' ', '\n', "'", '"', '\u2018', '\u2019', '\u201c', '\u201d', ',']);

/** Does the text end in a question mark, past any closing marks? */
function endsAsQuestion(text: string): boolean {
  let k = text.length - 1;
  while (k >= 0 && TRAILING.has(text[k] ?? '')) k -= 1;
  return text[k] === '?';
}

/**
 * Is `raw` (read inside a quotation) a lone "I" or "we" retelling words said once, the verb right
 * after the pronoun? "I could have said", "I have always said" and "I naively said" are left out:
 * a hypothetical, a standing view restated, or a framing of the quote's own answer; so is a
 * retold question ("I asked, ‘Can you help?’"), which claims nothing.
 */
export function retoldByQuoted(block: BlockModel, raw: RawAttribution): boolean {
  if (raw.speaker.kind !== 'phrase' || raw.cue === null) return false;
  const { np } = raw.speaker;
  if (np.to - np.from !== 1 || (np.also?.length ?? 0) > 0 || raw.cue.from !== np.to) return false;
  if (ASIDE_OPENERS.has(block.tokens[np.from - 1]?.lower ?? '')) return false;
  if (endsAsQuestion(block.text.slice(raw.start, raw.end))) return false;
  return FIRST_PERSON.has(block.tokens[np.from]?.lower ?? '');
}
