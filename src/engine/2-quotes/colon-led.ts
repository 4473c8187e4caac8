/**
 * Stage 6b'': a quotation after a colon that closes a clause with no speech verb ('Weller, a
 * farmer, took one look: "..."', 'Berg vented on Twitter: "..."'). The reader hears the clause's
 * subject; without this the quote would go to whoever spoke last.
 */
import type { BlockModel } from '../1-text/model';
import type { Sentence } from '../1-text/sentences';
import { mainSubjectPhrase } from '../5-speakers/subject';
import type { NounPhrase } from '../5-speakers/phrase';
import { isPersonNoun } from '../lexicon/people';

/** Tokens an appositive between commas, or a parenthesis, may hold before the verb. */
const MAX_ASIDE = 12;

/** Past an appositive (", a farmer,") or a parenthesis ("(72)") at `i`: the next index, or `i`. */
function pastAside(block: BlockModel, i: number, to: number): number {
  const open = block.tokens[i]?.text;
  const close = open === ',' ? ',' : open === '(' ? ')' : null;
  if (close === null) return i;
  for (let k = i + 1; k < Math.min(to, i + MAX_ASIDE); k += 1) {
    if (block.quoted[k] === true) return i;
    if (block.tokens[k]?.text === close) return k + 1;
  }
  return i;
}

/** Does the phrase name a person or a group of them: a name, a person noun, "he" or "she"? */
function namesPerson(block: BlockModel, np: NounPhrase): boolean {
  const head = np.to - 1;
  const word = block.tokens[head]?.lower ?? '';
  if (np.to - np.from === 1 && (word === 'he' || word === 'she')) return true;
  return block.tags[head] === 'name' || isPersonNoun(word, block.tags[head] === 'noun');
}

/**
 * The subject of the clause ended by the unquoted colon at `colon`, when it opens the sentence,
 * names a person and its verb follows at once (after an appositive at most); else null.
 */
export function colonLedSubject(block: BlockModel, s: Sentence, colon: number): NounPhrase | null {
  if (block.quoted[colon] === true) return null;
  const np = mainSubjectPhrase(block, s);
  if (np === null || np.to >= colon || !namesPerson(block, np)) return null;
  // A possessive is the owner of the subject, not the subject ("Weller's post read: ...").
  if (/['\u2019]s?$/.test(block.tokens[np.to - 1]?.text ?? '')) return null;
  let verb = pastAside(block, np.to, colon);
  if (block.tags[verb] === 'adv') verb += 1;
  return verb < colon && block.tags[verb] === 'verb' ? np : null;
}
