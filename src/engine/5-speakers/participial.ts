/**
 * Stage 5d: a subject with a participle post-modifier — a reduced relative clause — between it and
 * its verb: "A study published in Nature found", "Figures released by the office on Friday show",
 * "Scientists working on the project say". The phrase before the participle is the subject; the
 * noun closest to the verb ("Nature", "the office") is only the participle's agent or place, and
 * must never become the source.
 */
import type { BlockModel } from '../1-text/model';
import type { Tag } from '../1-text/tags';
import { lazySet } from '../lexicon/lazy';
import { IRREGULAR_PARTICIPLES } from '../lexicon/pos';
import { AFTER_PARTICIPLE, LEADER_PARTICIPLES } from '../lexicon/phrase-words';
import { VERB_FORMS } from '../lexicon/verbs';
import { clauseSubjectLeft } from './chunk';
import type { NounPhrase } from './phrase';

/** Longest participle phrase walked back over ("presented last year at a meeting of the society"). */
const MAX_MODIFIER = 14;

/** Tags a participle phrase never contains: a clause of its own or an object pronoun's clause. */
const CLAUSE_TAGS = lazySet<Tag>(() => ['aux', 'rel', 'sub', 'pron', 'conj', 'punct']);

/** A regular participle's shape: a stem of three letters or more, then "-ed" or "-ing". */
const REGULAR_PARTICIPLE = /^([a-z]{3,})(?:ed|ing)$/;
const VOWEL = /[aeiouy]/;

/** Is the word a participle: "-ed", "-ing" or an irregular one ("led", "written")? */
function isParticiple(word: string): boolean {
  // The stem needs a vowel: "spring" and "string" are no participles.
  const stem = REGULAR_PARTICIPLE.exec(word)?.[1];
  return (stem !== undefined && VOWEL.test(stem)) || IRREGULAR_PARTICIPLES.has(word);
}

/**
 * The subject before a participle post-modifier that ends at token `j` (the last token before the
 * verb and its auxiliaries), or null. The phrase before the participle must open the clause, as
 * `clauseSubjectLeft` requires, so an object inside a clause is never taken for the subject.
 */
export function subjectBeforeParticiple(
  block: BlockModel,
  j: number,
  floor: number,
): NounPhrase | null {
  // "formed over disputes": a verb form right after a preposition or determiner is a noun.
  const last = block.tags[j] ?? 'punct';
  if (last === 'prep' || last === 'det' || last === 'poss') return null;
  for (let k = j; k > floor && j - k < MAX_MODIFIER; k -= 1) {
    const t = block.tokens[k];
    const tag = block.tags[k] ?? 'punct';
    if (t === undefined || block.quoted[k] === true || CLAUSE_TAGS.has(tag)) return null;
    if (tag !== 'verb') continue;
    // Only the participle itself may be a verb: any other verb makes the stretch a clause.
    if (t.cap || !isParticiple(t.lower)) return null;
    const next = block.tokens[k + 1]?.lower ?? '';
    const adjunct = AFTER_PARTICIPLE.has(next) || next.endsWith('ly');
    // "Both men said claims ...": a reporting verb's past is a participle only before its adjunct.
    if ((k < j || VERB_FORMS.has(t.lower)) && !adjunct) return null;
    if (!onlyAdjuncts(block, k + 1, j)) return null;
    const np = clauseSubjectLeft(block, k - 1, floor);
    if (np === null) return null;
    // "A team led by Ann Roe found": the leader is named inside the phrase, which is kept whole.
    if (LEADER_PARTICIPLES.has(t.lower) && next === 'by') return { ...np, to: j + 1 };
    // "a lawyer for the woman involved in the case": a past participle's modifier that names no
    // one (no name, no agent after "by", no date) is part of how the article names the source.
    if (describes(block, k, j) && !t.lower.endsWith('ing')) return { ...np, to: j + 1 };
    return { ...np, appositive: { from: k, to: j + 1 } };
  }
  return null;
}

/**
 * Are tokens `[from, to]` only the participle's adjuncts — phrases each led by a preposition or a
 * time word? A determiner with no preposition before it, or a noun right after a day name, opens
 * a clause of its own: "Police said on Friday officials found" is no "police said on Friday".
 */
function onlyAdjuncts(block: BlockModel, from: number, to: number): boolean {
  for (let k = from; k <= to; k += 1) {
    const tag = block.tags[k] ?? 'punct';
    const prev = block.tags[k - 1] ?? 'punct';
    if ((tag === 'det' || tag === 'poss') && k > from && prev !== 'prep') return false;
    if ((tag === 'noun' || tag === 'name' || tag === 'adj') && prev === 'time') return false;
  }
  return true;
}

/** Do tokens `[from, to]` only describe, naming no one and no time, and end in a noun? */
function describes(block: BlockModel, from: number, to: number): boolean {
  if (block.tags[to] !== 'noun') return false;
  for (let k = from; k <= to; k += 1) {
    const t = block.tokens[k];
    if (t === undefined || t.cap || t.lower === 'by' || block.tags[k] === 'time') return false;
  }
  return true;
}
