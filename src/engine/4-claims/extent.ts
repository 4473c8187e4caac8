/**
 * Where an attribution clause ends and its claim begins: past the addressee ("told Reuters"), time
 * words ("said Thursday"), event phrases ("said in a statement") and a "that" a few words on
 * ("told President Zuma by telephone on Wednesday that ..."). Also the boundary tests shared by
 * the patterns: comma-like separators and a quote that opens the sentence.
 */
import { thatAfterPhrase } from './phrase-before-that';
import { thatAfterAside } from './aside-that';
import { mannerAdjunctEnd } from './manner';
import { isQuoteMark } from './clause';
import type { CueHit } from '../3-cues/cues';
import { ADDRESSEE_WORDS, CUE_EVENT_NOUNS } from '../lexicon/phrases';
import { SUBJECT_PRONOUNS, TIME_WORDS } from '../lexicon/words';
import type { BlockModel } from '../1-text/model';
import { endsWithText } from '../1-text/word-end';
import { lazySet } from '../lexicon/lazy';
import { opensTaggedClause } from '../5-speakers/phrase-end';

// prettier-ignore
const EXT_PREPS = lazySet(() => [
  'in', 'at', 'during', 'following', 'on', 'via', 'through', 'after', 'by', 'under',
]);
const POSSESSIVE_OPENERS = lazySet(() => ['the', 'a', 'an', 'his', 'their', 'its', 'her']);
const THAT_LOOKAHEAD = 9;

/**
 * A comma, dash or a closing quote right after a comma ('"...," he said'), also when a nested quote
 * closes with it ('"They told me, 'Wait,'" he said').
 */
export function isCommaLike(block: BlockModel, i: number): boolean {
  const t = block.tokens[i];
  if (t === undefined) return false;
  if (t.text === ',' || t.text === '\u2014' || t.text === '(') return true;
  if (!isQuoteMark(block, i)) return false;
  let k = i - 1;
  if (isQuoteMark(block, k) && block.quoted[k] === true) k -= 1;
  // "voters,’’ Moy said" (or ,''): a closing double mark typed as two single ones.
  else if (isDoubledSingle(block, k, i)) k -= 1;
  const prev = block.tokens[k]?.text ?? '';
  // "... but with this law ..." she said": a quote trailing off in dots typed one by one.
  const dots = prev === '.' && block.tokens[k - 1]?.text === '.';
  return block.quoted[k] === true && (dots || [',', '?', '!', '\u2026'].includes(prev));
}

/** Tokens `k` and `i` are one closing mark typed twice, touching: ’’ or ''. */
function isDoubledSingle(block: BlockModel, k: number, i: number): boolean {
  const first = block.tokens[k];
  const second = block.tokens[i];
  if (first === undefined || second === undefined || first.end !== second.start) return false;
  return (first.text === '\u2019' || first.text === "'") && first.text === second.text;
}

/**
 * '“It could change their practice” says Jan Berg': the closing mark at `i` ends a quotation that
 * opens the sentence, so a verb right after it is a cue even with the comma left out.
 */
export function isOpeningQuote(block: BlockModel, s: { from: number }, i: number): boolean {
  if (!isQuoteMark(block, i) || block.quoted[i - 1] !== true) return false;
  const quote = block.quotes.find(
    (q) =>
      q.innerEnd <= (block.tokens[i]?.start ?? 0) && q.innerEnd >= (block.tokens[i - 1]?.end ?? 0),
  );
  return quote !== undefined && quote.start <= (block.tokens[s.from]?.start ?? -1);
}

function skipAddressee(block: BlockModel, k: number, ceiling: number): number {
  const tok = (i: number) => block.tokens[i];
  const first = tok(k);
  if (first === undefined || !first.isWord || block.quoted[k] === true) return k;
  if (first.cap && !SUBJECT_PRONOUNS.has(first.lower)) {
    while (tok(k)?.cap === true && block.quoted[k] !== true && k < ceiling) k += 1;
    return k;
  }
  if (!ADDRESSEE_WORDS.has(first.lower)) {
    // "told cops it was taken": a one-word object before a clause that opens with a subject.
    const after = tok(k + 1);
    const opensClause =
      after !== undefined &&
      (SUBJECT_PRONOUNS.has(after.lower) ||
        after.lower === 'that' ||
        after.lower === 'the' ||
        after.cap);
    return opensClause && first.lower.endsWith('s') ? k + 1 : k;
  }
  k += 1;
  // "told her they ...": "her" is the addressee itself when a pronoun, not a noun, follows it.
  if (POSSESSIVE_OPENERS.has(first.lower) && tok(k)?.isWord === true && block.tags[k] !== 'pron') {
    // "told the federal jury": a modifier before the addressee noun.
    if (block.tags[k] === 'adj' && block.tags[k + 1] === 'noun') k += 1;
    k += 1;
    while (tok(k)?.cap === true && tok(k - 1)?.cap === true && k < ceiling) k += 1;
  }
  return k;
}

/** Prepositions of the venue a statement appeared in: "reports today in Nature". */
const VENUE_PREPS = lazySet(() => ['in', 'at', 'on']);
/** Lower-case words inside a venue's name: "the Journal of the American Heart Association". */
const NAME_INNER = lazySet(() => ['of', 'the', 'for', 'and']);
const MAX_VENUE = 8;

/**
 * '..., the team reports in Nature.', '..., Lee said at Harvard.': a capitalised venue after a
 * venue preposition that ends the sentence belongs to the clause (the claim stood before it); the
 * token after the name, else `k`. "in the journal Nature" keeps its one lower-case noun.
 */
function finalVenueEnd(block: BlockModel, k: number, ceiling: number): number {
  if (!VENUE_PREPS.has(block.tokens[k]?.lower ?? '')) return k;
  let m = k + 1;
  if (block.tokens[m]?.lower === 'the' && block.tokens[m + 1]?.cap !== true) m += 2;
  const start = m;
  while (m < Math.min(ceiling, start + MAX_VENUE)) {
    const t = block.tokens[m];
    if (t === undefined || !t.isWord || block.quoted[m] === true) break;
    const inner = NAME_INNER.has(t.lower) && m > start && block.tokens[m + 1]?.cap === true;
    if (!(t.cap && !SUBJECT_PRONOUNS.has(t.lower)) && !inner) break;
    m += 1;
  }
  const next = block.tokens[m];
  const final = m >= ceiling || next === undefined || ['.', '!', '?'].includes(next.text);
  return m > start && final ? m : k;
}

/** Object pronouns that can be told a claim ("her" is left out: it is also a possessive). */
const OBJECT_ADDRESSEES = lazySet(() => ['him', 'them', 'us', 'me']);

/**
 * "warned them they'll face a tough game", "assured us that ...": an object pronoun right after
 * the verb is its addressee when a clause opens after it (a subject pronoun or "that").
 */
function addresseePronoun(block: BlockModel, k: number): boolean {
  const t = block.tokens[k];
  const next = block.tokens[k + 1];
  if (t === undefined || next === undefined || block.quoted[k] === true) return false;
  if (!OBJECT_ADDRESSEES.has(t.lower) || block.quoted[k + 1] === true) return false;
  // "they'll", "we’re": a contracted subject pronoun opens the clause too.
  const subject = next.lower.split(/['\u2019]/)[0] ?? '';
  return next.lower === 'that' || SUBJECT_PRONOUNS.has(subject);
}

/** Periods that "this" makes a time phrase ("this week"), where "said this was" is a claim. */
const THIS_PERIODS = lazySet(() => ['week', 'month', 'year', 'morning', 'afternoon', 'weekend']);

function isTimeWord(lower: string): boolean {
  return TIME_WORDS.has(lower) && lower !== 'in' && lower !== 'on' && lower !== 'this';
}

/** Words that may sit between a cue and its "that": "said on Thursday in a statement that". */
const BRIDGE_WORDS = lazySet(() => [
  ...EXT_PREPS,
  'to',
  'a',
  'an',
  'the',
  'his',
  'her',
  'their',
  'its',
  'telephone',
  'phone',
  // "told me over the phone that ...": the channel.
  'over',
  'also',
  'repeatedly',
  'publicly',
  'privately',
  'again',
  'reporters',
  'journalists',
  'late',
  'early',
  // "told reporters outside the court that ...": where the words were said.
  'outside',
  // "noted back in December that ...": a time looked back on.
  'back',
  // "showed in a paper published in Nature that ...": the publication of the event noun.
  'published',
  'released',
  'issued',
]);

/**
 * "stated unequivocally Thursday that", "said firmly on Monday that": an -ly adverb tells how the
 * words were said, so it bridges to the "that" as "publicly" and "repeatedly" do.
 */
function mannerAdverb(block: BlockModel, m: number): boolean {
  return block.tags[m] === 'adv' && endsWithText(block.tokens[m]?.lower ?? '', 'ly');
}

/** A "that" a few bridging words ahead: the claim starts after it. */
function thatAhead(block: BlockModel, k: number, ceiling: number): number {
  for (let m = k; m < Math.min(ceiling, k + THAT_LOOKAHEAD); m += 1) {
    const t = block.tokens[m];
    if (t === undefined || block.quoted[m] === true) return -1;
    if (t.lower === 'that') return m;
    const bridge =
      t.cap ||
      BRIDGE_WORDS.has(t.lower) ||
      mannerAdverb(block, m) ||
      TIME_WORDS.has(t.lower) ||
      CUE_EVENT_NOUNS.has(t.lower) ||
      /^\d/.test(t.text) ||
      t.text === '.';
    if (!bridge) return -1;
  }
  return -1;
}

/** Token index where the clause of `cue` ends (exclusive). */
export function extendClause(block: BlockModel, cue: CueHit, ceiling: number): number {
  let k = cue.to;
  const tok = (i: number) => block.tokens[i];
  // "told of a hero": the "of" object is the claim, and no addressee stands before it.
  if (cue.info.lemma === 'tell' && tok(k - 1)?.lower !== 'of') k = skipAddressee(block, k, ceiling);
  else if (addresseePronoun(block, k)) k += 1;
  // "reiterated, as he did in May, that ...": the claim is the "that" clause after the aside.
  const afterAside = thatAfterAside(block, k, ceiling);
  if (afterAside >= 0) return afterAside + 1;
  let that = thatAhead(block, k, ceiling);
  if (that < 0) that = thatAfterPhrase(block, k, ceiling, cue.info.lemma === 'tell');
  if (that >= 0) return that + 1;
  for (let guard = 0; guard < 6 && k < ceiling; guard += 1) {
    const t = tok(k);
    if (t === undefined || !t.isWord || block.quoted[k] === true) break;
    if (isTimeWord(t.lower)) {
      k += 1;
      continue;
    }
    // "explained this week he chose ...": "this" before a period is a time, not the claim's subject.
    if (t.lower === 'this' && THIS_PERIODS.has(tok(k + 1)?.lower ?? '')) {
      k += 2;
      continue;
    }
    if (!EXT_PREPS.has(t.lower)) break;
    const venue = finalVenueEnd(block, k, ceiling);
    if (venue > k) {
      k = venue;
      continue;
    }
    let m = k + 1;
    while (
      m < Math.min(k + 5, ceiling) &&
      tok(m)?.isWord === true &&
      !CUE_EVENT_NOUNS.has(tok(m)?.lower ?? '') &&
      !isTimeWord(tok(m)?.lower ?? '')
    )
      m += 1;
    const head = tok(m);
    if (head === undefined || !(CUE_EVENT_NOUNS.has(head.lower) || isTimeWord(head.lower))) break;
    k = m + 1;
    if (CUE_EVENT_NOUNS.has(head.lower)) k = eventAddressee(block, k, ceiling);
  }
  return mannerAdjunctEnd(block, k, ceiling);
}

/** Words that give an event its audience: "in a letter to the minister", "in an interview with". */
const AUDIENCE_LINKS = lazySet(() => ['to', 'with']);
/** Marks that close an audience phrase before the claim ("to the minister: ..."). */
const AUDIENCE_ENDS = lazySet(() => [',', ':']);
/** Longest audience phrase, in words. */
const MAX_AUDIENCE = 5;

/**
 * "said in a letter to Abbott last month:": past the event's audience, when a time word, a mark
 * or "that" shows where it ends (else the words may be the claim: "in a statement to reporters
 * the plan ..." is left alone).
 */
function eventAddressee(block: BlockModel, k: number, ceiling: number): number {
  if (!AUDIENCE_LINKS.has(block.tokens[k]?.lower ?? '')) return k;
  for (let m = k + 1; m < Math.min(ceiling, k + 2 + MAX_AUDIENCE); m += 1) {
    const t = block.tokens[m];
    if (t === undefined || block.quoted[m] === true) return k;
    const ends = AUDIENCE_ENDS.has(t.text) || isTimeWord(t.lower) || t.lower === 'that';
    if (m > k + 1 && ends) return m;
    if (!t.isWord) return k;
  }
  return k;
}

const RELATIVES = lazySet(() => ['that', 'which', 'who', 'whom', 'whose']);

/**
 * "he said he will save it", "said the Brotherhood had proposed": an unquoted clause with no
 * "that" opens at `k` — a subject and its finite verb — so it is the verb's complement. Not an
 * object with a relative clause ("links to an article that falsely attributes ...").
 */
export function bareComplementAt(block: BlockModel, k: number, ceiling: number): boolean {
  if (block.quoted[k] === true || block.tags[k] === 'prep') return false;
  if (!opensTaggedClause(block, k, ceiling)) return false;
  for (let i = k; i < ceiling; i += 1) {
    const tag = block.tags[i];
    if (tag === 'verb' || tag === 'aux') return true;
    if (RELATIVES.has(block.tokens[i]?.lower ?? '')) return false;
  }
  return true;
}
