/**
 * Stage 7a: a pre-pass over the whole article that collects full personal names ("French President
 * Emmanuel Macron" gives "Emmanuel Macron" with role "president"), so a later bare surname, "Mr."
 * form or role noun resolves to the fullest name the article gives.
 */
import { isCreditLine } from '../4-claims/credit';
import {
  ANONYMOUS_HEADS,
  DOCUMENT_MARKERS,
  GOVERNMENT_MARKERS,
  HONORIFICS,
  MEDIA_MARKERS,
  ORGANIZATION_MARKERS,
  ROLE_WORDS,
} from '../lexicon/sources';
import { isPlaceName } from '../lexicon/places';
import { VERB_FORMS } from '../lexicon/verbs';
import { TIME_WORDS } from '../lexicon/words';
import type { BlockModel } from '../1-text/model';
import type { Token } from '../1-text/tokenize';
import { containingName, nameIndex } from './name-index';
import { lazySet } from '../lexicon/lazy';

/** A personal name found in the article with the roles written next to it. */
export interface KnownName {
  name: string;
  surname: string;
  roles: Set<string>;
  /** Evidence that this is a person: a role or title next to it, or the surname used alone. */
  person: boolean;
  /** How often the article names this person (full name or surname alone). */
  mentions: number;
  /** Evidence that the name is a thing, not a person: "Energy Control, which has ...". */
  thing?: boolean;
}

/** Words that make a capitalised run a place or a date, not a person. */
// prettier-ignore
const NOT_PERSON = lazySet(() => [
  'harbour', 'harbor', 'island', 'islands', 'river', 'street', 'beach', 'bay', 'mountain',
  'mountains', 'lake', 'sea', 'ocean', 'coast', 'valley', 'park', 'province', 'region', 'square',
  'avenue', 'road', 'bridge', 'airport', 'station', 'hall', 'north', 'south', 'east', 'west',
  'central', 'america', 'africa', 'europe', 'asia', 'korea', 'states', 'kingdom', 'republic',
  'earlier', 'later', 'meanwhile', 'however', 'but', 'although', 'while', 'continue', 'reading',
  'read', 'more', 'related', 'photo', 'image', 'getty', 'images', 'copyright', 'share', 'follow',
]);

// prettier-ignore
const STOP_CAPS = lazySet(() => [
  'the', 'a', 'an', 'in', 'on', 'at', 'but', 'and', 'he', 'she', 'it', 'they', 'we', 'i', 'this',
  'that', 'as', 'if', 'when', 'after', 'for', 'of', 'both', 'either', 'neither', 'now', 'so',
  'yet', 'still', 'however', 'meanwhile', 'also', 'then', 'thus', 'instead', 'indeed',
]);

/** The four institution marker tables as one, so a word takes one look-up, not up to four. */
const INSTITUTION_WORDS = lazySet(() => [
  ...GOVERNMENT_MARKERS,
  ...ORGANIZATION_MARKERS,
  ...MEDIA_MARKERS,
  ...DOCUMENT_MARKERS,
]);

/** Does this capitalised word mark an institution rather than a person? */
export function isInstitutionWord(lower: string): boolean {
  return INSTITUTION_WORDS.has(lower);
}

/** Strip a possessive ending ("Netanyahu's" → "Netanyahu"). */
export function stripPossessive(word: string): string {
  // Most words end in neither "s" nor an apostrophe: skip the two replaces for them.
  const last = word.charCodeAt(word.length - 1);
  if (last !== 115 && last !== 83 && last !== 39 && last !== 0x2019) return word;
  // A plural "s" without an apostrophe before it: neither replace below would change the word.
  const before = word.charCodeAt(word.length - 2);
  if ((last === 115 || last === 83) && before !== 39 && before !== 0x2019) return word;
  return word.replace(/['\u2019]s$/i, '').replace(/['\u2019]$/, '');
}

/** Split a run of capitalised tokens into leading role words and the name proper. */
export function splitRoles(run: readonly Token[]): { roles: string[]; name: Token[] } {
  let cut = 0;
  for (let i = 0; i < run.length - 1; i += 1) {
    const w = run[i]?.lower ?? '';
    if (ROLE_WORDS.has(w) || HONORIFICS.has(w)) cut = i + 1;
  }
  return { roles: run.slice(0, cut).map((t) => t.lower), name: run.slice(cut) };
}

/** `/['\u2019]s$/.test(word)` by character codes: this runs for every capitalised word. */
function endsWithPossessive(word: string): boolean {
  const n = word.length;
  if (n < 2 || word.charCodeAt(n - 1) !== 115) return false;
  const mark = word.charCodeAt(n - 2);
  return mark === 39 || mark === 0x2019;
}

function capRuns(block: BlockModel, insideQuotes = false): Token[][] {
  // A block without quotations has no quoted token, so no run inside quotes.
  if (insideQuotes && block.quotes.length === 0) return [];
  // A plain loop, no per-token closure: this runs over every token of the article, cold.
  const runs: Token[][] = [];
  let run: Token[] = [];
  const { tokens, quoted } = block;
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i];
    if (t === undefined) continue;
    if ((quoted[i] === true) === insideQuotes) {
      if (t.isWord && t.cap && !STOP_CAPS.has(t.lower)) {
        run.push(t);
        if (!endsWithPossessive(t.text)) continue;
      } else if (
        t.text === '.' &&
        run.length > 0 &&
        (run[run.length - 1]?.text.length === 1 || HONORIFICS.has(run[run.length - 1]?.lower ?? ''))
      ) {
        continue;
      }
    }
    // A new array only when the run had words: most tokens end no run at all.
    if (run.length > 0) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

type SurnameIndex = Map<string, KnownName[]>;

/** Index the names by surname and by first word (family name first: "Lee Jae-myung" is "Lee"). */
function surnameIndex(names: Map<string, KnownName>): SurnameIndex {
  const bySurname: SurnameIndex = new Map();
  const add = (key: string, known: KnownName) => {
    const list = bySurname.get(key) ?? [];
    list.push(known);
    bySurname.set(key, list);
  };
  for (const known of names.values()) {
    if (known.roles.size > 0) known.person = true;
    add(known.surname, known);
    add((known.name.split(' ')[0] ?? '').toLowerCase(), known);
  }
  return bySurname;
}

const speaks = (w: string | undefined) => w !== undefined && VERB_FORMS.has(w);

/** A name is a person's when its surname also appears on its own ("Bassi said") or with a title. */
function markPersons(block: BlockModel, bySurname: SurnameIndex): void {
  for (let i = 0; i < block.tokens.length; i += 1) {
    const t = block.tokens[i];
    if (t === undefined || !t.cap) continue;
    const prev = block.tokens[i - 1];
    const next = block.tokens[i + 1];
    // A word inside a run of capitals is no lone surname: checked before the table look-ups.
    if (next?.cap === true || (prev?.cap === true && !HONORIFICS.has(prev.lower))) continue;
    const list = bySurname.get(stripPossessive(t.lower));
    if (list === undefined) continue;
    for (const k of list) k.mentions += 1;
    // The lone name must act like a person: after a title, or next to a speech verb.
    const titled = prev !== undefined && HONORIFICS.has(prev.lower);
    const skipAux = block.tokens[i + 2]?.lower;
    if (!titled && !speaks(next?.lower) && !speaks(prev?.lower) && !speaks(skipAux)) continue;
    for (const k of list) k.person = true;
  }
}

/** First pass over one block: its multi-word personal names, keyed by the lower-cased full name. */
function addNames(block: BlockModel, runs: Token[][], names: Map<string, KnownName>): void {
  for (const run of runs) {
    // A name takes at least two words: a lone capitalised word (most runs) needs no split.
    if (run.length < 2) continue;
    const { roles, name } = splitRoles(run);
    if (name.length < 2 || name.length > 4) continue;
    const notPerson = (t: Token) =>
      isInstitutionWord(t.lower) ||
      ROLE_WORDS.has(t.lower) ||
      NOT_PERSON.has(t.lower) ||
      TIME_WORDS.has(t.lower);
    const lastWord = name[name.length - 1]?.lower ?? '';
    if (
      name.some(notPerson) ||
      lastWord.endsWith('ists') ||
      ANONYMOUS_HEADS.has(lastWord) ||
      isPlaceName(name.map((t) => stripPossessive(t.lower)))
    )
      continue;
    const words = name.map((t) => stripPossessive(t.text));
    const surname = (words[words.length - 1] ?? '').toLowerCase();
    const firstTok = name[0];
    const lastTok = name[name.length - 1];
    const full =
      firstTok !== undefined && lastTok !== undefined
        ? stripPossessive(block.text.slice(firstTok.start, lastTok.end))
        : words.join(' ');
    const key = full.toLowerCase();
    const known = names.get(key);
    if (known === undefined) {
      names.set(key, {
        name: full,
        surname,
        roles: new Set(roles),
        person: roles.length > 0,
        mentions: 1,
      });
    } else {
      roles.forEach((r) => known.roles.add(r));
      known.mentions += 1;
    }
  }
}

/**
 * Collect every multi-word personal name in the article, keyed by the lower-cased full name, as a
 * generator that yields the characters of text done after each block of each pass, so a long
 * article can be processed in slices (see `incremental.ts`).
 */
export function* collectNamesInSteps(
  blocks: readonly BlockModel[],
): Generator<number, Map<string, KnownName>, void> {
  const names = new Map<string, KnownName>();
  // Capitalised runs outside quotes, found once and read by the first two passes.
  const outside: Token[][][] = [];
  for (const block of blocks) {
    const runs = capRuns(block);
    outside.push(runs);
    // Captions and credits glue a subject's name to a photographer's: learn no names there.
    if (!isCreditLine(block.text)) addNames(block, runs, names);
    yield block.text.length;
  }
  const surnames = bySurnameOnly(names);
  for (const [i, block] of blocks.entries()) {
    attachTitles(outside[i] ?? [], capRuns(block, true), surnames);
    yield block.text.length;
  }
  for (const block of blocks) {
    markThings(block, names);
    yield block.text.length;
  }
  const bySurname = surnameIndex(names);
  for (const block of blocks) {
    markPersons(block, bySurname);
    yield block.text.length;
  }
  for (const known of names.values()) if (known.thing === true) known.person = false;
  return names;
}

/** "Energy Control, which has been running ...": a name taking "which" is an institution. */
function markThings(block: BlockModel, names: Map<string, KnownName>): void {
  for (let i = 0; i < block.tokens.length; i += 1) {
    const t = block.tokens[i];
    if (t?.lower !== 'which' || block.tokens[i - 1]?.text !== ',') continue;
    let from = i - 2;
    while (from > 0 && block.tokens[from - 1]?.cap === true) from -= 1;
    const first = block.tokens[from];
    const last = block.tokens[i - 2];
    if (first === undefined || last === undefined || !last.cap) continue;
    const known = names.get(stripPossessive(block.text.slice(first.start, last.end)).toLowerCase());
    if (known !== undefined) known.thing = true;
  }
}

/** Names grouped by surname, in the map's order. */
function bySurnameOnly(names: Map<string, KnownName>): SurnameIndex {
  const index: SurnameIndex = new Map();
  for (const known of names.values()) {
    const list = index.get(known.surname);
    if (list === undefined) index.set(known.surname, [known]);
    else list.push(known);
  }
  return index;
}

/** "Prime Minister Netanyahu" (even inside a quote) gives the titles to the known full name. */
function attachTitles(outside: Token[][], inside: Token[][], bySurname: SurnameIndex): void {
  for (const runs of [outside, inside]) for (const run of runs) attachTitle(run, bySurname);
}

/** One run's titles to the known names with its single name word as surname. */
function attachTitle(run: readonly Token[], bySurname: SurnameIndex): void {
  // A lone word has no title before it (most runs): skip splitting it.
  if (run.length < 2) return;
  const { roles, name } = splitRoles(run);
  const only = name[0];
  if (name.length !== 1 || only === undefined || roles.length === 0) return;
  for (const known of bySurname.get(stripPossessive(only.lower)) ?? []) {
    roles.forEach((r) => known.roles.add(r));
    known.person = true;
  }
}

/** The known full name for a single name word: by surname first, else by any unique name token. */
export function lookupName(
  names: ReadonlyMap<string, KnownName>,
  word: string,
): KnownName | undefined {
  const index = nameIndex(names);
  // Longest full name with this surname; among different people, the first introduced.
  return index.bySurname.get(word) ?? index.byWord.get(word);
}

/** The longest known name that contains `words` as a contiguous run ("Te Kaurinui" → "Te Kaurinui Robert Parata"). */
export function longestContaining(
  names: ReadonlyMap<string, KnownName>,
  words: readonly string[],
): KnownName | undefined {
  return containingName(names, words.join(' ').toLowerCase());
}

/** A known person introduced with a role ("Facebook CEO Mark Zuckerberg" for "ceo"). */
export function nameWithRole(
  names: ReadonlyMap<string, KnownName>,
  role: string,
): KnownName | undefined {
  let best: KnownName | undefined;
  for (const known of names.values()) {
    if (!known.person || !known.roles.has(role)) continue;
    if (best === undefined || known.mentions > best.mentions) best = known;
  }
  return best;
}
