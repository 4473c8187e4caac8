/**
 * Stage 5d: checks on a speaker phrase before it is resolved, by its tags — what cannot open or
 * head a source's name is trimmed or refused — and the source a structural phrase names when no
 * lexicon knows its head.
 */
import type { BlockModel } from '../1-text/model';
import type { Tag } from '../1-text/tags';
import { lazySet } from '../lexicon/lazy';
import type { EntityResolver } from './entities';
import type { NounPhrase } from './phrase';
import { partitivePronoun } from './chunk';
import { isDocumentWord } from '../lexicon/sources';
import type { Sentence } from '../1-text/sentences';
import { mainSubjectPhrase } from './subject';

/** Tags that open a verb's object noun phrase ("the", "his"). */
const OBJECT_OPENERS = lazySet<Tag>(() => ['det', 'poss']);

/** Tags a speaker phrase cannot open with ("When Democratic", "Would Adam Schiff", "On Monday"). */
const NOT_OPENERS = lazySet<Tag>(() => ['sub', 'aux', 'prep', 'conj', 'rel', 'adv']);

/**
 * The speaker phrase with what the tags say cannot belong to it trimmed off its front, and empty
 * when what is left is no noun phrase: a clause ("I've given plenty of statements"), a time ("On
 * Monday"). Lexicon-driven scans read capitals as names; the tags catch the capitals that are not.
 */
export function wellFormed(block: BlockModel, np: NounPhrase): NounPhrase {
  let from = np.from;
  while (from < np.to - 1 && NOT_OPENERS.has(block.tags[from] ?? 'punct')) from += 1;
  // Built only when returned: most phrases are well formed, and the copy is a spread per call.
  const empty = (): NounPhrase => ({ ...np, from, to: from });
  // "Of the two, only Roe will ...": a lone preposition or adverb is no phrase at all.
  if (NOT_OPENERS.has(block.tags[from] ?? 'punct')) return empty();
  if (np.to - from > 1) {
    for (let k = from; k < np.to; k += 1) {
      const tag = block.tags[k];
      const pronoun = tag === 'pron' && block.tokens[k]?.lower !== 'one';
      if (tag === 'aux' || (pronoun && !partitivePronoun(block, k))) return empty();
    }
  }
  if (block.tags[np.to - 1] === 'time' || imperative(block, from, np.to)) return empty();
  if (gerundWithObject(block, from)) return empty();
  return from === np.from ? np : { ...np, from };
}

/**
 * "focus on implementing some promises", "avoiding the drift some commentators fear": a gerund
 * taking its object opens a verb phrase, not a source's name ("existing research" is an adjective
 * before its noun, and "Leading economists" is capitalised or the same).
 */
function gerundWithObject(block: BlockModel, from: number): boolean {
  const t = block.tokens[from];
  if (t === undefined || t.cap || block.tags[from] !== 'verb' || !t.lower.endsWith('ing'))
    return false;
  return OBJECT_OPENERS.has(block.tags[from + 1] ?? 'punct');
}

/**
 * "Start small and recognize that ...", "find the statistics": a bare verb opens no source's name
 * (a participle may: "Leading economists say"; so may a plural read as a verb: "Reports say").
 */
function imperative(block: BlockModel, from: number, to: number): boolean {
  const t = block.tokens[from];
  if (t === undefined || block.tags[from] !== 'verb' || /(?:ing|ed|s)$/u.test(t.lower))
    return false;
  // Alone, or taking an object ("find the statistics"); before a noun or a name it is a noun the
  // tagger misread ("study co-author Ann Lee", "host Tom Day"). A document alone is a noun too
  // ("Report: spy case tied to bombing").
  const object = OBJECT_OPENERS.has(block.tags[from + 1] ?? 'punct');
  return object || (to - from === 1 && !isDocumentWord(t.lower));
}

/**
 * A source found by structure whose head no lexicon knows ("Executives across the world say"): it
 * is named by its own phrase, as the corpus names unnamed groups and documents.
 */
export function structuralSource(
  resolver: EntityResolver,
  block: BlockModel,
  np: NounPhrase,
): number | null {
  const first = block.tokens[np.from];
  const last = block.tokens[np.to - 1];
  if (first === undefined || last === undefined) return null;
  const from =
    first.lower === 'the' ? (block.tokens[np.from + 1]?.start ?? first.start) : first.start;
  return resolver.unnamed(block.text.slice(from, last.end));
}

/** "Netanyahu's tough stance ... and his vow that ...": "his" is the person named just before. */
export function possessorInSentence(
  resolver: EntityResolver,
  block: BlockModel,
  np: NounPhrase,
): NounPhrase {
  const word = block.tokens[np.from]?.lower ?? '';
  if (np.to - np.from !== 1) return np;
  const sentence = block.sentences.find((s) => s.from <= np.from && s.to > np.from);
  // "The Palestinians did not bring up their demand that ...": "their" is a plural subject.
  if (word === 'their' && sentence !== undefined) return pluralSubject(block, sentence, np) ?? np;
  if (word !== 'his' && word !== 'her') return np;
  for (let k = np.from - 1; sentence !== undefined && k >= sentence.from; k -= 1) {
    const t = block.tokens[k];
    if (
      t !== undefined &&
      t.cap &&
      block.quoted[k] !== true &&
      k > sentence.from &&
      resolver.isKnownPerson(t.lower)
    ) {
      return { from: k, to: k + 1, appositive: null };
    }
  }
  return np;
}

/** The sentence's subject before `np`, when its head is a plural noun or name, or null. */
function pluralSubject(block: BlockModel, sentence: Sentence, np: NounPhrase): NounPhrase | null {
  const subject = mainSubjectPhrase(block, sentence);
  if (subject === null || subject.to > np.from) return null;
  const head = block.tokens[subject.to - 1]?.lower ?? '';
  const tag = block.tags[subject.to - 1];
  return (tag === 'noun' || tag === 'name') && /[^s']s$/u.test(head) ? subject : null;
}
