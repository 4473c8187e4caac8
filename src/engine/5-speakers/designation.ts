/**
 * Stage 5b helpers: what may stand between commas after a name without naming anyone — a company
 * suffix or a party tag ("Acme, Inc.,", "Sen. Roe, R-Ohio,"), a state or country ("of the
 * University of Leeds, England,"), a short parenthetical ("Jane Roe (D-Ohio)").
 */
import type { BlockModel } from '../1-text/model';
import { lazySet } from '../lexicon/lazy';
import { isRegionName } from '../lexicon/places';
import { isCredential } from '../lexicon/credentials';

/** Company suffixes that follow a name between commas ("Acme, Inc., said"). */
// prettier-ignore
const COMPANY_SUFFIXES = lazySet(() => [
  'inc', 'ltd', 'llc', 'llp', 'lp', 'corp', 'co', 'plc', 'ag', 'gmbh', 'sa', 'nv', 'bv', 'pty',
]);

/**
 * A US party-and-state tag ("R-Neb.", "D-N.Y.", "I-Vt."), a company suffix ("Inc.") or a
 * post-nominal ("PhD", "M.D."): it
 * follows the name it belongs to and names no one by itself.
 */
export function isDesignation(block: BlockModel, from: number, to: number): boolean {
  const first = block.tokens[from];
  if (first === undefined || to - from > 5 || block.quoted[from] === true) return false;
  for (let k = from + 1; k < to; k += 1) {
    const t = block.tokens[k];
    if (t === undefined || !(t.text === '.' || (t.cap && t.text.length <= 4))) return false;
  }
  return (
    /^[DRI]-[A-Z]/.test(first.text) ||
    COMPANY_SUFFIXES.has(first.lower) ||
    credentialsOnly(block, from, to)
  );
}

/** "Ann Lee, PhD, said", "Ben Roe, M.D., said": the stretch spells one post-nominal. */
function credentialsOnly(block: BlockModel, from: number, to: number): boolean {
  let text = '';
  for (let k = from; k < to; k += 1) text += block.tokens[k]?.text ?? '';
  return isCredential(text);
}

/** The token before a short parenthetical ending at `i` ("Jane Roe (D-Ohio)"), else `i`. */
export function skipParenthetical(block: BlockModel, i: number, floor: number): number {
  if (block.tokens[i]?.text !== ')' || block.quoted[i] === true) return i;
  for (let k = i - 1; k >= Math.max(floor, i - 6); k -= 1)
    if (block.tokens[k]?.text === '(') return k - 1;
  return i;
}

/** Are tokens `[from, to)` one to four capitalised words or initials ("Maryland", "D.C.")? */
export function capitalsOnly(block: BlockModel, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 4) return false;
  for (let k = from; k < to; k += 1) {
    const t = block.tokens[k];
    if (t === undefined || block.quoted[k] === true || !(t.cap || t.text === '.')) return false;
  }
  return true;
}

/** Are tokens `[from, to)` the name of a state or country ("England", "New Zealand")? */
export function isRegion(block: BlockModel, from: number, to: number): boolean {
  if (!capitalsOnly(block, from, to)) return false;
  const words = block.tokens.slice(from, to).filter((t) => t.isWord);
  return isRegionName(words.map((t) => t.lower));
}

/**
 * "according to Ann Lee, PhD, of Tarn University": the end of a post-nominal set off by a comma at
 * `at` (the index of the comma or sentence end that closes it), else `at`. The source phrase runs
 * on over it, so the words after it are not taken for the claim.
 */
export function credentialEnd(block: BlockModel, at: number, ceiling: number): number {
  if (block.tokens[at]?.text !== ',') return at;
  for (let k = at + 2; k <= Math.min(ceiling, at + 6); k += 1) {
    const t = block.tokens[k];
    const closes = k === ceiling || t?.text === ',' || (t?.text === '.' && k === ceiling - 1);
    if (closes) return credentialsOnly(block, at + 1, k) ? k : at;
  }
  return at;
}
