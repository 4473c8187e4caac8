/**
 * Opening adverbials that carry no claim ("In a blog post published Thursday,", "Because users can
 * toggle,"): the stretch before a reporting clause that is only such a phrase is not its content.
 */
import { isQuoteMark, type Range } from './clause';
import { opensTaggedClause } from '../5-speakers/phrase-end';
import { DEMONSTRATIVES, SUBJECT_PRONOUNS, TIME_WORDS } from '../lexicon/words';
import type { BlockModel } from '../1-text/model';
import { lazySet } from '../lexicon/lazy';
import { inClass, tokenClass } from '../lexicon/token-classes';

/** `TIME_WORDS` as a token's bit: `isAdverbialOpener` asks it of every token of an opener. */
const TIME_CLASS = tokenClass(TIME_WORDS);

// prettier-ignore
const ADVERBIAL_OPENERS = lazySet(() => [
  'within', 'from', 'over', 'throughout', 'across', 'around', 'until', 'through', 'like', 'unlike',
  'on', 'in', 'at', 'after', 'before', 'during', 'despite', 'following', 'for', 'with', 'while',
  'when', 'as', 'since', 'earlier', 'later', 'last', 'amid', 'under', 'without', 'by', 'of', 'to',
  'if', 'once', 'because', 'although', 'though',
  // The heads of complex prepositions: "Prior to the vote,", "Ahead of the talks,".
  'prior', 'ahead',
]);
const DISCOURSE = lazySet(() => [
  'but',
  'and',
  'so',
  'yet',
  'however',
  'still',
  'now',
  'then',
  'also',
  // "Likewise, in a 2012 trial, researchers found ...": connectives that tie to what went before.
  'likewise',
  'similarly',
  'moreover',
  'furthermore',
  'additionally',
  'nevertheless',
  'nonetheless',
]);

/** A stretch that is only an opening adverbial ("On the subject of X,", "Talking about Y,"). */
export function isAdverbialOpener(block: BlockModel, r: Range): boolean {
  let from = r.from;
  while (
    from < r.to &&
    (DISCOURSE.has(block.tokens[from]?.lower ?? '') || block.tokens[from]?.text === ',')
  )
    from += 1;
  const first = block.tokens[from];
  // "Then, the study found ...": nothing but discourse words before the subject.
  if (first === undefined || from >= r.to) return true;
  // "So far,", "Meanwhile,", "Separately,": a sentence adverb alone.
  if (adverbsOnly(block, from, r.to)) return true;
  // "During the boom it rose to 70 percent, he said": a phrase, then a clause of its own.
  if (PREPOSITIONS.has(first.lower) && pronounClause(block, from + 1, r.to)) return false;
  let words = 0;
  let timely = false;
  let titled = false;
  let finite = false;
  for (let i = from; i < r.to; i += 1) {
    if (block.quoted[i] === true && !embeddedQuote(block, i, from)) return false;
    titled ||= block.quoted[i] === true;
    finite ||= block.quoted[i] !== true && block.tags[i] === 'aux';
    const t = block.tokens[i];
    if (t?.isWord === true) words += 1;
    if (inClass(t, TIME_CLASS) && t?.lower !== 'in' && t?.lower !== 'on') timely = true;
  }
  // "In the midst of the feud, Braun has been calling ... the “Bad Blood” singer,": a clause.
  if (titled && finite) return false;
  // "A few days earlier," / "Last week,": a short time phrase.
  if (timely && words <= 5) return true;
  // "Even if negotiators secure access," / "Because users can toggle,": a subordinate clause.
  // "Shortly before their arrival,": an adverb before the opener.
  let lead = from;
  while (lead < r.to && (block.tags[lead] === 'adv' || lyBeforeOpener(block, lead))) lead += 1;
  const leadWord = block.tokens[lead]?.lower ?? '';
  const subordinate = block.tags[lead] === 'sub' && leadWord !== 'that';
  // "Asked about his approach,", "Reached by phone,": a participle and its preposition; "Asked,
  // however, if he would ...": the question put to the speaker, not the speaker's claim.
  const object =
    first.cap && first.lower.endsWith('ed') ? participleObject(block, from + 1, r.to) : '';
  // The question has verbs of its own ("if he would pay"); a prepositional phrase has none.
  const participle = object === 'question' || (object === 'prep' && !finite);
  const opener =
    ADVERBIAL_OPENERS.has(first.lower) ||
    (first.lower.endsWith('ing') && first.cap && !gerundSubject(block, from, r.to)) ||
    participle ||
    subordinate ||
    (lead > from && ADVERBIAL_OPENERS.has(leadWord));
  return opener && !mainClauseAfterComma(block, { from: lead, to: r.to });
}

/** Are tokens `[from, to)` adverbs ("-ly" words read as names included), then only commas? */
function adverbsOnly(block: BlockModel, from: number, to: number): boolean {
  let k = from;
  while (k < to && block.quoted[k] !== true && (block.tags[k] === 'adv' || lyWord(block, k)))
    k += 1;
  if (k === from) return false;
  while (k < to && block.tokens[k]?.text === ',') k += 1;
  return k === to;
}

const lyWord = (block: BlockModel, k: number): boolean => {
  const w = block.tokens[k]?.lower ?? '';
  return w.length > 4 && w.endsWith('ly');
};

/**
 * "Spending the money well would be cheap, Lake said": an "-ing" word opening a stretch whose
 * finite verb comes before any comma is a gerund subject, and the stretch a clause of its own —
 * not a participle opener ("Looking ahead, prices will rise").
 */
const CLAUSE_INSIDE = lazySet(() => ['pron', 'sub', 'rel']);

function gerundSubject(block: BlockModel, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k += 1) {
    if (block.tokens[k]?.text === ',' || block.quoted[k] === true) return false;
    // "Talking about how he was feeling, ...": the verb of a clause inside the phrase.
    const word = block.tokens[k]?.lower ?? '';
    if (CLAUSE_INSIDE.has(block.tags[k] ?? 'punct') || ASKED_WHAT.has(word) || word === 'that')
      return false;
    if (block.tags[k] === 'aux') return true;
  }
  return false;
}

/** Words that open an indirect question after "Asked": "Asked if ...", "Asked why ...". */
const ASKED_WHAT = lazySet(() => ['if', 'whether', 'what', 'why', 'how', 'who', 'when', 'where']);

/**
 * After an opening participle, past any commas and discourse words ("Asked, however, if"): a
 * preposition ("Reached by phone") or the opener of an indirect question ("Asked whether").
 */
function participleObject(block: BlockModel, from: number, to: number): '' | 'prep' | 'question' {
  let k = from;
  while (k < to && (block.tokens[k]?.text === ',' || DISCOURSE.has(block.tokens[k]?.lower ?? '')))
    k += 1;
  if (ASKED_WHAT.has(block.tokens[k]?.lower ?? '')) return 'question';
  return block.tags[k] === 'prep' ? 'prep' : '';
}

/**
 * 'In “In The Plex,”' / 'addressed to the "Apple community,"': a quotation that opens inside a
 * phrase (after a preposition, determiner, noun or adjective: a title, a scare-quoted term) belongs
 * to the opener; one that opens the stretch, follows its comma ('Asked about it, “We won,”') or a
 * verb ('was “completely ridiculous,”') is a claim of its own.
 */
function embeddedQuote(block: BlockModel, i: number, from: number): boolean {
  if (block.quoted[i - 1] === true) return true;
  let k = i - 1;
  while (k >= from && isQuoteMark(block, k) && block.quoted[k] !== true) k -= 1;
  return k >= from && PHRASE_TAGS.has(block.tags[k] ?? 'punct');
}

const PHRASE_TAGS = lazySet(() => ['prep', 'det', 'poss', 'noun', 'name', 'adj', 'num']);

/** Openers that are only prepositions, never conjunctions: no clause of theirs has a subject. */
// prettier-ignore
const PREPOSITIONS = lazySet(() => [
  'during', 'in', 'on', 'at', 'within', 'from', 'over', 'throughout', 'across', 'around',
  'through', 'despite', 'amid', 'under', 'without', 'for', 'with', 'like', 'unlike',
]);

/** Does a subject pronoun and its finite verb ("it rose", "they have") stand in `[from, to)`? */
function pronounClause(block: BlockModel, from: number, to: number): boolean {
  for (let k = from; k < to - 1; k += 1) {
    if (block.quoted[k] === true) return false;
    const w = block.tokens[k]?.lower ?? '';
    if (SUBJECT_PRONOUNS.has(w) && w !== 'you' && opensTaggedClause(block, k, to)) return true;
  }
  return false;
}

/** Spans of time that measure an opener: "Hours before the game", "Days after the vote". */
// prettier-ignore
const DURATIONS = lazySet(() => [
  'moments', 'seconds', 'minutes', 'hours', 'days', 'weeks', 'months', 'years', 'decades',
]);

/**
 * "Shortly before", "Moments after", "Hours before": an -ly word (a capital reads as a name) or a
 * span of time before an opener.
 */
function lyBeforeOpener(block: BlockModel, k: number): boolean {
  const w = block.tokens[k]?.lower ?? '';
  return (
    ((w.length > 4 && w.endsWith('ly')) || DURATIONS.has(w)) &&
    ADVERBIAL_OPENERS.has(block.tokens[k + 1]?.lower ?? '')
  );
}

/**
 * "When tariffs rise, firms pass on the cost": a subordinate clause, complete with its verb before
 * the comma, then a clause of its own — a noun phrase and its verb — not a further opener or the
 * rest of a list ("As the Chozo, Luminoth and Alimbics faced extinction,").
 */
function mainClauseAfterComma(block: BlockModel, r: Range): boolean {
  if (block.tags[r.from] !== 'sub') return false;
  let verb = false;
  for (let c = r.from + 1; c < r.to - 3; c += 1) {
    const tag = block.tags[c];
    if (tag === 'verb' || tag === 'aux') verb = true;
    if (block.tokens[c]?.text !== ',' || !verb) continue;
    let k = c + 1;
    while (k < r.to && DISCOURSE.has(block.tokens[k]?.lower ?? '')) k += 1;
    // "If that holds up, that would ...": a demonstrative subject.
    const demonstrative =
      DEMONSTRATIVES.has(block.tokens[k]?.lower ?? '') && block.tags[k + 1] === 'aux';
    if (demonstrative || opensTaggedClause(block, k, r.to)) return true;
  }
  return false;
}
