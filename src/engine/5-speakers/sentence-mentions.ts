/**
 * Stage 7b: the people one sentence brings up, and how, for the salience model (`salience.ts`).
 * A name before the sentence's first verb is its subject; a name after the verb, after a
 * preposition or in the possessive is mentioned in passing; a name inside a claim the sentence
 * reports is the claim's, not the author's. "he" and "she" outside quotes and claims continue a
 * chain; "his" or "her" right after a name with no verb between ("Smith and her lawyer") shows
 * that person's gender; "Smith and Jones" is a group a later "they" can continue. One pass over
 * the sentence's tokens.
 */
import { PERSON_NOUNS, type Gender } from '../lexicon/gender';
import type { BlockModel } from '../1-text/model';
import { isHandle } from '../1-text/handles';
import type { Tag } from '../1-text/tags';
import { lazyMap, lazySet } from '../lexicon/lazy';
import { inClass, tokenClass } from '../lexicon/token-classes';
import { stripPossessive } from './name-words';
import type { MentionRole } from './salience';
import { isAgentNoun } from './agent-noun';
import { trailingSubject } from './trailing-subject';

/** Something the sentence says about a person, in reading order. */
export type MentionEvent<P> =
  | { kind: 'name'; at: number; person: P; role: Exclude<MentionRole, 'speaker'> }
  | { kind: 'pronoun'; at: number; gender: Gender }
  | { kind: 'possessive'; at: number; gender: Gender; owner: P }
  | { kind: 'group'; at: number; first: P };

/** A character range of the block (a claim reported in the sentence). */
export interface CharSpan {
  start: number;
  end: number;
}

/** What a lower-case word can tell about people, found with one look-up per word. */
type WordKind = 'he' | 'she' | 'his' | 'her' | 'person-noun';

const WORD_KINDS = lazyMap<string, WordKind>(() => {
  const kinds: Array<[string, WordKind]> = [
    ['he', 'he'],
    ['she', 'she'],
    ['his', 'his'],
    ['her', 'her'],
  ];
  for (const w of PERSON_NOUNS) kinds.push([w, 'person-noun']);
  return kinds;
});
/** Tags of the words a name's run or a described person's modifiers are made of. */
const MODIFIER_TAGS = lazySet<Tag>(() => ['adj', 'num', 'noun', 'name']);
const NAME_TAGS = lazySet<Tag>(() => ['name', 'noun', 'adj']);
/** Closed-class tags of a capitalised word opening a sentence before a name ("In", "The"). */
const OPENER_TAGS = lazySet<Tag>(() => ['prep', 'det', 'conj', 'sub', 'pron', 'poss', 'rel']);
/** Determiners that bring a new person in ("a woman", "one mother"). */
const INTRODUCING = lazySet(() => ['a', 'an', 'one', 'another']);

/** `INTRODUCING` as a token's bit: `sentenceMentions` asks it of every determiner and pronoun. */
const INTRODUCING_CLASS = tokenClass(INTRODUCING);
/** How far after a name a "his" or "her" still shows that name's gender. */
const OWNER_REACH = 4;
const GROUP_OWNERS = lazySet(() => ['his', 'her', 'their']);

/**
 * "Pluznick and her colleagues", "Senator Warren and congresswoman Ocasio-Cortez": the name at
 * `i` opens a group of people a later "they" can continue.
 */
function opensGroup(block: BlockModel, i: number, to: number): boolean {
  if (block.tokens[i + 1]?.lower !== 'and') return false;
  for (let k = i + 2; k < Math.min(to, i + 4); k += 1) {
    const t = block.tokens[k];
    if (t === undefined || block.quoted[k] === true) return false;
    if (t.cap || GROUP_OWNERS.has(t.lower)) return true;
  }
  return false;
}

const inAny = (spans: readonly CharSpan[], at: number): boolean =>
  spans.some((s) => at >= s.start && at < s.end);

/** "Smith's", "Jones'": by character codes, as this runs for every name read. */
function endsWithPossessive(text: string): boolean {
  const n = text.length;
  if (n < 3) return false;
  const last = text.charCodeAt(n - 1);
  if (last === 39 || last === 0x2019) return true;
  const before = text.charCodeAt(n - 2);
  return (last === 115 || last === 83) && (before === 39 || before === 0x2019);
}

/**
 * "a woman", "one young mother": the token where an indefinite phrase headed by the gendered
 * person noun at `head` starts, or -1 (two modifiers at most may come between).
 */
function introducedPerson(block: BlockModel, head: number, from: number): number {
  for (let k = head - 1; k >= Math.max(from, head - 3); k -= 1) {
    const t = block.tokens[k];
    if (t === undefined || block.quoted[k] === true) return -1;
    if (INTRODUCING.has(t.lower)) return k;
    if (!MODIFIER_TAGS.has(block.tags[k] ?? 'punct')) return -1;
  }
  return -1;
}

/**
 * Does the sentence at `from` open with a fronted clause or phrase that ends at its comma: a
 * subordinator or preposition ("When ...", "In ..."), an adverb before one ("Far from ...",
 * "Long before ..."), or a participle ("Speaking to reporters, ...", "Asked about it, ...")?
 */
function opensPhrase(block: BlockModel, from: number): boolean {
  const tag = block.tags[from];
  if (tag === 'sub' || tag === 'prep') return true;
  const next = block.tags[from + 1];
  if (tag === 'adv') return next === 'prep' || next === 'sub';
  return tag === 'verb' && PARTICIPLE.test(block.tokens[from]?.lower ?? '');
}

/**
 * "HPV vaccines were costly, she said": the claim a sentence fronts before the pronoun at `at` that
 * reports it, as a character range, or none. The stretch must be a clause (it has a verb) closed by
 * a comma right before the pronoun, and not a fronted phrase ("In Cohen's study, he found").
 */
export function frontedClaim(block: BlockModel, from: number, at: number): CharSpan[] {
  const comma = block.tokens[at - 1];
  const first = block.tokens[from];
  if (comma?.text !== ',' || first === undefined || at - from < 3 || opensPhrase(block, from))
    return [];
  for (let k = from; k < at - 1; k += 1)
    if (block.tags[k] === 'verb' || block.tags[k] === 'aux')
      return [{ start: first.start, end: comma.start }];
  return [];
}

/** The endings of a participle opening a sentence ("Speaking", "Asked"). */
const PARTICIPLE = /(?:ing|ed)$/u;

/**
 * The person mentions of the sentence at tokens `[from, to)`. `lookup` says which person a name
 * (its words lower-cased, the possessive stripped) refers to, if any; `describe` which person an
 * indefinite phrase ("one mother") introduces; `claims` are the character ranges of the claims
 * the sentence attributes.
 */
export function sentenceMentions<P>(
  block: BlockModel,
  from: number,
  to: number,
  claims: readonly CharSpan[],
  lookup: (words: readonly string[]) => P | undefined,
  describe?: (phrase: string, head: string) => P,
): Array<MentionEvent<P>> {
  const out: Array<MentionEvent<P>> = [];
  const { tokens, quoted, tags } = block;
  let verbSeen = false;
  // "When Smith left, Jones said": an opening clause or phrase ends at its comma.
  const opener = opensPhrase(block, from);
  let openerOpen = opener;
  let lastName: { at: number; person: P; possessive: boolean } | null = null;
  let verbSinceName = false;
  let introducedAt = -10;
  for (let i = from; i < to; i += 1) {
    const t = tokens[i];
    if (t === undefined || quoted[i] === true) continue;
    const tag = tags[i];
    if (t.text === ',' && openerOpen) {
      openerOpen = false;
      verbSeen = false;
      continue;
    }
    // "Mark Brandt" at a sentence start: a capital before a capital opens a name, not a clause.
    const nameStart = t.cap && tokens[i + 1]?.cap === true;
    if ((tag === 'verb' || tag === 'aux') && !nameStart) {
      verbSeen = true;
      verbSinceName = true;
      continue;
    }
    if (!t.isWord) continue;
    // Only pronouns, possessives and nouns can be any of the words below: skip the look-up else.
    // Only pronouns, possessives and nouns just after "a" or "one" can be any of the words below:
    // most tokens skip the look-up.
    if ((tag === 'det' || tag === 'pron') && inClass(t, INTRODUCING_CLASS)) introducedAt = i;
    const kind =
      tag === 'pron' || tag === 'poss' || (tag === 'noun' && i - introducedAt <= 3)
        ? (WORD_KINDS.get(t.lower) ??
          (tag === 'noun' && introducedAt === from && isAgentNoun(t.lower)
            ? 'person-noun'
            : undefined))
        : undefined;
    if (kind === 'he' || kind === 'she') {
      const gender = kind === 'he' ? 'male' : 'female';
      if (!inAny(claims, t.start)) out.push({ kind: 'pronoun', at: i, gender });
      continue;
    }
    if (kind === 'his' || kind === 'her') {
      const gender = kind === 'his' ? 'male' : 'female';
      if (
        lastName !== null &&
        !lastName.possessive &&
        !verbSinceName &&
        i - lastName.at <= OWNER_REACH
      )
        out.push({ kind: 'possessive', at: i, gender, owner: lastName.person });
      continue;
    }
    let person: P | undefined;
    let start = i;
    const possessive = t.cap && endsWithPossessive(t.text);
    if (!t.cap && isHandle(t)) {
      // "elmo666, another user, ...": a user name brings its person in like a name.
      person = lookup([t.lower]) ?? describe?.(t.text, t.lower);
      if (person === undefined) continue;
    } else if (!t.cap) {
      // "one mother", "a young man": a person brought in without a name.
      if (describe === undefined || kind !== 'person-noun') continue;
      start = introducedPerson(block, i, from);
      const first = tokens[start];
      if (start < 0 || first === undefined) continue;
      person = describe(block.text.slice(first.start, t.end), t.lower);
    } else {
      // A name is read at its last capitalised word ("John Smith" at "Smith"); "But", "The" and
      // other closed-class words opening a sentence are none.
      if (tokens[i + 1]?.cap === true || !NAME_TAGS.has(tag ?? 'punct')) continue;
      // Back to the run's first word, not into a capitalised opener ("In Smith's report").
      while (
        start > from &&
        tokens[start - 1]?.cap === true &&
        quoted[start - 1] !== true &&
        !OPENER_TAGS.has(tags[start - 1] ?? 'punct')
      )
        start -= 1;
      const words: string[] = [];
      for (let k = start; k < i; k += 1) words.push(tokens[k]?.lower ?? '');
      words.push(possessive ? stripPossessive(t.lower) : t.lower);
      person = lookup(words);
      if (person === undefined) continue;
    }
    const afterPreposition = start > from && tags[start - 1] === 'prep';
    const inClaim = inAny(claims, t.start);
    const subject =
      (!verbSeen && !afterPreposition) || (verbSeen && trailingSubject(block, start, i, to));
    const role = inClaim ? 'claim' : subject ? 'subject' : 'other';
    out.push({ kind: 'name', at: i, person, role });
    if (!inClaim && opensGroup(block, i, to)) out.push({ kind: 'group', at: i, first: person });
    lastName = { at: i, person, possessive };
    verbSinceName = false;
  }
  return out;
}
