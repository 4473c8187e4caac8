/**
 * The people a sentence names outside its quotations, with what the sentence shows of them: their
 * gender and whether they are a clause's subject. The conversation (`conversation.ts`) reads these
 * to know who is on stage when a pronoun or a quote with no cue of its own comes next. Names come
 * from structure (a run of capitalised words tagged as a name) and are kept only with evidence of a
 * person: a known person (the names pre-pass or an earlier speaker), a first name the gender
 * lexicon knows, or a person noun written just before ("the novelist Jo Walton").
 */
import type { BlockModel } from '../1-text/model';
import type { Sentence } from '../1-text/sentences';
import { genderOf, titleGender, type Gender } from '../lexicon/gender';
import { isPersonNoun } from '../lexicon/people';
import {
  DOCUMENT_MARKERS,
  GOVERNMENT_MARKERS,
  HONORIFICS,
  MEDIA_MARKERS,
  ORGANIZATION_MARKERS,
} from '../lexicon/sources';
import { isPlaceName } from '../lexicon/places';
import { unnamedPeople } from './unnamed-people';

/** One person named in a sentence. */
export interface PersonMention {
  block: number;
  /** Token range of the name, a possessive ending included. */
  from: number;
  to: number;
  /** Lower-cased last word without a possessive: how a later surname or speaker matches it. */
  surname: string;
  /** Lower-cased words of the name as written. */
  words: string[];
  gender: Gender | null;
  /** Followed by a verb: the subject of a clause ("Ford visited ..."), not an object. */
  subject: boolean;
  /** Written as a possessive ("Steenburgen's son"): someone else is the subject. */
  possessive: boolean;
  /**
   * Introduced with what they are: a person noun before the name ("the novelist Jo Walton") or an
   * appositive or a "who" clause after it ("Ann Weller, a farmer,"). A person mentioned in passing
   * is not.
   */
  described: boolean;
}

/**
 * What the caller knows about a capitalised word: a person it has met before (`person`), only a
 * word of some full name in the article (`name-part`: a person's if it acts as one, "Braun has
 * worked ..."), or nothing.
 */
export type KnownPerson = (word: string) => 'person' | 'name-part' | null;

const POSSESSIVE = /['\u2019]s?$/;

const isInstitution = (w: string): boolean =>
  GOVERNMENT_MARKERS.has(w) ||
  ORGANIZATION_MARKERS.has(w) ||
  MEDIA_MARKERS.has(w) ||
  DOCUMENT_MARKERS.has(w);

/** The lower-case person noun right before a name ("his editor Teresa ..."), or null. */
function nounBefore(block: BlockModel, from: number): string | null {
  const t = block.tokens[from - 1];
  if (t === undefined || !t.isWord || t.cap || block.quoted[from - 1] === true) return null;
  return isPersonNoun(t.lower, block.tags[from - 1] === 'noun') ? t.lower : null;
}

/** Every person the sentence names outside quotations, in reading order. */
export function personsNamed(
  block: BlockModel,
  sentence: Sentence,
  known: KnownPerson,
): PersonMention[] {
  const out: PersonMention[] = [];
  let i = sentence.from;
  while (i < sentence.to) {
    const t = block.tokens[i];
    if (t === undefined || block.tags[i] !== 'name' || block.quoted[i] === true) {
      i += 1;
      continue;
    }
    let to = i + 1;
    for (;;) {
      // "Mr. Dane": an honorific's period stays inside the name.
      const dot =
        block.tokens[to]?.text === '.' && HONORIFICS.has(block.tokens[to - 1]?.lower ?? '');
      const k = dot ? to + 1 : to;
      const inside =
        k < sentence.to &&
        block.tags[k] === 'name' &&
        block.quoted[k] !== true &&
        !POSSESSIVE.test(block.tokens[to - 1]?.text ?? '');
      if (!inside) break;
      to = k + 1;
    }
    const mention = asPerson(block, i, to, known);
    if (mention !== null) out.push(mention);
    i = to;
  }
  const unnamed = unnamedPeople(block, sentence);
  if (unnamed.length > 0) {
    out.push(...unnamed);
    out.sort((a, b) => a.from - b.from);
  }
  out.forEach((m, k) => {
    m.gender ??= possessiveGender(
      block,
      m.to,
      Math.min(sentence.to, out[k + 1]?.from ?? sentence.to),
    );
  });
  // "The nurse Jean Morel and the doctor Kim Lark run it": both are subjects.
  for (let k = out.length - 2; k >= 0; k -= 1) {
    const m = out[k];
    const next = out[k + 1];
    const link = block.tokens[m?.to ?? -1]?.lower;
    if (m === undefined || next === undefined || !next.subject || m.possessive) continue;
    if ((link === 'and' || link === 'or') && next.from - m.to <= COORDINATION_GAP) m.subject = true;
  }
  return out;
}

/** Words between "and" and the next name in a coordinated subject ("and the doctor Kim Lark"). */
const COORDINATION_GAP = 4;

/**
 * Is token k a verb? The tagger's word, or a present-tense "-s" form it read as a plural noun
 * before an object ("Rose-Lynn summons the strength").
 */
function verbAt(block: BlockModel, k: number): boolean {
  const tag = block.tags[k];
  if (tag === 'verb' || tag === 'aux') return true;
  const next = block.tags[k + 1];
  return (
    tag === 'noun' &&
    (block.tokens[k]?.lower ?? '').endsWith('s') &&
    (next === 'det' || next === 'poss')
  );
}

/**
 * "One of the engineers, Ron Dolin, started yelling": a name set off by commas right before the
 * verb names the clause's subject phrase, so it is that subject too.
 */
function appositiveSubject(block: BlockModel, from: number, to: number): boolean {
  return (
    block.tokens[from - 1]?.text === ',' && block.tokens[to]?.text === ',' && verbAt(block, to + 1)
  );
}

/** How far after a name its possessive may come ("Ford visited his editor"). */
const POSSESSIVE_REACH = 4;

/**
 * "Ford visited his editor", "Hayden at her office": a possessive "his"/"her" shortly after a name,
 * before the next person and the next comma, is most likely that person's. "Her" counts only
 * before a noun ("visited her." is someone else).
 */
function possessiveGender(block: BlockModel, from: number, to: number): Gender | null {
  for (let i = from; i < Math.min(to, from + POSSESSIVE_REACH); i += 1) {
    const t = block.tokens[i];
    if (t === undefined || block.quoted[i] === true || !t.isWord) return null;
    if (t.lower === 'his') return 'male';
    if (t.lower === 'her') {
      const next = block.tags[i + 1];
      return next === 'noun' || next === 'adj' ? 'female' : null;
    }
  }
  return null;
}

/** The lower-cased word of token i without a possessive ending. */
const bare = (block: BlockModel, i: number): string =>
  (block.tokens[i]?.lower ?? '').replace(POSSESSIVE, '');

function asPerson(
  block: BlockModel,
  from: number,
  to: number,
  known: KnownPerson,
): PersonMention | null {
  let start = from;
  while (
    start < to - 1 &&
    (HONORIFICS.has(block.tokens[start]?.lower ?? '') || block.tokens[start]?.text === '.')
  )
    start += 1;
  if (to - start > 4) return null;
  const honorific = start > from;
  const surname = bare(block, to - 1);
  const k = known(surname);
  // Most capitalised words are one-word names of places, firms or people unknown: settle them
  // before building anything.
  if (to - start === 1 && !honorific && k !== 'person' && !(k === 'name-part' && verbAt(block, to)))
    return null;
  const words: string[] = [];
  for (let i = start; i < to; i += 1) words.push(bare(block, i));
  const first = words[0] ?? '';
  const noun = nounBefore(block, from);
  const evidence =
    k === 'person' ||
    (k === 'name-part' && verbAt(block, to)) ||
    honorific ||
    (words.length >= 2 && (genderOf(first) !== null || noun !== null));
  if (!evidence || words.some(isInstitution) || isPlaceName(words)) return null;
  const titles: string[] = [];
  for (let i = from; i < start; i += 1)
    if (block.tokens[i]?.isWord === true) titles.push(bare(block, i));
  if (noun !== null) titles.push(noun);
  // "Ann Weller, a farmer," or "Bill Kirby, who won gold in 2000,": the writer introduces them.
  const appositive =
    block.tokens[to]?.text === ',' &&
    ['a', 'an', 'the', 'who'].includes(block.tokens[to + 1]?.lower ?? '');
  return {
    block: block.index,
    from,
    to,
    surname,
    words,
    // A lone word may be a surname ("Sharon"): only titles tell its gender.
    gender: words.length >= 2 ? genderOf(first, titles) : titleGender(titles),
    // "Page also said": an adverb may stand between the subject and its verb.
    subject:
      verbAt(block, to) ||
      (block.tags[to] === 'adv' && verbAt(block, to + 1)) ||
      appositiveSubject(block, from, to),
    possessive: POSSESSIVE.test(block.tokens[to - 1]?.text ?? ''),
    described: noun !== null || appositive,
  };
}
