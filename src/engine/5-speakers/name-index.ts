/**
 * Memoized look-ups over the article's known names. The names map is built once by the pre-pass and
 * never grows afterwards, while the resolver asks about it for nearly every capitalised token, so
 * scanning it each time made long articles quadratic. Indexes are keyed by the map itself (and its
 * size, in case a caller adds names later) and give exactly the answers of a scan in insertion order.
 */
import type { KnownName } from './known-names';
import { isGivenNameJunior } from '../lexicon/people';
import { isRegionName } from '../lexicon/places';
import { isRoleWord } from '../lexicon/sources';

interface NameIndex {
  size: number;
  /** Surname → the name a lone surname means (longest full name, else the first introduced). */
  bySurname: Map<string, KnownName>;
  /** Any word of a name (a hyphenated word whole and in parts) → the first name containing it. */
  byWord: Map<string, KnownName>;
  /** Lower-cased needle → longest name containing it as whole words (memo). */
  containing: Map<string, KnownName | undefined>;
  /** Lower-cased names padded with spaces, in map order, for the containment test. */
  padded: Array<[string, KnownName]>;
}

/** Created on first use: module load does no work. */
let indexes: WeakMap<ReadonlyMap<string, KnownName>, NameIndex> | undefined;

function build(names: ReadonlyMap<string, KnownName>): NameIndex {
  const groups = new Map<string, KnownName[]>();
  const byWord = new Map<string, KnownName>();
  const padded: Array<[string, KnownName]> = [];
  for (const k of names.values()) {
    const group = groups.get(k.surname);
    if (group === undefined) groups.set(k.surname, [k]);
    else group.push(k);
    const lower = k.name.toLowerCase();
    padded.push([` ${lower} `, k]);
    const words = lower.split(/\s+/);
    // "Jerry Jr.": a lone "Jerry" is as likely the father; only the written suffix names the son.
    if (isGivenNameJunior(words)) continue;
    // "Jean-Pierre" alone is a word of "Jean-Pierre Dubois" as much as "Jean" or "Pierre" is.
    for (const w of words) {
      if (!byWord.has(w)) byWord.set(w, k);
      if (w.includes('-'))
        for (const part of w.split('-')) if (!byWord.has(part)) byWord.set(part, k);
    }
  }
  const bySurname = new Map<string, KnownName>();
  for (const [surname, group] of groups) {
    const first = group[0];
    if (first === undefined) continue;
    const longer = group.find(
      (k) =>
        k.name.endsWith(first.name) &&
        k.name.length > first.name.length &&
        !laterNamesake(first, k),
    );
    bySurname.set(surname, longer ?? first);
  }
  for (const [word, known] of bySurname) {
    const full = leadingWordOf(names, word, known);
    if (full !== undefined) bySurname.set(word, full);
  }
  return { size: names.size, bySurname, byWord, containing: new Map(), padded };
}

/**
 * "Dai Shuqin, 61, said ... Mrs Dai said": a name written surname first leaves the pre-pass a
 * one-word name ("Dai", from "Mrs Dai") that is the first word of one full name and no other
 * word of any name. That one-word name is the full name's holder: the one person whose name opens
 * with it. Two full names opening with it ("Dai Shuqin", "Dai Wei"), a name that has it in
 * another place, a state's name or a title leave it alone. Undefined when `known` is not such a one-word name.
 */
function leadingWordOf(
  names: ReadonlyMap<string, KnownName>,
  word: string,
  known: KnownName,
): KnownName | undefined {
  if (!known.person || known.name.includes(' ') || known.name.toLowerCase() !== word)
    return undefined;
  // "Jordan", "Georgia": a state's name, or a title, is no one's name alone.
  if (isRegionName([word]) || isRoleWord(word)) return undefined;
  let found: KnownName | undefined;
  for (const k of names.values()) {
    const words = k.name.toLowerCase().split(/\s+/);
    const at = words.indexOf(word);
    if (k === known || at < 0) continue;
    if (at > 0 || !k.person || words.length < 2 || found !== undefined) return undefined;
    found = k;
  }
  return found;
}

/**
 * "Stephen Jones" throughout, then once "John Stephen Jones", his son: a fuller name introduced
 * after the shorter one, and named less often, is not the shorter one's fuller form. A person's
 * full name comes at the first mention; a later, rarer, longer one is a namesake.
 */
function laterNamesake(shorter: KnownName, longer: KnownName): boolean {
  return longer.mentions < shorter.mentions;
}

/** The index for this names map, built on first use and rebuilt if the map has grown. */
export function nameIndex(names: ReadonlyMap<string, KnownName>): NameIndex {
  indexes ??= new WeakMap();
  const cached = indexes.get(names);
  if (cached !== undefined && cached.size === names.size) return cached;
  const fresh = build(names);
  indexes.set(names, fresh);
  return fresh;
}

/** The longest known name holding the lower-cased `needle` as whole words, memoized per needle. */
export function containingName(
  names: ReadonlyMap<string, KnownName>,
  needle: string,
): KnownName | undefined {
  const index = nameIndex(names);
  if (index.containing.has(needle)) return index.containing.get(needle);
  const padNeedle = ` ${needle} `;
  let best: KnownName | undefined;
  let exact: KnownName | undefined;
  for (const [hay, known] of index.padded) {
    if (!hay.includes(padNeedle)) continue;
    if (hay === padNeedle) exact = known;
    // A fuller name met only after the name itself was in use names someone else as often.
    else if (exact !== undefined && laterNamesake(exact, known)) continue;
    if (best === undefined || known.name.length > best.name.length) best = known;
  }
  index.containing.set(needle, best);
  return best;
}
