/**
 * The later passes of the names pre-pass (`collect-names.ts`): once every multi-word name is known,
 * weigh the evidence about each one across the article. A title written before its surname
 * ("Prime Minister Netanyahu") or the surname used alone next to a speech verb makes it a person;
 * "Energy Control, which ..." makes it a thing, "Jo Day, who ..." a person.
 */
import { isFirstName } from '../lexicon/gender';
import { HONORIFICS, ROLE_WORDS } from '../lexicon/sources';
import { lazySet } from '../lexicon/lazy';
import { VERB_FORMS } from '../lexicon/verbs';
import type { BlockModel } from '../1-text/model';
import type { Token } from '../1-text/tokenize';
import type { KnownName } from './known-names';
import { splitRoles, stripPossessive } from './name-words';

/** Known names by a lower-cased word of theirs, in the order the article introduces them. */
export type SurnameIndex = Map<string, KnownName[]>;

/** Names grouped by surname, in the map's order: what a title before a lone surname goes to. */
export function bySurnameOnly(names: Map<string, KnownName>): SurnameIndex {
  const index: SurnameIndex = new Map();
  for (const known of names.values()) {
    const list = index.get(known.surname);
    if (list === undefined) index.set(known.surname, [known]);
    else list.push(known);
  }
  return index;
}

/**
 * Index the names by surname and by first word (family name first: "Lee Jae-myung" is "Lee"), for
 * `markPersons`; a name that has gained a role by now is a person.
 */
export function surnameIndex(names: Map<string, KnownName>): SurnameIndex {
  const bySurname: SurnameIndex = new Map();
  const add = (key: string, known: KnownName) => {
    const list = bySurname.get(key) ?? [];
    list.push(known);
    bySurname.set(key, list);
  };
  for (const known of names.values()) {
    const first = (known.name.split(' ')[0] ?? '').toLowerCase();
    // A role, or a common first name ("Teresa Nielsen Hayden"), makes a person.
    if (known.roles.size > 0 || isFirstName(first)) known.person = true;
    add(known.surname, known);
    add(first, known);
  }
  return bySurname;
}

/** "Prime Minister Netanyahu" (even inside a quote) gives the titles to the known full name. */
export function attachTitles(outside: Token[][], inside: Token[][], bySurname: SurnameIndex): void {
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

/**
 * "Energy Control, which has been running ...": a name taking "which" is an institution; "Jo Day,
 * who represented them, ...": one taking "who" is a person, unless it also took "which".
 */
export function markThings(block: BlockModel, names: Map<string, KnownName>): void {
  for (let i = 0; i < block.tokens.length; i += 1) {
    const t = block.tokens[i];
    const rel = t?.lower;
    if ((rel !== 'which' && rel !== 'who') || block.tokens[i - 1]?.text !== ',') continue;
    let from = i - 2;
    while (from > 0 && block.tokens[from - 1]?.cap === true) from -= 1;
    const first = block.tokens[from];
    const last = block.tokens[i - 2];
    if (first === undefined || last === undefined || !last.cap) continue;
    const known = names.get(stripPossessive(block.text.slice(first.start, last.end)).toLowerCase());
    if (known === undefined) continue;
    if (rel === 'which') known.thing = true;
    else if (known.thing !== true) known.person = true;
  }
}

const ARTICLES = lazySet(() => ['the', 'a', 'an']);

const speaks = (w: string | undefined) => w !== undefined && VERB_FORMS.has(w);

/**
 * Role words that only qualify the title after them ("deputy", "foreign"): written in lower case
 * before a name they are no role of the person's ("the state Jane Doe won").
 */
const QUALIFIERS = lazySet(() => [
  'prime',
  'foreign',
  'defense',
  'defence',
  'interior',
  'finance',
  'press',
  'senior',
  'state',
  'vice',
  'deputy',
  'member',
]);

/**
 * "the novelist Jo Walton", "Wild coach Bruce Boudreau": a lower-case role word right before the
 * first word of a known name makes it a person's and gives it that role (for "the coach").
 */
function roleBefore(prev: Token | undefined, t: Token, bySurname: SurnameIndex): void {
  if (prev === undefined || prev.cap || !ROLE_WORDS.has(prev.lower) || QUALIFIERS.has(prev.lower))
    return;
  for (const k of bySurname.get(t.lower) ?? []) {
    if (!k.name.toLowerCase().startsWith(`${t.lower} `)) continue;
    k.person = true;
    k.roles.add(prev.lower);
  }
}

/** "Curie, 21, a student": only a person's lone name takes an age set off by commas. */
function agedAfter(block: BlockModel, i: number): boolean {
  const age = block.tokens[i + 2];
  if (block.tokens[i + 1]?.text !== ',' || block.tokens[i + 3]?.text !== ',') return false;
  return age !== undefined && /^[1-9]\d?$/.test(age.text);
}

/** A name is a person's when its surname also appears on its own ("Bassi said", "Bassi, 52,") or with a title. */
export function markPersons(block: BlockModel, bySurname: SurnameIndex): void {
  for (let i = 0; i < block.tokens.length; i += 1) {
    const t = block.tokens[i];
    if (t === undefined || !t.cap) continue;
    // Not read at -1: a negative index would turn this load megamorphic.
    const prev = i > 0 ? block.tokens[i - 1] : undefined;
    const next = block.tokens[i + 1];
    if (next?.cap === true && prev?.cap !== true) roleBefore(prev, t, bySurname);
    // A word inside a run of capitals is no lone surname: checked before the table look-ups.
    if (next?.cap === true || (prev?.cap === true && !HONORIFICS.has(prev.lower))) continue;
    const word = stripPossessive(t.lower);
    const list = bySurname.get(word);
    if (list === undefined) continue;
    for (const k of list) k.mentions += 1;
    // The lone name must act like a person: after a title, or next to a speech verb.
    const titled = prev !== undefined && HONORIFICS.has(prev.lower);
    const skipAux = block.tokens[i + 2]?.lower;
    // "Once Fetter arrived", "Fetter married him": a lone word acting as a past-tense subject.
    const acts = block.tags[i + 1] === 'verb' && (next?.lower.endsWith('ed') ?? false);
    // "the Celtics negotiated": a determiner makes the lone word a team or a product, not a person.
    if (prev !== undefined && ARTICLES.has(prev.lower)) continue;
    if (
      !titled &&
      !acts &&
      !agedAfter(block, i) &&
      !speaks(next?.lower) &&
      !speaks(prev?.lower) &&
      !speaks(skipAux)
    )
      continue;
    const actsOnly = !titled && !agedAfter(block, i);
    for (const k of list) {
      if (k.surname !== word && brandWord(list, word)) continue;
      if (!k.person) k.actsOnly = actsOnly;
      else if (!actsOnly) k.actsOnly = false;
      k.person = true;
    }
  }
}

/**
 * "Google Maps", "Google Glass": a word that opens two or more of the article's names, none of
 * them titled, is a brand before its products, not a family name written first ("Lee Jae-myung",
 * "Interior Minister Lee Sang-min"), so "Google said" makes none of them a person.
 */
function brandWord(list: readonly KnownName[], word: string): boolean {
  let opened = 0;
  for (const k of list) {
    if (k.surname === word) continue;
    if (k.roles.size > 0) return false;
    opened += 1;
  }
  return opened >= 2;
}
