/**
 * A pass of the names pre-pass (`collect-names.ts`): a person the article brings in by one given
 * name and an appositive saying what the person is ("I called Athena, a 13-year-old who lives in
 * Houston", "we met Zed, her brother,"), or a person phrase and then the name ("Mr Roe's
 * daughter, Arlene, who ..."), whose kin noun also shows the gender. The full-name pass needs two words, so such a person was
 * never held, and a later "she said" went to whatever capitalised run the memory did hold. The
 * appositive must be headed by a noun for a person (an age, a role, a kin or agent noun), so "Paris,
 * a city" or "Acme, a firm" stay out.
 */
import { isFirstName, PERSON_NOUNS } from '../lexicon/gender';
import { isPlaceName } from '../lexicon/places';
import { isProfessionNoun } from '../lexicon/professions';
import { isAge, isEpithet, isRoleWord } from '../lexicon/sources';
import { lazySet } from '../lexicon/lazy';
import { CLAUSE_OPENING_CAPS, TIME_WORDS } from '../lexicon/words';
import type { BlockModel } from '../1-text/model';
import type { KnownName } from './known-names';
import { isAgentNoun } from './agent-noun';
import { isInstitutionWord } from './name-words';

/** Words that open an appositive bringing a person in: "a nurse", "her mother". */
const OPENERS = lazySet(() => ['a', 'an', 'her', 'his', 'my', 'our', 'their']);
/** Words after which an appositive's head is over ("a nurse who ...", "a nurse at the clinic"). */
const HEAD_ENDS = lazySet(() => [
  ',',
  '.',
  ';',
  ')',
  '\u2014',
  'who',
  'whose',
  'of',
  'at',
  'from',
  'in',
  'with',
  'for',
  'and',
]);
/** How many words may stand before the head ("a retired school nurse"). */
const MAX_MODIFIERS = 3;

/** Is this lower-case word the head of a phrase naming a person ("13-year-old", "mother")? */
function isPersonHead(word: string): boolean {
  return (
    isAge(word) ||
    PERSON_NOUNS.has(word) ||
    isEpithet(word) ||
    isRoleWord(word) ||
    isAgentNoun(word) ||
    isProfessionNoun(word)
  );
}

/**
 * The head of the person appositive opening at token `from` ("a 13-year-old who ..." gives
 * "13-year-old"), or null when the phrase names no person or runs into a verb ("Today, a man was").
 */
export function personAppositive(block: BlockModel, from: number): string | null {
  const open = block.tokens[from];
  if (open === undefined || !OPENERS.has(open.lower)) return null;
  for (let i = from + 1; i <= from + 1 + MAX_MODIFIERS; i += 1) {
    const t = block.tokens[i];
    const tag = block.tags[i];
    if (t === undefined || !t.isWord || t.cap || tag === 'verb' || tag === 'aux') return null;
    const next = block.tokens[i + 1];
    if (isPersonHead(t.lower) && (next === undefined || HEAD_ENDS.has(next.lower))) return t.lower;
  }
  return null;
}

/** Determiners that may open a person phrase set before a name ("the driver, Zed,"). */
const LEADERS = lazySet(() => ['the', 'a', 'an', 'her', 'his', 'my', 'our', 'their', 'its']);

/**
 * "Mr Roe's daughter, Arlene, who ...", "his wife, Tess,": the head of the person phrase that ends
 * at the comma at `comma`, opened by a determiner or a possessor, or null.
 */
export function personBefore(block: BlockModel, comma: number): string | null {
  const head = block.tokens[comma - 1];
  if (head === undefined || head.cap || !isPersonHead(head.lower)) return null;
  for (let i = comma - 2; i >= Math.max(0, comma - 2 - MAX_MODIFIERS); i -= 1) {
    const t = block.tokens[i];
    if (t === undefined || !t.isWord) return null;
    if (LEADERS.has(t.lower) || t.lower.endsWith("'s")) return head.lower;
    const tag = block.tags[i];
    if (t.cap || tag === 'verb' || tag === 'aux') return null;
  }
  return null;
}

/** Marks that close a name set off after a person phrase ("daughter, Arlene, who ..."). */
const NAME_CLOSERS = lazySet(() => [',', '.', ';', ')', '\u2014', 'who']);

/** Could the capitalised word at `i` be a given name standing alone? */
function loneName(block: BlockModel, i: number): boolean {
  const t = block.tokens[i];
  const before = block.tokens[i - 1];
  if (t === undefined || !t.isWord || !t.cap || block.quoted[i] === true) return false;
  // All capitals is an acronym ("NASA, an agency"); a name inside a run is a full name's.
  if (t.text === t.text.toUpperCase()) return false;
  if (CLAUSE_OPENING_CAPS.has(t.lower) || TIME_WORDS.has(t.lower)) return false;
  if (isInstitutionWord(t.lower) || isRoleWord(t.lower) || isPlaceName([t.lower])) return false;
  // After a lower-case word ("called Athena,") or a comma, or a known first name anywhere.
  return (
    (before !== undefined && ((before.isWord && !before.cap) || before.text === ',')) ||
    isFirstName(t.lower)
  );
}

/**
 * Hold the people a block brings in by a lone given name and a person appositive, keyed by the
 * lower-cased name; a word some full name already holds (`taken`) is that person's, not a new one.
 */
export function addIntroducedNames(
  block: BlockModel,
  names: Map<string, KnownName>,
  taken: ReadonlySet<string>,
): void {
  const { tokens } = block;
  for (let i = 1; i + 1 < tokens.length; i += 1) {
    const t = tokens[i];
    if (t === undefined || !t.cap || taken.has(t.lower)) continue;
    const after = tokens[i + 1]?.text === ',' ? personAppositive(block, i + 2) : null;
    const head =
      after ??
      (tokens[i - 1]?.text === ',' && NAME_CLOSERS.has(tokens[i + 1]?.lower ?? '')
        ? personBefore(block, i - 1)
        : null);
    if (head === null || !loneName(block, i)) continue;
    // "her brother", "a mother": a kin or role noun is a role, and shows the person's gender.
    const roles = isRoleWord(head) || PERSON_NOUNS.has(head) ? [head] : [];
    const known = names.get(t.lower);
    if (known !== undefined) {
      known.person = true;
      known.mentions += 1;
      for (const r of roles) known.roles.add(r);
      continue;
    }
    names.set(t.lower, {
      name: t.text,
      surname: t.lower,
      roles: new Set(roles),
      person: true,
      mentions: 1,
    });
  }
}
