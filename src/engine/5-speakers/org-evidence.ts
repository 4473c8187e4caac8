/**
 * A pass of the names pre-pass (`collect-names.ts`) that gathers evidence that a capitalised name
 * is a company or a group, not a person: what only a body has written after it ("Zyntro's shares",
 * "a Zyntro spokeswoman"), a legal form ("Zyntro Inc"), "Zyntro, which", "its" soon after it
 * (`its-follows.ts`), or a person placed at it ("an analyst at Zyntro"). The evidence counts only for a name with no sign of a person
 * (`settleOrganisations`), so "the senator's spokesman" leaves a known senator a person.
 */
import { isFirstName, pronounGender } from '../lexicon/gender';
import { CORPORATE_SUFFIXES, ORG_POSSESSIONS } from '../lexicon/organisations';
import { isPersonNoun } from '../lexicon/people';
import { isPlaceName, isRegionName } from '../lexicon/places';
import { HONORIFICS } from '../lexicon/sources';
import type { BlockModel } from '../1-text/model';
import type { KnownName } from './known-names';
import { isAcronym, isInstitutionWord, stripPossessive } from './name-words';
import { itsFollows } from './its-follows';

/** Names (lower-cased, as keyed in the names map) with evidence of a body, and how written. */
export type OrgHints = Map<string, string>;

/** Does the name ending at token `last` show a body in what follows it? */
function bodyAfter(block: BlockModel, last: number): boolean {
  const next = block.tokens[last + 1];
  if (next === undefined) return false;
  // "Zyntro, which has ...": a relative "which" takes a thing.
  if (next.text === ',') return block.tokens[last + 2]?.lower === 'which';
  if (next.cap) return false;
  // "Zyntro's shares", "a Zyntro spokeswoman", "Zyntro's chief executive".
  // A noun (or read as a modifier), not a verb: "Zyntro shares its data" is no sign of anything.
  const at = next.lower === 'chief' ? last + 2 : last + 1;
  const noun = block.tokens[at];
  return noun !== undefined && block.tags[at] !== 'verb' && ORG_POSSESSIONS.has(noun.lower);
}

/** "an analyst at Zyntro", "works at Zyntro": a person placed at the name. */
function personAt(block: BlockModel, first: number): boolean {
  if (block.tokens[first - 1]?.lower !== 'at') return false;
  const before = block.tokens[first - 2];
  if (before === undefined || before.cap) return false;
  return isPersonNoun(before.lower, block.tags[first - 2] === 'noun') || before.lower === 'works';
}

/** How far after a name "he", "his" or "her" may come to be its own. */
const PRONOUN_REACH = 8;

/**
 * "Ola Brandt said his team ...": "he", "his" or "her" soon after a name, in its sentence and with
 * no other name between, is a person's pronoun for it; evidence for a name the first-name
 * lexicon does not know.
 */
function pronounFollows(block: BlockModel, end: number): boolean {
  for (let k = end + 1; k <= end + PRONOUN_REACH; k += 1) {
    const t = block.tokens[k];
    if (t === undefined || t.text === '.' || t.text === ';' || block.quoted[k] === true)
      return false;
    if (t.cap && block.tags[k] === 'name') return false;
    // A gendered pronoun ("he", "his", "her"): a person's, never a body's.
    if (pronounGender(t.lower) !== null) return true;
  }
  return false;
}

/**
 * Note the names of `block` that show a body. A lone capitalised word, or a run of them that is
 * one of the article's names; places ("China's officials"), acronyms and titled names are left
 * alone.
 */
export function markOrganisations(
  block: BlockModel,
  names: ReadonlyMap<string, KnownName>,
  hints: OrgHints,
): void {
  const { tokens } = block;
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (t === undefined || !t.cap || block.quoted[i] === true) {
      i += 1;
      continue;
    }
    let end = i;
    while (tokens[end + 1]?.cap === true) end += 1;
    const start = i;
    let from = i;
    i = end + 1;
    // "The Zyntro spokesman", "Its shares": closed-class words opening the run are no name.
    while (from < end && block.tags[from] !== 'name') from += 1;
    if (block.tags[from] !== 'name') continue;
    // "Mr. Sabrov's staff": a title before the name (its full stop a token) makes it a person's.
    const dot = tokens[start - 1]?.text === '.' ? 1 : 0;
    let titled = false;
    for (let k = Math.max(0, start - 1 - dot); k < from; k += 1)
      titled ||= HONORIFICS.has(tokens[k]?.lower ?? '');
    if (titled) continue;
    const whole = names.get(
      stripPossessive(
        block.text.slice(tokens[from]?.start ?? 0, tokens[end]?.end ?? 0),
      ).toLowerCase(),
    );
    if (whole !== undefined && !whole.person && pronounFollows(block, end)) whole.person = true;
    // "Zyntro Inc": the name before a legal form is the company's short name.
    const suffix = CORPORATE_SUFFIXES.has(tokens[end]?.lower ?? '') && end > from;
    const last = suffix ? end - 1 : end;
    if (
      !suffix &&
      !bodyAfter(block, end) &&
      !personAt(block, from) &&
      !itsFollows(block, from, end)
    )
      continue;
    const words: string[] = [];
    for (let k = from; k <= last; k += 1) words.push(stripPossessive(tokens[k]?.lower ?? ''));
    if (
      words.some(isInstitutionWord) ||
      isPlaceName(words) ||
      isRegionName(words) ||
      isFirstName(words[0] ?? '')
    )
      continue;
    const firstTok = tokens[from];
    const lastTok = tokens[last];
    if (firstTok === undefined || lastTok === undefined) continue;
    const written = stripPossessive(block.text.slice(firstTok.start, lastTok.end));
    if (isAcronym(written)) continue;
    hints.set(words.join(' '), written);
  }
}

/**
 * Weigh the hints once every pass is done: a known name with no sign of a person becomes a thing.
 * A lone word no person's name holds joins the names as one ("Zyntro said" is then Zyntro the
 * company), and the names of no person that hold it are things too ("Zyntro Cloud", "US Zyntro").
 */
export function settleOrganisations(names: Map<string, KnownName>, hints: OrgHints): void {
  const held = new Set<string>();
  for (const known of names.values())
    if (known.person && known.actsOnly !== true)
      for (const w of known.name.toLowerCase().split(' ')) held.add(w);
  for (const [key, written] of hints) {
    const known = names.get(key);
    if (known !== undefined) {
      if (!known.person || known.actsOnly === true) known.thing = true;
      continue;
    }
    if (key.includes(' ') || held.has(key)) continue;
    // A name acting as a subject with the word as its last ("US Zyntro ended ...") is the body
    // too; one opened by it ("Zyntro CIO Ann Lee") may be a person placed at the body.
    for (const k of names.values()) {
      const words = k.name.toLowerCase().split(' ');
      if (!words.includes(key)) continue;
      if (!k.person || (k.actsOnly === true && k.surname === key)) k.thing = true;
    }
    names.set(key, {
      name: written,
      surname: key,
      roles: new Set(),
      person: false,
      mentions: 1,
      thing: true,
    });
  }
}
