/**
 * Stage 5a: speaker noun phrases without a tagger. Scan tokens outward from a position, keep words
 * that can sit in a name or a description ("the Russian space agency", "a source familiar with the
 * matter"), stop at clause boundaries, and require a head word that can name a source.
 */
import type { Tag } from '../1-text/tags';
import { closingPhrase } from './trailing-report';
import {
  ANONYMOUS_HEADS,
  GOVERNMENT_MARKERS,
  HONORIFICS,
  MEDIA_MARKERS,
  ORGANIZATION_MARKERS,
  ROLE_WORDS,
  isDocumentWord,
  isAge,
  isEpithet,
  isPluralMarker,
  isRoleWord,
  PORTFOLIO_WORDS,
} from '../lexicon/sources';
import { DETERMINERS, NP_BREAKERS, SUBJECT_PRONOUNS } from '../lexicon/words';
import { VERB_FORMS } from '../lexicon/verbs';
import type { BlockModel } from '../1-text/model';
import { isSuffixPeriod, pastAfterHead } from './phrase-edges';
import type { Token } from '../1-text/tokenize';
import { isHandle } from '../1-text/handles';
import { lazySet } from '../lexicon/lazy';
import { phraseRestart } from './phrase-restart';
import { quotedTitleStart } from './quoted-title';
import { nicknameEnd, nicknameStart } from './nickname';
import {
  TEAMS,
  COMPANIONS,
  KIN,
  PAST_FORMS,
  POSSESSIVES,
  POSTMODIFIER_PREPS,
  SENTENCE_ADVERBS,
  NEARNESS_WORDS,
} from '../lexicon/phrase-words';
import { endsWithText } from '../1-text/word-end';

/** A speaker noun phrase as a token range `[from, to)`. */
export interface NounPhrase {
  from: number;
  to: number;
  /** Set when an appositive or relative clause separates the phrase from the verb. */
  appositive: { from: number; to: number } | null;
  /** Coordinated speakers before this one ("both Roscosmos and NASA said"). */
  also?: NounPhrase[];
  /**
   * Found by structure (the tags), not by a speaker-like head word: the resolver may not know its
   * head ("executives across the world"), so it names a source of its own.
   */
  structural?: boolean;
}

const MAX_NP = 9;
const NAME_LINKS = lazySet(() => ['of', 'on', 'for', '&']);
const INNER_WORDS = lazySet(() => ['of', 'the', 'for', '&', 'de', 'la', 'van', 'von', 'bin', 'al']);

/** Is this word a plausible head (last word) of a speaker phrase? */
export function isSpeakerHead(token: Token | undefined, tag?: Tag): boolean {
  if (token === undefined || !token.isWord) return false;
  // Most words have no "'s": skip the replace for them.
  const w = endsWithText(token.lower, "'s") ? token.lower.replace(/'s$/, '') : token.lower;
  if (SUBJECT_PRONOUNS.has(w)) return true;
  // "We're told", "I'm": contractions are not speaker names.
  if (/'(?:re|ve|m|ll|d)$/.test(w)) return false;
  // "Osman Can", "He Jianxiong": the tagger read a modal or a pronoun as part of a name.
  if (tag === 'name') return true;
  // "gave a speech Tuesday, saying ...": a day or month name is a time adverbial, never a source.
  if (tag === 'time') return false;
  if (token.cap && !NP_BREAKERS.has(w)) return true;
  if (isHandle(token)) return true;
  if (/^\d+\p{L}/u.test(token.text)) return true;
  // "the 37-year-old said": an age stands for the person it describes.
  if (tag === 'noun' && isAge(w)) return true;
  return (
    ANONYMOUS_HEADS.has(w) ||
    isRoleWord(w) ||
    // "the first lady", "the star": a noun a story calls the person it is about.
    isEpithet(w) ||
    GOVERNMENT_MARKERS.has(w) ||
    ORGANIZATION_MARKERS.has(w) ||
    MEDIA_MARKERS.has(w) ||
    isDocumentWord(w) ||
    isPluralMarker(w)
  );
}

function isNpWord(block: BlockModel, i: number): boolean {
  const t = block.tokens[i];
  if (t === undefined || block.quoted[i] === true) return false;
  if (!t.isWord) {
    // "Mr. Reeves", "Robert M. Danin": a period after an abbreviation stays inside the phrase.
    const prev = block.tokens[i - 1];
    return t.text === '.' && prev !== undefined && prev.end === t.start && abbreviationLike(prev);
  }
  if (SUBJECT_PRONOUNS.has(t.lower) && block.tags[i] !== 'name') return false;
  if (t.cap) return true;
  // "people close to the talks": "to" after "close" carries the post-modifier on.
  if (t.lower === 'to') return block.tokens[i - 1]?.lower === 'close';
  if (POSTMODIFIER_PREPS.has(t.lower)) {
    // "a source familiar with the matter", "officials in Washington": a preposition after a head.
    const before = block.tokens[i - 1];
    return (
      before !== undefined &&
      (NEARNESS_WORDS.has(before.lower) ||
        ANONYMOUS_HEADS.has(before.lower) ||
        isRoleWord(before.lower))
    );
  }
  // A reporting verb ends the phrase unless a determiner makes it a noun ("the report").
  const prev = block.tokens[i - 1];
  // Past form first: a suffix test and a small table rule out most words before the big one.
  const pastVerb =
    (endsWithText(t.lower, 'ed') || PAST_FORMS.has(t.lower)) && VERB_FORMS.has(t.lower);
  if (pastVerb && !(prev !== undefined && DETERMINERS.has(prev.lower))) return false;
  return !NP_BREAKERS.has(t.lower) || INNER_WORDS.has(t.lower) || DETERMINERS.has(t.lower);
}

/** "Mr.", "M." (an initial), "Gen.", "U.S." (a dotted acronym): a period that ends no phrase. */
function abbreviationLike(t: Token): boolean {
  return (
    HONORIFICS.has(t.lower) ||
    (t.text.length === 1 && t.cap) ||
    ROLE_WORDS.has(t.lower) ||
    (t.cap && t.text.includes('.'))
  );
}

/** "a source familiar with the matter": a head noun followed by a short post-modifier. */
function hasPostmodifiedHead(block: BlockModel, end: number, floor: number): boolean {
  for (let k = end - 1; k >= Math.max(floor + 1, end - 5); k -= 1) {
    const t = block.tokens[k];
    if (t === undefined || !isNpWord(block, k)) return false;
    if (POSTMODIFIER_PREPS.has(t.lower)) {
      const before = block.tokens[k - 1];
      const head = NEARNESS_WORDS.has(before?.lower ?? '') ? block.tokens[k - 2] : before;
      return isSpeakerHead(head);
    }
  }
  return false;
}

/** Collect a noun phrase ending at token `end` (inclusive), scanning left no further than `floor`. */
export function collectLeft(block: BlockModel, end: number, floor: number): NounPhrase | null {
  const last = block.tokens[end];
  if (last === undefined || block.quoted[end] === true) return null;
  // "Ben Okoro Jr. said", "Acme Inc. told": the period of a name's suffix ends no phrase.
  if (last.text === '.')
    return end - 1 >= floor && isSuffixPeriod(block, end)
      ? collectLeft(block, end - 1, floor)
      : null;
  if (last.isWord && SUBJECT_PRONOUNS.has(last.lower))
    return { from: end, to: end + 1, appositive: null };
  if (!isSpeakerHead(last, block.tags[end]) && !hasPostmodifiedHead(block, end, floor)) return null;
  let from = end;
  while (from - 1 >= floor && end - from < MAX_NP) {
    const nick = nicknameStart(block, from - 1);
    if (nick > floor) from = nick;
    else if (isNpWord(block, from - 1)) from -= 1;
    else break;
  }
  // Inner words cannot open a phrase ("of the agency" -> "the agency"), nor can a capitalised
  // sentence adverb ("Now research shows" -> "research").
  while (from < end) {
    const t = block.tokens[from];
    if (
      t === undefined ||
      !(
        t.lower === 'of' ||
        t.lower === 'and' ||
        t.lower === 'for' ||
        !t.isWord ||
        SENTENCE_ADVERBS.has(t.lower)
      )
    )
      break;
    from += 1;
  }
  from = quotedTitleStart(block, phraseRestart(block, from, end), floor);
  const np: NounPhrase = { from, to: end + 1, appositive: null };
  // "both Roscosmos and NASA said": a capitalised phrase joined by "and" is a second speaker.
  const joiner = block.tokens[from - 1];
  const before = block.tokens[from - 2];
  // "Parata and his family believe", "Mugabe and wife Grace 'insisting'": the named person
  // speaks for the family.
  // "Roe and others at the hearing", "he and his supporters": companions of a name or pronoun.
  const owner = block.tokens[from]?.lower ?? '';
  const owned = POSSESSIVES.has(owner) || KIN.has(owner) || COMPANIONS.has(owner);
  const person =
    before !== undefined &&
    block.quoted[from - 2] !== true &&
    (before.cap || SUBJECT_PRONOUNS.has(before.lower));
  if (joiner?.lower === 'and' && person && owned && from - 2 >= floor) {
    const named = collectLeft(block, from - 2, floor);
    // "Roe and her colleagues report": a research team speaks as the group the name leads.
    const team = POSSESSIVES.has(owner) && TEAMS.has(block.tokens[from + 1]?.lower ?? '');
    if (named !== null && team && from + 2 === end + 1 && !SUBJECT_PRONOUNS.has(before.lower))
      return { from: named.from, to: end + 1, appositive: null };
    if (named !== null) return { ...named, to: named.to, also: [] };
  }
  if (
    joiner?.lower === 'and' &&
    before?.cap === true &&
    block.tokens[from]?.cap === true &&
    from - 2 >= floor
  ) {
    const first = collectLeft(block, from - 2, floor);
    if (first !== null && first.also === undefined) {
      // "Committee on Intelligence and Security", "Department of Health and Human Services":
      // after "of" / "on" / "for" the "and" joins words of one institution's name.
      const link = block.tokens[first.from - 1];
      if (link !== undefined && NAME_LINKS.has(link.lower) && block.tokens[first.from - 2]?.cap) {
        const head = collectLeft(block, first.from - 2, floor);
        return { from: head?.from ?? first.from, to: end + 1, appositive: null };
      }

      const linked = block.tokens
        .slice(first.from, first.to)
        .some(
          (t, k) =>
            (NAME_LINKS.has(t.lower) && t.lower !== '&') ||
            (POSTMODIFIER_PREPS.has(t.lower) && isSourceNoun(block.tokens[first.from + k - 1])),
        );
      // "Russian and Iranian officials said", "Reserve and Commerce Department data show": a
      // common-noun head after the second conjunct is shared, so the two are one source.
      const sharedHead = block.tokens[end]?.cap === false;
      if (linked || sharedHead || isPortfolioTitle(block, first, from, end))
        return { from: first.from, to: end + 1, appositive: null };
      if (block.tokens[first.from]?.lower === 'both') first.from += 1;
      return { ...np, also: [first] };
    }
  }
  return np;
}

/**
 * "Health and Human Services Secretary Kathleen Sebelius said": a lone portfolio word before "and"
 * and a title after it (a role word after other capitalised words) are one title, one speaker.
 */
function isPortfolioTitle(
  block: BlockModel,
  first: NounPhrase,
  from: number,
  end: number,
): boolean {
  const word = block.tokens[first.from];
  if (first.to - first.from !== 1 || word === undefined || !PORTFOLIO_WORDS.has(word.lower))
    return false;
  if (isRoleWord(block.tokens[from]?.lower ?? '')) return false;
  for (let k = from + 1; k <= end; k += 1)
    if (isRoleWord(block.tokens[k]?.lower ?? '')) return true;
  return false;
}

/** "officials", "prosecutors", "spokesman": a noun that a place phrase can follow. */
function isSourceNoun(t: Token | undefined): boolean {
  return t !== undefined && (ANONYMOUS_HEADS.has(t.lower) || isRoleWord(t.lower));
}

/** The phrase right after an inverted cue ("..., said Tom Forte, who ..."), up to `ceiling`. */
export function speakerRight(block: BlockModel, from: number, ceiling: number): NounPhrase | null {
  let to = from;
  const inPhrase = (i: number) => isNpWord(block, i) && !pastAfterHead(block, i, from);
  while (to < ceiling && to - from < MAX_NP) {
    const nick = to > from ? nicknameEnd(block, to) : -1;
    if (nick > 0 && nick < ceiling) to = nick;
    else if (inPhrase(to)) to += 1;
    else break;
  }
  const scanned = to;
  // Trim back to the last word that can head a speaker phrase ("the central bank").
  while (to > from && !isSpeakerHead(block.tokens[to - 1], block.tags[to - 1])) to -= 1;
  // "two people familiar with the talks": the post-modifier names the source too.
  const post = block.tokens[to]?.lower;
  if (to > from && (post === 'familiar' || post === 'close') && scanned > to + 2) to = scanned;
  // '"...," said the outfielder.': a determined phrase closing the sentence after the verb.
  if (to === from && closingPhrase(block, from, scanned))
    return { from, to: scanned, appositive: null };
  if (to === from) {
    const t = block.tokens[from];
    if (t !== undefined && t.isWord && SUBJECT_PRONOUNS.has(t.lower))
      return { from, to: from + 1, appositive: null };
    return null;
  }
  return { from, to, appositive: null };
}

/**
 * "New Zealand's whale whisperers worry ...": with a plural verb, an unlisted plural noun can head
 * a speaker phrase if something names or determines it (a possessive, a determiner, a capital).
 */
export function collectPlural(block: BlockModel, end: number, floor: number): NounPhrase | null {
  const last = block.tokens[end];
  if (last === undefined || !last.isWord || last.cap || block.quoted[end] === true) return null;
  const w = last.lower;
  if (w.length < 4 || !endsWithText(w, 's') || endsWithText(w, 'ss') || endsWithText(w, "'s"))
    return null;
  let from = end;
  while (from - 1 >= floor && end - from < 5 && isNpWord(block, from - 1)) from -= 1;
  const first = block.tokens[from];
  const determined =
    first !== undefined &&
    (first.cap || DETERMINERS.has(first.lower) || endsWithText(first.lower, "'s"));
  return determined && from < end ? { from, to: end + 1, appositive: null } : null;
}
