/**
 * Stretches between commas that cannot hold a verb's subject: short asides ("however", "by
 * contrast"), prepositional, participle and relative asides, ages, party tags and legal forms.
 */
import type { BlockModel } from '../1-text/model';
import { lazySet } from '../lexicon/lazy';
import { skipParenthetical } from './designation';
import { isSpeakerHead } from './phrase';
import { isSuffixPeriod } from './phrase-edges';

// prettier-ignore
const ASIDE_OPENERS = lazySet(() => [
  'by', 'in', 'for', 'however', 'meanwhile', 'too', 'though', 'also', 'then', 'now', 'at', 'on',
  'like', 'unlike', 'instead', 'likewise', 'similarly', 'moreover', 'though',
]);

/** Words that make a stretch between commas a relative clause ("many of whom lost homes"). */
const RELATIVES = lazySet(() => ['who', 'whom', 'whose', 'which']);

/**
 * A parenthetical between commas: a short aside ("by contrast", "however", "in turn"), or — of
 * any length — a prepositional phrase ("in a statement released on Tuesday after days of
 * silence"), a participle phrase ("speaking at a news conference", "posted below") or a relative
 * clause ("many of whom lost their homes"), none of which can hold the verb's subject.
 */
export function isAside(block: BlockModel, from: number, to: number): boolean {
  const first = block.tokens[from];
  if (first === undefined) return false;
  const h = headBefore(block, from);
  const nounBefore = block.tags[h] === 'noun' || block.tags[h] === 'name';
  if (to - from <= 16 && nounBefore && !quotedIn(block, from, to)) {
    const tag = block.tags[from];
    if (tag === 'prep' && first.lower !== 'of') return true;
    if (tag === 'verb' && first.lower.endsWith('ing')) return true;
    // "The new filing, posted below, says", "A study, published in May, found": a past
    // participle with its own words after it describes the noun before the comma ("tired and
    // angry" is a pair of adjectives, which may as well begin a list of subjects).
    const joined = block.tags[from + 1] === 'conj';
    if (tag === 'verb' && first.lower.endsWith('ed') && to - from >= 2 && !joined) return true;
    for (let k = from; k < Math.min(to, from + 4); k += 1)
      if (RELATIVES.has(block.tokens[k]?.lower ?? '')) return true;
  }
  if (to - from > 4) return false;
  // "Sen. Ted Cruz, R-Texas, said", "Ascom Holdings, Inc., said": a party tag or a legal form.
  if (isTagSegment(block, from, to)) return true;
  // "Eloise Parry, 21, was ...", "Smith, 45, said": an age.
  const age = to - from === 1 && /^\d{1,3}$/.test(first.text);
  if (!age && !ASIDE_OPENERS.has(first.lower)) return false;
  for (let k = from; k < to; k += 1) if (block.quoted[k] === true) return false;
  return isSpeakerHead(block.tokens[h], block.tags[h]);
}

/** A party-and-state tag ("R-Texas", "D-Calif.") or a company's legal form ("Inc.", "Ltd"). */
export function isTagSegment(block: BlockModel, from: number, to: number): boolean {
  const first = block.tokens[from];
  if (first === undefined || block.quoted[from] === true) return false;
  const rest = to - from === 1 || (to - from === 2 && block.tokens[from + 1]?.text === '.');
  return rest && (/^[RDI]-\p{Lu}/u.test(first.text) || LEGAL_FORMS.has(first.lower));
}

// prettier-ignore
const LEGAL_FORMS = lazySet(() => [
  'inc', 'ltd', 'llc', 'corp', 'plc', 'co', 'ag', 'gmbh', 'sa', 'nv', 'bv', 'lp', 'llp',
]);

/**
 * The token before the comma that opens the stretch at `from`, past a parenthetical or a suffix's
 * period ("Ben Okoro Jr., the mayor, said") and past an age set off by commas: in "Ann Roe, 36,
 * the owner of a shop, said" and "Ann Roe, 30, who works nearby, said" the describing phrase after
 * the age describes the name before it, as it would with no age between.
 */
export function headBefore(block: BlockModel, from: number): number {
  const h = skipParenthetical(block, from - 2, 0);
  if (isAgeAside(block, h)) return headBefore(block, h);
  return isSuffixPeriod(block, h) ? h - 1 : h;
}

/** Is token `k` an unquoted age between commas (", 36,") after a word? */
function isAgeAside(block: BlockModel, k: number): boolean {
  const t = block.tokens[k];
  return (
    t !== undefined &&
    block.quoted[k] !== true &&
    /^\d{1,3}$/.test(t.text) &&
    block.tokens[k - 1]?.text === ',' &&
    block.tokens[k + 1]?.text === ',' &&
    block.tokens[k - 2]?.isWord === true
  );
}

/** Does any token of `[from, to)` lie inside a quotation? */
function quotedIn(block: BlockModel, from: number, to: number): boolean {
  for (let k = from; k < to; k += 1) if (block.quoted[k] === true) return true;
  return false;
}
