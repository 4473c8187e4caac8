/**
 * Stage 7a: a pre-pass over the whole article that collects full personal names ("French President
 * Emmanuel Macron" gives "Emmanuel Macron" with role "president"), so a later bare surname, "Mr."
 * form or role noun resolves to the fullest name the article gives.
 */
import {
  ANONYMOUS_HEADS,
  DOCUMENT_MARKERS,
  GOVERNMENT_MARKERS,
  HONORIFICS,
  MEDIA_MARKERS,
  ORGANIZATION_MARKERS,
  ROLE_WORDS,
} from './lexicon/sources';
import { isPlaceName } from './lexicon/places';
import { VERB_FORMS } from './lexicon/verbs';
import { TIME_WORDS } from './lexicon/words';
import type { BlockModel } from './model';
import type { Token } from './tokenize';

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
const NOT_PERSON = new Set([
  'harbour', 'harbor', 'island', 'islands', 'river', 'street', 'beach', 'bay', 'mountain',
  'mountains', 'lake', 'sea', 'ocean', 'coast', 'valley', 'park', 'province', 'region', 'square',
  'avenue', 'road', 'bridge', 'airport', 'station', 'hall', 'north', 'south', 'east', 'west',
  'central', 'america', 'africa', 'europe', 'asia', 'korea', 'states', 'kingdom', 'republic',
  'earlier', 'later', 'meanwhile', 'however', 'but', 'although', 'while', 'continue', 'reading',
  'read', 'more', 'related', 'photo', 'image', 'getty', 'images', 'copyright', 'share', 'follow',
]);

// prettier-ignore
const STOP_CAPS = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'but', 'and', 'he', 'she', 'it', 'they', 'we', 'i', 'this',
  'that', 'as', 'if', 'when', 'after', 'for', 'of', 'both', 'either', 'neither', 'now', 'so',
  'yet', 'still', 'however', 'meanwhile', 'also', 'then', 'thus', 'instead', 'indeed',
]);

/** Does this capitalised word mark an institution rather than a person? */
export function isInstitutionWord(lower: string): boolean {
  return (
    GOVERNMENT_MARKERS.has(lower) ||
    ORGANIZATION_MARKERS.has(lower) ||
    MEDIA_MARKERS.has(lower) ||
    DOCUMENT_MARKERS.has(lower)
  );
}

/** Strip a possessive ending ("Netanyahu's" → "Netanyahu"). */
export function stripPossessive(word: string): string {
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

function capRuns(block: BlockModel, insideQuotes = false): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  const flush = () => {
    if (run.length > 0) runs.push(run);
    run = [];
  };
  block.tokens.forEach((t, i) => {
    if ((block.quoted[i] === true) !== insideQuotes) {
      flush();
      return;
    }
    if (t.isWord && t.cap && !STOP_CAPS.has(t.lower)) {
      run.push(t);
      if (/['\u2019]s$/.test(t.text)) flush();
      return;
    }
    if (
      t.text === '.' &&
      run.length > 0 &&
      (run[run.length - 1]?.text.length === 1 || HONORIFICS.has(run[run.length - 1]?.lower ?? ''))
    )
      return;
    flush();
  });
  flush();
  return runs;
}

/** A name is a person's when its surname also appears on its own ("Bassi said") or with a title. */
function markPersons(blocks: readonly BlockModel[], names: Map<string, KnownName>): void {
  const bySurname = new Map<string, KnownName[]>();
  const add = (key: string, known: KnownName) => {
    const list = bySurname.get(key) ?? [];
    list.push(known);
    bySurname.set(key, list);
  };
  for (const known of names.values()) {
    if (known.roles.size > 0) known.person = true;
    add(known.surname, known);
    // Family name first ("Lee Jae-myung" is "Lee" on second mention).
    add((known.name.split(' ')[0] ?? '').toLowerCase(), known);
  }
  for (const block of blocks) {
    block.tokens.forEach((t, i) => {
      if (!t.cap) return;
      const list = bySurname.get(stripPossessive(t.lower));
      const prev = block.tokens[i - 1];
      const next = block.tokens[i + 1];
      if (
        list === undefined ||
        (prev?.cap === true && !HONORIFICS.has(prev.lower)) ||
        next?.cap === true
      )
        return;
      list.forEach((k) => {
        k.mentions += 1;
      });
      // The lone name must act like a person: after a title, or next to a speech verb.
      const speaks = (w: string | undefined) => w !== undefined && VERB_FORMS.has(w);
      const titled = prev !== undefined && HONORIFICS.has(prev.lower);
      const skipAux = block.tokens[i + 2]?.lower;
      if (!titled && !speaks(next?.lower) && !speaks(prev?.lower) && !speaks(skipAux)) return;
      list.forEach((k) => {
        k.person = true;
      });
    });
  }
}

/** Collect every multi-word personal name in the article, keyed by the lower-cased full name. */
export function collectNames(blocks: readonly BlockModel[]): Map<string, KnownName> {
  const names = new Map<string, KnownName>();
  for (const block of blocks) {
    for (const run of capRuns(block)) {
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
  attachTitles(blocks, names);
  markThings(blocks, names);
  markPersons(blocks, names);
  for (const known of names.values()) if (known.thing === true) known.person = false;
  return names;
}

/** "Energy Control, which has been running ...": a name taking "which" is an institution. */
function markThings(blocks: readonly BlockModel[], names: Map<string, KnownName>): void {
  for (const block of blocks) {
    block.tokens.forEach((t, i) => {
      if (t.lower !== 'which' || block.tokens[i - 1]?.text !== ',') return;
      let from = i - 2;
      while (from > 0 && block.tokens[from - 1]?.cap === true) from -= 1;
      const first = block.tokens[from];
      const last = block.tokens[i - 2];
      if (first === undefined || last === undefined || !last.cap) return;
      const known = names.get(
        stripPossessive(block.text.slice(first.start, last.end)).toLowerCase(),
      );
      if (known !== undefined) known.thing = true;
    });
  }
}

/** "Prime Minister Netanyahu" (even inside a quote) gives the titles to the known full name. */
function attachTitles(blocks: readonly BlockModel[], names: Map<string, KnownName>): void {
  for (const block of blocks) {
    for (const run of [...capRuns(block), ...capRuns(block, true)]) {
      const { roles, name } = splitRoles(run);
      const only = name[0];
      if (name.length !== 1 || only === undefined || roles.length === 0) continue;
      const surname = stripPossessive(only.lower);
      for (const known of names.values()) {
        if (known.surname !== surname) continue;
        roles.forEach((r) => known.roles.add(r));
        known.person = true;
      }
    }
  }
}

/** The known full name for a single name word: by surname first, else by any unique name token. */
export function lookupName(
  names: ReadonlyMap<string, KnownName>,
  word: string,
): KnownName | undefined {
  const all = [...names.values()];
  // Longest full name with this surname; among different people, the first introduced.
  const bySurname = all.filter((k) => k.surname === word);
  if (bySurname.length > 0) {
    const first = bySurname[0];
    const longer = bySurname.find(
      (k) =>
        first !== undefined && k.name.endsWith(first.name) && k.name.length > first.name.length,
    );
    return longer ?? first;
  }
  const hits = all.filter((k) =>
    k.name
      .toLowerCase()
      .split(/[\s-]+/)
      .includes(word),
  );
  return hits[0];
}

/** The longest known name that contains `words` as a contiguous run ("Te Kaurinui" → "Te Kaurinui Robert Parata"). */
export function longestContaining(
  names: ReadonlyMap<string, KnownName>,
  words: readonly string[],
): KnownName | undefined {
  const needle = words.join(' ').toLowerCase();
  let best: KnownName | undefined;
  for (const known of names.values()) {
    const hay = ` ${known.name.toLowerCase()} `;
    if (!hay.includes(` ${needle} `)) continue;
    if (best === undefined || known.name.length > best.name.length) best = known;
  }
  return best;
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
