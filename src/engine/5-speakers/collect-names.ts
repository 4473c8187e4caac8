/**
 * Stage 7a: a pre-pass over the whole article that collects full personal names ("French President
 * Emmanuel Macron" gives "Emmanuel Macron" with role "president"), so a later bare surname, "Mr."
 * form or role noun resolves to the fullest name the article gives. The first pass, here, finds the
 * names; the later ones (`name-evidence.ts`) weigh whether each is a person.
 */
import { isCreditLine } from '../4-claims/credit';
import { ANONYMOUS_HEADS, HONORIFICS, ROLE_WORDS } from '../lexicon/sources';
import { isPlaceName } from '../lexicon/places';
import { isAbbreviationWord } from '../lexicon/abbreviations';
import { GIVEN_NAME_TITLES, surnameOf } from '../lexicon/people';
import { isFirstName } from '../lexicon/gender';
import { CLAUSE_OPENING_CAPS, TIME_WORDS } from '../lexicon/words';
import { modalSurname } from '../1-text/tags';
import type { BlockModel } from '../1-text/model';
import type { Token } from '../1-text/tokenize';
import type { KnownName } from './known-names';
import {
  attachTitles,
  bySurnameOnly,
  type SurnameIndex,
  markPersons,
  markThings,
  surnameIndex,
} from './name-evidence';
import { isInstitutionWord, splitRoles, stripPossessive } from './name-words';
import { markAppositiveRoles } from './appositive-roles';
import { midSentenceCaps, opensSentence } from './opening-caps';
import { isOpeningVerb } from './opening-verb';
import { addIntroducedNames } from './introduced-names';
import { displayRunBeforeVerb } from './display-run';
import { markOrganisations, settleOrganisations, type OrgHints } from './org-evidence';
import { isOrgNameHead } from '../lexicon/organisations';
import { lazySet } from '../lexicon/lazy';
import { inClass, tokenClass } from '../lexicon/token-classes';

/** `CLAUSE_OPENING_CAPS` as a token's bit: `capRuns` asks it of every capitalised word. */
const OPENING_CAPS_CLASS = tokenClass(CLAUSE_OPENING_CAPS);

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
  'yet', 'still', 'however', 'meanwhile', 'also', 'then', 'thus', 'instead', 'indeed', 'with',
  'from', 'by', 'to',
]);

/** `STOP_CAPS` as a token's bit: `capRuns` asks it of every capitalised word. */
const STOP_CAPS_CLASS = tokenClass(STOP_CAPS);

/** `/['\u2019]s$/.test(word)` by character codes: this runs for every capitalised word. */
function endsWithPossessive(word: string): boolean {
  const n = word.length;
  if (n < 2 || word.charCodeAt(n - 1) !== 115) return false;
  const mark = word.charCodeAt(n - 2);
  return mark === 39 || mark === 0x2019;
}

/**
 * "Hormud A. Katki", "Ann I. Lee": a single capital and a period inside a run of name words is a
 * middle initial, though "A" and "I" are also words that end a run.
 */
function middleInitial(tokens: readonly Token[], i: number, inRun: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  const after = tokens[i + 2];
  return (
    inRun > 0 &&
    t !== undefined &&
    t.text.length === 1 &&
    next?.text === '.' &&
    next.start === t.end &&
    after !== undefined &&
    after.isWord &&
    after.cap
  );
}

/**
 * "J.C. Chandor", "A.J. Ramos": given names written as dotted initials, then the period the
 * tokenizer splits off, go on to the surname after them. A dotted acronym ("U.S.", "U.N.") is a
 * place or a body, not a person's initials, and ends the run as before.
 */
function dottedInitials(t: Token | undefined, next: Token | undefined): boolean {
  if (t === undefined || next === undefined || !next.isWord || !next.cap) return false;
  return DOTTED_INITIALS.test(t.text) && !isAbbreviationWord(t.lower);
}

/** Two or more capital letters joined by periods, the last period split off: "J.C", "A.J". */
const DOTTED_INITIALS = /^(?:\p{Lu}\.)+\p{Lu}$/u;

/** The runs of capitalised words outside quotes (or inside them): where names are written. */
function capRuns(block: BlockModel, caps: ReadonlySet<string>, insideQuotes = false): Token[][] {
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
      // Only a capitalised word can open a clause here: the table is asked after the capital test.
      const capital = t.isWord && t.cap;
      const opener =
        capital &&
        ((inClass(t, OPENING_CAPS_CLASS) && !modalSurname(t, tokens[i + 1])) ||
          (run.length === 0 && isOpeningVerb(block, i, caps)));
      if (
        capital &&
        (!inClass(t, STOP_CAPS_CLASS) || middleInitial(tokens, i, run.length)) &&
        !opener
      ) {
        run.push(t);
        if (!endsWithPossessive(t.text)) continue;
      } else if (
        t.text === '.' &&
        run.length > 0 &&
        (run[run.length - 1]?.text.length === 1 ||
          HONORIFICS.has(run[run.length - 1]?.lower ?? '') ||
          dottedInitials(run[run.length - 1], tokens[i + 1]))
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

/** A word that cannot be part of a personal name: an institution, a role, a place word, a time. */
const notPerson = (t: Token): boolean =>
  isInstitutionWord(t.lower) ||
  ROLE_WORDS.has(t.lower) ||
  NOT_PERSON.has(t.lower) ||
  TIME_WORDS.has(t.lower);

/**
 * "Kate Elder", "Anthony Lake", "Prime Minister Hun Sen": a surname may be spelt like a role or a
 * place word. In the last place of a run it is the surname when the run shows it names a person:
 * a common first name opens it, or a title stands before it. Institutions and times stay out.
 */
function surnameLike(t: Token, first: Token | undefined, titled: boolean): boolean {
  if (isInstitutionWord(t.lower) || TIME_WORDS.has(t.lower)) return false;
  return titled || isFirstName(first?.lower ?? '');
}

/** Roles that only qualify a title ("Foreign Ministry", "State Department"): no person follows. */
const QUALIFYING_ROLES = lazySet(() => [
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
]);

/**
 * "President Trump", "Mr. Reeves" where the article never gives a full name: the lone surname
 * after a title is a person's name too, so "Mr. Trump", "Trump" and "the president" meet.
 */
function addTitledSurnames(
  runs: readonly Token[][],
  bySurname: SurnameIndex,
  names: Map<string, KnownName>,
  caps: ReadonlySet<string>,
  taken: ReadonlySet<string>,
): void {
  for (const run of runs) {
    if (run.length < 2) continue;
    const { roles, name } = splitRoles(run);
    const only = name[0];
    const title = roles[roles.length - 1];
    if (name.length !== 1 || only === undefined || title === undefined) continue;
    if (QUALIFYING_ROLES.has(title) || notPerson(only)) continue;
    const word = stripPossessive(only.text);
    const key = word.toLowerCase();
    if (bySurname.has(key) || isPlaceName([key]) || ANONYMOUS_HEADS.has(key)) continue;
    // "Sir Keith Joseph ... Sir Keith said": the given name of a full name, not a new surname.
    if (GIVEN_NAME_TITLES.has(title) && taken.has(key)) continue;
    // "How a Young Filmmaker Resurrected the Musical": a headline capitalises every word; a
    // surname keeps its capital in running text too.
    if (!caps.has(key) && !caps.has(only.lower)) continue;
    const known = names.get(key);
    if (known === undefined)
      names.set(key, {
        name: word,
        surname: key,
        roles: new Set(roles),
        person: true,
        mentions: 1,
      });
    else roles.forEach((r) => known.roles.add(r));
  }
}

/**
 * "Watching TV for hours is ...", "Opening Day Tickets": a sentence opening with a word in "-ing"
 * that is no given name starts a clause or a title, not a person's name.
 */
function opensWithGerund(block: BlockModel, name: readonly Token[]): boolean {
  const first = name[0];
  if (first === undefined || !first.lower.endsWith('ing') || isFirstName(first.lower)) return false;
  return opensSentence(block, block.tokens.indexOf(first));
}

/** First pass over one block: its multi-word personal names, keyed by the lower-cased full name. */
function addNames(block: BlockModel, runs: Token[][], names: Map<string, KnownName>): void {
  for (const whole of runs) {
    const run = displayRunBeforeVerb(block.kind, whole);
    // A name takes at least two words: a lone capitalised word (most runs) needs no split.
    if (run.length < 2) continue;
    const { roles, name } = splitRoles(run);
    if (name.length < 2 || name.length > 4) continue;
    const lastWord = name[name.length - 1]?.lower ?? '';
    const lastTok = name[name.length - 1];
    if (opensWithGerund(block, name)) continue;
    const surnamed = lastTok !== undefined && surnameLike(lastTok, name[0], roles.length > 0);
    if (
      name.some((t) => notPerson(t) && !(t === lastTok && surnamed)) ||
      lastWord.endsWith('ists') ||
      ANONYMOUS_HEADS.has(lastWord) ||
      (isPlaceName(name.map((t) => stripPossessive(t.lower))) && !surnamed)
    )
      continue;
    const words = name.map((t) => stripPossessive(t.text));
    const surname = surnameOf(words.map((w) => w.toLowerCase()));
    const firstTok = name[0];
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
        // "Strategy Analytics", "Human Rights Watch": a word only a body's name holds.
        ...(roles.length === 0 && words.some((w) => isOrgNameHead(w.toLowerCase()))
          ? { thing: true }
          : {}),
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
  // Words the article capitalises inside a sentence: a sentence-opening verb is none of them.
  const caps = midSentenceCaps(blocks);
  // Capitalised runs outside quotes, found once and read by the first two passes.
  const outside: Token[][][] = [];
  for (const block of blocks) {
    const runs = capRuns(block, caps);
    outside.push(runs);
    // Captions and credits glue a subject's name to a photographer's: learn no names there.
    if (!isCreditLine(block.text)) addNames(block, runs, names);
    yield block.text.length;
  }
  const surnames = bySurnameOnly(names);
  // Every word of a full name: a lone given name that is one belongs to that person.
  const taken = new Set<string>();
  for (const key of names.keys()) for (const w of key.split(' ')) taken.add(w);
  for (const [i, block] of blocks.entries()) {
    attachTitles(outside[i] ?? [], capRuns(block, caps, true), surnames);
    addTitledSurnames(outside[i] ?? [], surnames, names, caps, taken);
    addIntroducedNames(block, names, taken);
    markAppositiveRoles(block, names);
    yield block.text.length;
  }
  const hints: OrgHints = new Map();
  for (const block of blocks) {
    markThings(block, names);
    markOrganisations(block, names, hints);
    yield block.text.length;
  }
  const bySurname = surnameIndex(names);
  for (const block of blocks) {
    markPersons(block, bySurname);
    yield block.text.length;
  }
  settleOrganisations(names, hints);
  for (const known of names.values()) if (known.thing === true) known.person = false;
  return names;
}
