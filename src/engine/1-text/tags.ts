/**
 * Stage 1b: a small part-of-speech tagger. Closed classes come from a list, frequent verbs from
 * their inflections, the rest from capitals, suffixes and the words around them. It is there so
 * later stages find speakers and clause edges by structure ("Washington-based analysts who have
 * done the calculations say") instead of by remembered phrasings; its errors cost little because
 * every stage still checks the words it cares about.
 */
import { isPastWord, VERB_ONLY_S_FORMS, type Tag } from '../lexicon/pos';
import { lazySet } from '../lexicon/lazy';
import { isRoleWord } from '../lexicon/sources';
import {
  documentHeadAfterArticle,
  headBeforePast,
  infinitiveAfterTo,
  quantifierSubject,
} from './tag-context';
import {
  participleAfterAdverb,
  participleAfterPast,
  pluralObjectAfterPast,
} from './object-context';
import { openingAdjective, postposedAdjective } from './place-adjectives';
import { pastAfterObjectHer } from './object-her';
import type { Sentence } from './sentences';
import type { Token } from './tokenize';

export type { Tag } from '../lexicon/pos';

/** Tags that a verb form after them cannot be a verb ("the report", "his warning"). */
const NOMINAL_OPENERS = lazySet<Tag>(() => ['det', 'poss', 'adj', 'num']);

/** Modals that are also surnames ("Osman Can"). */
const MODALS = lazySet(() => ['can', 'could', 'should', 'would']);

/**
 * "Osman Can said", "Can, a party official,": a capitalised modal before a past form or a comma
 * (no modal takes either) is a surname, not a question's opening word.
 */
export function modalSurname(t: Token, next: Token | undefined): boolean {
  if (!t.cap || !MODALS.has(t.lower) || next === undefined) return false;
  return next.text === ',' || isPastWord(next.lower);
}

/** Is `dot` the full stop of a dotted acronym written right after it ("U.S" + ".")? */
function closesAcronym(word: Token | undefined, dot: Token): boolean {
  return (
    word !== undefined &&
    word.isWord &&
    word.cap &&
    word.end === dot.start &&
    word.text.includes('.')
  );
}

/** Prepositions after which a bare verb form is a noun ("of work"), unlike "to" ("to work"). */
const NOUN_PREPS = lazySet(() => ['of', 'in', 'on', 'at', 'for', 'from', 'with', 'into']);

/** Does a bare verb form after `prev` (tagged `tag`) read as a noun? */
function nominalAfter(prev: Token | undefined, tag: Tag): boolean {
  if (prev === undefined) return false;
  if (tag === 'prep') return NOUN_PREPS.has(prev.lower);
  return (tag === 'name' || tag === 'noun') && /['’]s$/.test(prev.lower);
}

/** A verb form without an inflection that makes it finite or a participle ("work", not "worked"). */
function isBareForm(t: Token | undefined): boolean {
  return t !== undefined && !/(?:ed|ing)$/.test(t.lower);
}

/** A role noun in a verb's bare form ("advocate", "host"), as written before a person's name. */
function roleBeforeName(t: Token | undefined): boolean {
  return t !== undefined && !t.cap && isBareForm(t) && isRoleWord(t.lower);
}

/** Is token `i` the sentence's last word (only punctuation after it, if anything)? */
function endsSentence(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return next === undefined || SENTENCE_ENDS.has(next.text);
}

const SENTENCE_ENDS = lazySet(() => ['.', '!', '?']);

/** Is token `i` followed by the sentence's end, a mark or a preposition (its phrase ends there)? */
function endsSentenceOrPhrase(tokens: readonly Token[], tags: readonly Tag[], i: number): boolean {
  const next = tags[i + 1];
  return endsSentence(tokens, i) || next === 'punct' || next === 'prep';
}

/**
 * Tag every token of a block. Context rules, in order: a verb form after a determiner, possessive,
 * adjective or number is a noun ("the report"); "that" after a noun and before a verb or aux
 * is a relative pronoun, elsewhere a complementiser (`sub`); a verb form right after "to" stays a verb,
 * and an unknown word there becomes one where an infinitive fits (`infinitiveAfterTo`).
 */
export function tagTokens(tokens: readonly Token[], sentences: readonly Sentence[]): Tag[] {
  // Pushed, not `new Array(n).fill()`: a packed array, filled without a call into the runtime.
  const tags: Tag[] = [];
  for (let i = 0; i < tokens.length; i += 1) tags.push('punct');
  for (const s of sentences) {
    let first = s.from;
    // The sentence's first word may follow an opening quote mark or bracket.
    while (first < s.to && tokens[first]?.isWord === false) first += 1;
    for (let i = s.from; i < s.to; i += 1) {
      const t = tokens[i];
      // `i > 0`: reading index -1 would turn this load megamorphic (a property name, not an index).
      // The tag from the word alone, which the tokenizer stored per spelling (`lexical-tag.ts`).
      if (t !== undefined)
        tags[i] = i === first || (i > 0 && tokens[i - 1]?.text === '“') ? t.openingTag : t.tag;
      if (t !== undefined && tags[i] === 'aux' && modalSurname(t, tokens[i + 1])) tags[i] = 'name';
      // "Early results ... showed": a common adjective capitalised by its place is no name.
      if (
        t !== undefined &&
        i === first &&
        tags[i] === 'name' &&
        openingAdjective(t, tokens[i + 1])
      )
        tags[i] = 'adj';
      // "The U.S. said", "U.N. officials": inside a sentence, the full stop of a dotted acronym
      // is part of the name, so a phrase read leftwards from the verb keeps it.
      if (i < s.to - 1 && t?.text === '.' && closesAcronym(tokens[i - 1], t)) tags[i] = 'name';
    }
  }
  for (let i = 1; i < tokens.length; i += 1) {
    const tag = tags[i];
    const prev = tags[i - 1] ?? 'punct';
    // `tags[i] === 'verb'` before each rule that needs it: most tokens then skip the call.
    if (tags[i] === 'verb' && headBeforePast(tokens, tags, i)) tags[i - 1] = 'noun';
    else if (
      tag === 'verb' &&
      NOMINAL_OPENERS.has(prev) &&
      tokens[i - 1]?.lower !== 'that' &&
      !quantifierSubject(tokens, tags, i)
    )
      tags[i] = 'noun';
    // "sources who spoke with her said": the object "her", then the sentence's own verb.
    if (tag === 'verb' && pastAfterObjectHer(tokens, tags, i)) {
      tags[i - 1] = 'pron';
      tags[i] = 'verb';
    }
    if (tags[i] === 'verb' && documentHeadAfterArticle(tokens, tags, i)) tags[i] = 'noun';
    // "rights advocate Ann Roe", "chat show host Tom Day": a role noun read as a verb, between a
    // noun and the name it titles.
    if (
      tag === 'verb' &&
      (prev === 'noun' || prev === 'name') &&
      tags[i + 1] === 'name' &&
      roleBeforeName(tokens[i])
    )
      tags[i] = 'noun';
    // "a flurry of work", "Garett’s work": a bare verb form after a preposition or a possessor.
    if (tag === 'verb' && nominalAfter(tokens[i - 1], prev) && isBareForm(tokens[i]))
      tags[i] = 'noun';
    // "blood tests showed", "Police records are": a plural -s form between a noun and a verb is
    // the head noun of a compound, not a verb (two finite verbs do not follow each other); so is
    // one that opens a clause after a preposition or subordinator ("After tests showed").
    if (
      tag === 'verb' &&
      (prev === 'noun' || prev === 'name' || prev === 'prep' || prev === 'sub') &&
      /[^s']s$/.test(tokens[i]?.lower ?? '') &&
      !VERB_ONLY_S_FORMS.has(tokens[i]?.lower ?? '') &&
      (tags[i + 1] === 'verb' || tags[i + 1] === 'aux') &&
      !/(?:s|ing)$/.test(tokens[i + 1]?.lower ?? '')
    )
      tags[i] = 'noun';
    // "... amid feud: report": a bare form alone after a colon, ending the sentence, names the
    // source a headline credits; no verb stands without its subject or object there.
    if (
      tag === 'verb' &&
      tokens[i - 1]?.text === ':' &&
      endsSentence(tokens, i) &&
      isBareForm(tokens[i])
    )
      tags[i] = 'noun';
    if (tags[i] === 'verb' && postposedAdjective(tokens, tags, i)) tags[i] = 'adj';
    if (tags[i] === 'verb' && pluralObjectAfterPast(tokens, tags, i)) tags[i] = 'noun';
    if (tags[i] === 'verb' && participleAfterPast(tokens, tags, i)) tags[i] = 'adj';
    if (tags[i] === 'verb' && participleAfterAdverb(tokens, tags, i)) {
      tags[i] = 'adj';
      // "a nearly tripled risk": the word after the modifier is the noun it modifies.
      if (tags[i + 1] === 'verb' && endsSentenceOrPhrase(tokens, tags, i + 1)) tags[i + 1] = 'noun';
    }
    if (infinitiveAfterTo(tokens, tags, i)) tags[i] = 'verb';
    if (tokens[i]?.lower === 'that') {
      const next = tags[i + 1];
      const opensRelative =
        (prev === 'noun' || prev === 'name') &&
        (next === 'verb' || next === 'aux' || next === 'adv');
      // "that report" is a determiner; "that prices rose" (a plural) opens a clause.
      const plural = /[^s]s$/.test(tokens[i + 1]?.lower ?? '');
      const determines = (next === 'noun' || next === 'adj') && !plural && prev !== 'verb';
      tags[i] = opensRelative ? 'rel' : determines ? 'det' : 'sub';
    }
  }
  return tags;
}
