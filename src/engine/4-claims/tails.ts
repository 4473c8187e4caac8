/**
 * Stage 6d: where a claim ends. The occasion of speaking is not part of the claim ("warned
 * against making a 'bad deal' during his March 3 address to Congress"), an object claim
 * ("his denial of the payments") ends where the verb of its own sentence begins, and a claim that
 * is not a clause ends where the speaker's next act or the author's next clause begins.
 */
import { hasVerb, type Range } from './clause';
import { audienceOrTopicOnly } from './audience-topic';
import { closingMedium, OWNERS } from './act-tail';
import { FINITE_MARKERS } from '../lexicon/complements';
import { opensTaggedClause, taggedPhraseEnd } from '../5-speakers/phrase-end';
import { CUE_EVENT_NOUNS } from '../lexicon/phrases';
import { PAST_ONLY } from '../lexicon/pos';
import { CLAIM_NOUNS, UTTERANCE_NOUNS } from '../lexicon/claims';
import type { BlockModel } from '../1-text/model';
import { lazySet, type LazySet } from '../lexicon/lazy';
import { inClass, tokenClass } from '../lexicon/token-classes';
import { CLOSING_QUOTE_MARKS } from '../lexicon/words';

const EVENT_PREPS = lazySet(() => ['during', 'in', 'at']);

/** `EVENT_PREPS` as a token's bit: `cutOccasion` asks it of every token of a claim. */
const EVENT_PREP_CLASS = tokenClass(EVENT_PREPS);
const REACH = 5;

/** Cut a closing occasion phrase ("during his address to ...") off a claim range. */
export function cutOccasion(block: BlockModel, r: Range): Range {
  for (let i = r.from + 2; i < r.to - 1; i += 1) {
    const t = block.tokens[i];
    if (t === undefined || block.quoted[i] === true) continue;
    // Only after an object claim: in a clause the medium is where the act happened ("the data
    // was posted on its website").
    const medium = t.lower === 'on' && closingMedium(block, i + 1, r.to);
    if (medium && !hasVerb(block, r.from, i)) return { from: r.from, to: i };
    if (!inClass(t, EVENT_PREP_CLASS)) continue;
    if (!OWNERS.has(block.tokens[i + 1]?.lower ?? '')) continue;
    for (let k = i + 2; k < Math.min(r.to, i + 2 + REACH); k += 1) {
      const w = block.tokens[k];
      if (w === undefined || block.quoted[k] === true || !w.isWord) break;
      // "in an effort to address the crisis": the occasion noun is in the phrase, not after "to".
      if (block.tags[k] === 'prep') break;
      // Only a possessed occasion ("his address") or a dated one is the speaker's own.
      if (CUE_EVENT_NOUNS.has(w.lower) && (k > i + 2 || block.tokens[i + 1]?.lower !== 'the'))
        return { from: r.from, to: i };
    }
  }
  return r;
}

/** Where an object claim ends: before the verb of the sentence it is the subject of, or a comma. */
export function objectEnd(block: BlockModel, from: number, ceiling: number): number {
  for (let k = from; k < ceiling; k += 1) {
    const t = block.tokens[k];
    if (t === undefined || (block.quoted[k] !== true && (t.text === ',' || t.text === ';')))
      return k;
    if (block.quoted[k] === true || k === from) continue;
    const prev = block.tokens[k - 1]?.lower ?? '';
    const pastVerb = (t.lower.endsWith('ed') || PAST_VERBS.has(t.lower)) && !OPENERS.has(prev);
    if (FINITE_MARKERS.has(t.lower) || pastVerb) return k;
  }
  return ceiling;
}

/** Irregular past forms that end a subject noun phrase ("his denial of the claims came ..."). */
// prettier-ignore
const PAST_VERBS = lazySet(() => [
  'came', 'went', 'drew', 'made', 'took', 'gave', 'left', 'met', 'won', 'lost', 'set', 'put',
  'led', 'brought', 'caught', 'fell', 'rose', 'became', 'seemed', 'meant', 'sent', 'struck',
]);
const OPENERS = lazySet(() => ['the', 'a', 'an', 'his', 'her', 'its', 'their', 'of', 'for', 'and']);

/** Words that turn a description into a claim: "as" a judgement, "how" an account. */
const DESCRIBED = lazySet(() => ['as', 'how']);

/** Is there an unquoted token in `r` whose lower-cased text is in `words`? */
function hasWord(block: BlockModel, r: Range, words: LazySet<string>): boolean {
  for (let k = r.from; k < r.to; k += 1)
    if (block.quoted[k] !== true && words.has(block.tokens[k]?.lower ?? '')) return true;
  return false;
}

/** Prepositions that open an adjunct of the reporting verb rather than its claim. */
const ADJUNCT_OPENERS = lazySet(() => ['after', 'since', 'despite', 'until']);
/** A comma or "that" after such an opener leaves room for a claim ("after the vote, X fell"). */
const CLAUSE_MARKS = lazySet(() => [',', 'that']);

/** Pronouns that name what was described, not what was said about it. */
const TOPIC_PRONOUNS = lazySet(() => ['it', 'them', 'him']);

/** Prepositions and negative quantifiers that cannot open a claim after its verb. */
// prettier-ignore
const NOT_CLAIM_OPENERS = lazySet(() => [
  'of', 'about', 'over', 'for', 'on', 'with', 'against', 'into', 'at', 'none', 'nobody', 'nothing',
]);

/** Words that open an embedded question ("what they wanted", "whether it is pure"). */
// prettier-ignore
const QUESTION_OPENERS = lazySet(() => [
  'what', 'whether', 'which', 'who', 'how', 'why', 'where', 'when', 'if',
]);

/**
 * "argued over why", "told none of the founders", "told the story of his life": the words after
 * the verb hold no claim. After "tell" a claim never opens with a preposition; after other verbs
 * a prepositional stub of one or two words is not a claim either ("warned against X" is longer).
 */
export function isEmptyClaim(block: BlockModel, r: Range, lemma: string): boolean {
  const first = block.tokens[r.from];
  if (first === undefined || block.quoted[r.from] === true) return false;
  // "admitted as much by agreeing ...": a pro-form points at a claim made elsewhere.
  if (first.lower === 'as' && block.tokens[r.from + 1]?.lower === 'much') return true;
  // "described it during the Q&A": a pronoun topic; "described it as a threat" is a claim.
  if (lemma === 'describe' && TOPIC_PRONOUNS.has(first.lower))
    return block.tokens[r.from + 1]?.lower !== 'as';
  // "describing for the jury the details of the fight": an audience, then a topic.
  if (lemma === 'describe' && block.tags[r.from] === 'prep') return !hasWord(block, r, DESCRIBED);
  if (namesUtterance(block, r) || audienceOrTopicOnly(block, r, lemma)) return true;
  // "pledged after the coup.", "said after years of debate over ...": a time or concession
  // adjunct of the verb, with no clause of its own after a comma or "that".
  if (ADJUNCT_OPENERS.has(first.lower)) return !hasWord(block, r, CLAUSE_MARKS);
  // "told us what they wanted", "can tell whether a sample is pure": after "tell" a question word
  // opens what was asked or found out, not a statement; after "that" it opens a condition or a
  // time inside the claim ("told them that if the talks fail, ...").
  const afterThat = block.tokens[r.from - 1]?.lower === 'that';
  if (lemma === 'tell' && QUESTION_OPENERS.has(first.lower) && !afterThat) return true;
  if (!NOT_CLAIM_OPENERS.has(first.lower)) return false;
  // "told them of a comet": after an addressee, an "of" object is what was told.
  if (lemma === 'tell') return first.lower !== 'of';
  let words = 0;
  for (let i = r.from; i < r.to; i += 1) if (block.tokens[i]?.isWord === true) words += 1;
  return words <= 2;
}

/**
 * "demanded an explanation", "reports the latest news": a short object without a verb whose head
 * names an utterance or a claim as such, not what it says.
 */
function namesUtterance(block: BlockModel, r: Range): boolean {
  let head = '';
  let words = 0;
  for (let i = r.from; i < r.to; i += 1) {
    const t = block.tokens[i];
    if (t?.isWord !== true) continue;
    const tag = block.tags[i];
    if (tag === 'verb' || tag === 'aux' || block.quoted[i] === true) return false;
    words += 1;
    head = t.lower;
  }
  return words <= 4 && (UTTERANCE_NOUNS.has(head) || CLAIM_NOUNS.has(head));
}

/**
 * Subordinators that, before an -ing verb or a clause of their own, tell the speaker's next act
 * ("before describing") or when the act happened ("cited X since the founder resigned").
 */
const SEQUEL_LINKS = lazySet(() => ['before', 'after', 'while', 'when', 'since', 'until']);
/** Adverbs that lead a subordinator after a comma: ", much as ...", ", even as ...". */
const SUB_LEADS = lazySet(() => ['much', 'even', 'just', 'only']);

/**
 * Where a claim that is not a clause ends ("described her daughter as brave", "confessed to the
 * crime", "expected secrecy and coverup"): before the speaker's next act ("before describing for
 * the jury ..."), before "and" opening the author's next clause ("and the jury took 15 minutes"),
 * and before a comma that opens a subordinate clause (", much as the agencies acted ...").
 * A clause claim keeps all of these: "said the firm checked the data before releasing it".
 */
export function cutObjectTail(block: BlockModel, r: Range): Range {
  for (let i = r.from; i < r.to - 1; i += 1) {
    const t = block.tokens[i];
    if (t === undefined || block.quoted[i] === true) continue;
    const next = block.tokens[i + 1];
    // "before describing for the jury ...", "after two other cases were revealed": a sequel.
    const sequel =
      SEQUEL_LINKS.has(t.lower) &&
      next !== undefined &&
      i > r.from &&
      ((block.tags[i + 1] === 'verb' && next.lower.endsWith('ing')) ||
        opensNewClause(block, i + 1, r.to));
    if (sequel) return { from: r.from, to: i };
    if (t.lower === 'and' && opensNewClause(block, i + 1, r.to)) return { from: r.from, to: i };
    if (t.lower === 'and' && i > r.from && nextAct(block, i + 1)) return { from: r.from, to: i };
    if (t.text === ',' && i > r.from) {
      const lead = SUB_LEADS.has(next?.lower ?? '') ? i + 2 : i + 1;
      // "one strain, though, that ...": a subordinator set off by commas is an adverb inside the
      // object, and the comma closing it opens nothing.
      const aside = (k: number) => block.tags[k] === 'sub' && block.tokens[k + 1]?.text === ',';
      if (aside(lead) || (aside(i - 1) && block.tokens[i - 2]?.text === ',')) continue;
      if (block.tags[lead] === 'sub' && block.quoted[lead] !== true) return { from: r.from, to: i };
    }
  }
  return r;
}

/** Conjunctions of contrast that, after a comma, end a judgement ("as a hope, but ..."). */
const CONTRASTS = lazySet(() => ['but', 'yet']);

/** Does a comma stand right before `i`, or before the closing quotation mark right before it? */
function afterComma(block: BlockModel, i: number): boolean {
  const prev = block.tokens[i - 1]?.text;
  if (prev === ',') return true;
  return CLOSING_QUOTE_MARKS.has(prev ?? '') && block.tokens[i - 2]?.text === ',';
}

/** Words that, before a clause of their own, end a judgement ("as Washington strives ..."). */
const JUDGEMENT_ENDS = lazySet(() => ['as', 'while', 'because', 'since', 'when']);

/**
 * Where a judgement "X as Y" ends ("saw it as a breakthrough, after months of ..."; "sees the move
 * as a signal as Washington strives ..."): at a comma before a preposition or subordinator, or
 * at a subordinator that opens a clause of its own. The judgement is a phrase, not a clause.
 */
export function cutJudgementTail(block: BlockModel, r: Range): Range {
  // The judgement's own "as" ("the move as a signal") opens the judgement, not a clause; the
  // object before it was read whole by the cue ("the adverts, which run in June, as ...").
  let own = r.from;
  while (own < r.to && !(block.tokens[own]?.lower === 'as' && block.quoted[own] !== true)) own += 1;
  const cut =
    own < r.to
      ? { from: r.from, to: cutObjectTail(block, { from: own, to: r.to }).to }
      : cutObjectTail(block, r);
  // "considers it a win: the firm gains ...": what follows a colon explains the judgement.
  for (let i = r.from + 1; i < cut.to - 1; i += 1)
    if (block.tokens[i]?.text === ':' && block.quoted[i] !== true) return { from: cut.from, to: i };
  for (let i = own + 2; i < cut.to - 1; i += 1) {
    const t = block.tokens[i];
    if (t === undefined || block.quoted[i] === true) continue;
    const tag = block.tags[i + 1];
    if (t.text === ',' && block.quoted[i + 1] !== true && (tag === 'prep' || tag === 'sub'))
      return { from: cut.from, to: i };
    // "saw it as a breakthrough, but to last it will ...": a contrast opens the author's clause
    // (the comma may sit inside a closing quotation: 'as a "comet of the century," but').
    if (CONTRASTS.has(t.lower) && afterComma(block, i)) return { from: cut.from, to: i };
    if (JUDGEMENT_ENDS.has(t.lower) && opensNewClause(block, i + 1, cut.to))
      return { from: cut.from, to: i };
  }
  return cut;
}

/** Tags that open a verb's object: "launched a program", "cut 200 jobs", "hired Smith". */
const OBJECT_OPENERS = lazySet(() => ['det', 'poss', 'num', 'name', 'noun']);

/**
 * "admitted to the flawed design and launched a repair program": after "and", a past verb with an
 * object of its own is the speaker's next act ("bold and untested." has no object).
 */
function nextAct(block: BlockModel, k: number): boolean {
  const verb = block.tokens[k]?.lower ?? '';
  if (block.tags[k] !== 'verb' || block.quoted[k] === true) return false;
  if (!verb.endsWith('ed') && !PAST_ONLY.has(verb)) return false;
  return OBJECT_OPENERS.has(block.tags[k + 1] ?? 'punct') && block.quoted[k + 1] !== true;
}

/** Tags that open a new clause's subject after "and" ("and the jury took", "and he left"). */
const SUBJECT_OPENERS = lazySet(() => ['det', 'poss', 'pron', 'name']);

/**
 * "and the jury took 15 minutes", "after two other cases were revealed": a clause by its tags, or
 * a determined subject and then any verb form, past or present ("took" is no "-ed").
 */
function opensNewClause(block: BlockModel, from: number, ceiling: number): boolean {
  if (opensTaggedClause(block, from, ceiling)) return true;
  if (!SUBJECT_OPENERS.has(block.tags[from] ?? 'punct')) return false;
  const end = block.tags[from] === 'pron' ? from + 1 : taggedPhraseEnd(block, from, ceiling);
  const tag = block.tags[end];
  return (
    end > from && (tag === 'verb' || tag === 'aux') && !block.tokens[end]?.lower.endsWith('ing')
  );
}

const GLOSS_OPENERS = lazySet(() => ['a', 'an']);
const DASHES = lazySet(() => ['\u2014', '\u2013']);

/** `DASHES` as a token's bit (a mark's lower form is its text): `cutClosingGloss` asks it. */
const DASH_CLASS = tokenClass(DASHES);

/**
 * "it looked just like a tuft cell — a cell type most often associated with the intestines": a
 * closing dash before an indefinite noun phrase with no verb of its own is the author's gloss on
 * the last word of the claim, not part of it.
 */
export function cutClosingGloss(block: BlockModel, r: Range): Range {
  let dash = -1;
  for (let k = r.from + 1; k < r.to; k += 1) {
    if (block.quoted[k] === true) return r;
    if (inClass(block.tokens[k], DASH_CLASS)) {
      if (dash >= 0) return r;
      dash = k;
    }
  }
  if (dash < r.from + 3 || !GLOSS_OPENERS.has(block.tokens[dash + 1]?.lower ?? '')) return r;
  for (let k = dash + 1; k < r.to; k += 1) if (block.tags[k] === 'aux') return r;
  return { from: r.from, to: dash };
}
