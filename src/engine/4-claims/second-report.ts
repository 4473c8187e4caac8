/**
 * Stage 6f: a claim that runs on past ", and" into a second report with a subject of its own
 * ("she had gotten it wrong, and one official attributed it to confusion"; "it has, and another
 * 27 percent said ..."). The second subject and its reporting verb open an attribution of their
 * own, so the first claim ends before the joiner. Cut by structure, never inside quotes.
 */
import type { BlockModel } from '../1-text/model';
import { VERB_FORMS } from '../lexicon/verbs';
import { taggedPhraseEnd } from '../5-speakers/phrase-end';
import { isPastWord } from '../lexicon/pos';
import type { Range } from './clause';
import { hasVerb } from './clause';

/**
 * Does a subject and a reporting verb of its own open at `k`? The verb is finite (a past or
 * third-person form) and one the cue lexicon reports with ("said", "attributed").
 */
function reportOpens(block: BlockModel, k: number, ceiling: number): boolean {
  if (block.quoted[k] === true) return false;
  const end = block.tags[k] === 'pron' ? k + 1 : taggedPhraseEnd(block, k, ceiling);
  if (end <= k) return false;
  let verb = end;
  while (verb < ceiling && block.tags[verb] === 'adv') verb += 1;
  if (block.tags[verb] !== 'verb' || block.quoted[verb] === true) return false;
  const info = VERB_FORMS.get(block.tokens[verb]?.lower ?? '');
  const word = block.tokens[verb]?.lower ?? '';
  const finite = isPastWord(word) || /[^s]s$/.test(word);
  return finite && info !== undefined && info.complement !== 'quote';
}

/** The claim in `r`, cut before ", and" + a second report (unchanged when none follows). */
export function cutAtSecondReport(block: BlockModel, r: Range): Range {
  let words = 0;
  for (let i = r.from; i < r.to - 3; i += 1) {
    const t = block.tokens[i];
    if (t === undefined) break;
    if (t.isWord) words += 1;
    if (t.lower !== 'and' || block.quoted[i] === true || words < 2) continue;
    if (block.tokens[i - 1]?.text !== ',') continue;
    if (!reportOpens(block, i + 1, r.to) || !hasVerb(block, r.from, i)) continue;
    return { from: r.from, to: block.tokens[i - 1]?.text === ',' ? i - 1 : i };
  }
  return r;
}
