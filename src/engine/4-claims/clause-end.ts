/**
 * Stage 6f: where an unquoted claim's own clause ends and the author's writing resumes. A reported
 * claim is one clause (or a few joined ones); what follows a semicolon, a spaced dash, an opening
 * bracket, or ", but" with a new subject of its own is the author adding to it
 * ("... leverage — and in some cases, he is right"), and a verb joined by "but" is something else
 * the speaker did ("called it stunning, but seemed changed"). Cut by structure, never inside quotes.
 */
import { isDisplayKind } from '../1-text/display';
import type { BlockModel } from '../1-text/model';
import { IRREGULAR_PASTS, type Tag } from '../lexicon/pos';
import { lazyMap, lazySet } from '../lexicon/lazy';
import { inClass, tokenClass } from '../lexicon/token-classes';
import { opensTaggedClause, taggedPhraseEnd } from '../5-speakers/phrase-end';
import type { Range } from './clause';
import { hasVerb, isQuoteMark } from './clause';
import { semicolonInSeries } from './semicolon-series';
import { dashContinuesClaim } from './dash-continuation';
import { replyRelativeAt } from './reply-relative';

/** Punctuation that closes a reported clause when it comes after enough of the claim. */
const CLOSERS = lazyMap<string, number>(() => [
  [';', 3],
  ['(', 3],
  ['\u2014', 4],
  ['\u2013', 4],
]);

const WHILE_LINKS = lazySet(() => ['while', 'whereas']);

/** `WHILE_LINKS` as a token's bit: `cutAtClauseEnd` asks it of every token of a claim. */
const WHILE_CLASS = tokenClass(WHILE_LINKS);
/**
 * The claim in `r`, cut where the author's own clause begins (unchanged when none does).
 * `semicolons` false: a claim stated on a source's word ("X, according to Y, is A; it is B") goes
 * on past a semicolon, since the author asserts both halves on that source's authority.
 */
export function cutAtClauseEnd(block: BlockModel, r: Range, semicolons = true): Range {
  // The words in [r.from, i), kept up to date as `i` moves on: a closure per token that
  // recounted them from `r.from` made the walk allocate per token and quadratic in the claim.
  let words = 0;
  let counted = r.from;
  for (let i = r.from + 1; i < r.to - 1; i += 1) {
    if (counted > i) {
      words = 0;
      counted = r.from;
    }
    for (; counted < i; counted += 1) if (block.tokens[counted]?.isWord === true) words += 1;
    const t = block.tokens[i];
    if (t === undefined || block.quoted[i] === true) continue;
    const before = words;
    // '“is that allowed?” to which she replied': the author's account of the answer.
    if (replyRelativeAt(block, i) && before >= 2)
      return { from: r.from, to: block.tokens[i - 1]?.text === ',' ? i - 1 : i };
    const minimum = CLOSERS.get(t.text);
    if (
      minimum !== undefined &&
      (semicolons || t.text !== ';') &&
      !t.isWord &&
      !glued(block, i) &&
      !semicolonInSeries(block, i, r.from, r.to)
    ) {
      // A dash or bracket that closes again inside the claim opens an aside within it.
      const pair = t.text === '(' || t.text === '\u2014' || t.text === '\u2013';
      const close = pair ? closing(block, i, r.to) : -1;
      // ... unless nothing but punctuation follows it: then it is the author's closing note.
      // "... with it — if only for her sanity — even though she ...": after the aside, a
      // contrast or concession opens the author's clause, so the claim ended at the first dash.
      if (close >= 0 && contrastAt(block, close + 1) && before >= minimum)
        return { from: r.from, to: i };
      if (close >= 0 && !onlyPunctuation(block, close + 1, r.to)) {
        i = close;
        continue;
      }
      if (before >= minimum && !dashContinuesClaim(block, i)) return { from: r.from, to: i };
      continue;
    }
    // ", but the Chinese have been reluctant": a contrast with a subject of its own, after a
    // complete clause (a verb before the comma, so a list of names is not cut).
    if (commaBeforeBut(block, i) && before >= 4 && block.quoted[i + 2] !== true) {
      // "but many users want": after "but" a noun and a base form is the plural present.
      const opens = opensTaggedClause(block, i + 2, r.to) || pluralPresent(block, i + 2, r.to);
      const clause = opens && hasVerb(block, r.from, i);
      // A closing quote mark stays with its quote.
      const end = isQuoteMark(block, i) ? i + 1 : i;
      if (clause && !pronounOfSpeech(block, i + 2)) return { from: r.from, to: end };
    }
    // "the study was small, though its method was sound", "..., since rivals had the device": a
    // concession or a reason added after a complete claim is the author weighing it.
    if (givenAt(block, i) && before >= 2 && hasVerb(block, r.from, i)) {
      return { from: r.from, to: isQuoteMark(block, i) ? i + 1 : i };
    }
    if (t.text === ',' && before >= 4 && hasVerb(block, r.from, i)) {
      const opener = concessionAt(block, i + 1, r.to);
      if (opener > 0) return { from: r.from, to: i };
    }
    // "The army says two soldiers died while the rebels claim the kill": a summary line joins a
    // second source's claim with "while"; in body prose "while" may belong to the claim.
    if (inClass(t, WHILE_CLASS) && isDisplayKind(block.kind) && before >= 2) {
      if (subjectAndVerb(block, i + 1, r.to) && hasVerb(block, r.from, i))
        return { from: r.from, to: block.tokens[i - 1]?.text === ',' ? i - 1 : i };
    }
    // "called it “stunning,” but seemed changed": "but" and a finite verb of the speaker's own.
    if (t.lower === 'but' && block.tags[i + 1] === 'verb' && before >= 2) {
      const verb = block.tokens[i + 1]?.lower ?? '';
      if (/(?:ed|s)$/.test(verb) && block.quoted[i + 1] !== true)
        return { from: r.from, to: i - (block.tokens[i - 1]?.text === ',' ? 1 : 0) };
    }
    // "... an upgrade plan, but did not give details", "but would not say when": the speaker
    // holding something back is the author's account of the statement, not part of the claim.
    if (t.lower === 'but' && before >= 2 && withholds(block, i + 1)) {
      return { from: r.from, to: i - (block.tokens[i - 1]?.text === ',' ? 1 : 0) };
    }
  }
  return r;
}

/** Auxiliaries of a past statement's refusal: "did not say", "would give no details". */
const WITHHOLD_AUXES = lazySet(() => ['did', 'would', 'could']);
/** Verbs of telling that a speaker declines: "would not elaborate", "did not give details". */
// prettier-ignore
const DISCLOSURES = lazySet(() => [
  'say', 'give', 'elaborate', 'comment', 'provide', 'disclose', 'specify', 'explain', 'reveal',
  'offer', 'confirm', 'identify', 'name', 'discuss', 'detail', 'answer', 'respond',
]);

/** Does `k` open "did not say", "didn't give", "would give no", unquoted? */
function withholds(block: BlockModel, k: number): boolean {
  if (block.quoted[k] === true || !WITHHOLD_AUXES.has(block.tokens[k]?.lower ?? '')) return false;
  const neg = /^(?:not|n't|n’t)$/.test(block.tokens[k + 1]?.lower ?? '');
  const verb = block.tokens[k + (neg ? 2 : 1)]?.lower ?? '';
  if (!DISCLOSURES.has(verb)) return false;
  return neg || /^(?:no|few)$/.test(block.tokens[k + 2]?.lower ?? '');
}

/** Where "though", "even though" or "since" + clause opens at `k` (0: none; "since 2012" is a time). */
/**
 * "..., especially given their doubts", '... like “Glasgow,” given that ...': a reason the author
 * weighs the claim by, right after its comma (also one inside a closing quote). "Formula, given
 * for a short time" is a participle of the claim's own noun: "given" must take a determiner,
 * possessive or "that".
 */
function givenAt(block: BlockModel, i: number): boolean {
  const comma =
    block.tokens[i]?.text === ',' ||
    (isQuoteMark(block, i) && block.quoted[i - 1] === true && block.tokens[i - 1]?.text === ',');
  if (!comma || block.quoted[i + 1] === true) return false;
  const lead = GIVEN_LEADS.has(block.tokens[i + 1]?.lower ?? '') ? i + 2 : i + 1;
  if (block.tokens[lead]?.lower !== 'given') return false;
  return GIVEN_OBJECTS.has(block.tags[lead + 1] ?? 'punct');
}

function concessionAt(block: BlockModel, k: number, to: number): number {
  if (block.quoted[k] === true) return 0;
  const word = block.tokens[k]?.lower ?? '';
  const at = word === 'even' && block.tokens[k + 1]?.lower === 'though' ? k + 1 : k;
  const lower = block.tokens[at]?.lower ?? '';
  if (CONCESSIONS.has(lower)) return block.tokens[at + 1]?.isWord === true ? at : 0;
  return lower === 'since' && opensTaggedClause(block, at + 1, to) ? at : 0;
}

const CONCESSIONS = lazySet(() => ['though', 'although']);
/** Adverbs that may lead "given": "especially given ...". */
const GIVEN_LEADS = lazySet(() => ['especially', 'particularly']);
/** Tags that open what "given" takes as a reason: "given that", "given their", "given the". */
const GIVEN_OBJECTS = lazySet<Tag>(() => ['det', 'poss', 'rel', 'sub']);

/**
 * Is token `i` the comma of ", but" — or the closing mark of a quote ending in a comma, as
 * American style puts it ('called it “farm country,” but the rebels ...')?
 */
function commaBeforeBut(block: BlockModel, i: number): boolean {
  if (block.tokens[i + 1]?.lower !== 'but') return false;
  if (block.tokens[i]?.text === ',') return true;
  return isQuoteMark(block, i) && block.tokens[i - 1]?.text === ',';
}

/** Where the bracket or dash at `i` closes again before the claim's last token, or -1. */
function closing(block: BlockModel, i: number, to: number): number {
  const open = block.tokens[i]?.text;
  const close = open === '(' ? ')' : open;
  for (let k = i + 1; k < to - 1; k += 1) if (block.tokens[k]?.text === close) return k;
  return -1;
}

/** "10:30", "U.S.-China": punctuation with no space on either side joins words, closes nothing. */
function glued(block: BlockModel, i: number): boolean {
  const t = block.tokens[i];
  // An em dash joins no words: unspaced ("production—although") it is the house style of a dash.
  if (t?.text === '\u2014') return false;
  const prev = block.tokens[i - 1];
  const next = block.tokens[i + 1];
  return t !== undefined && prev?.end === t.start && next?.start === t.end;
}

/** Modals by which "it" goes on with the speaker's forecast: "but it would soon vote again". */
const FORECAST_MODALS = lazySet(() => ['would', 'will', 'could', 'can', 'may', 'might', 'should']);

/**
 * "..., and they say ...": a pronoun subject may continue the same speaker's claim — "I", "we",
 * and "it" with a modal ("but it would soon vote again"). "but it is more difficult" is the
 * author weighing the claim.
 */
function pronounOfSpeech(block: BlockModel, i: number): boolean {
  const word = block.tokens[i]?.lower ?? '';
  if (block.tags[i] !== 'pron') return false;
  if (word === 'it') return FORECAST_MODALS.has(block.tokens[i + 1]?.lower ?? '');
  return word === 'i' || word === 'we';
}

/**
 * A subject phrase and a verb of any form at `from` ("the rebels claim"): after "while" a base
 * form is the plural present, not an infinitive.
 */
function subjectAndVerb(block: BlockModel, from: number, ceiling: number): boolean {
  if (opensTaggedClause(block, from, ceiling)) return true;
  const end = taggedPhraseEnd(block, from, ceiling);
  return end > from && block.tags[end] === 'verb' && block.quoted[end] !== true;
}

/**
 * "but several agencies remain worried": a noun phrase and a plural present of its own. A
 * participle after the noun ("the club's leading scorer", "seeds bought abroad") modifies it.
 */
function pluralPresent(block: BlockModel, from: number, ceiling: number): boolean {
  const end = taggedPhraseEnd(block, from, ceiling);
  const verb = block.tokens[end]?.lower ?? '';
  if (end <= from || block.tags[end] !== 'verb' || block.quoted[end] === true) return false;
  return !/(?:ing|ed|en)$/.test(verb) && !IRREGULAR_PASTS.has(verb);
}

/** Does an unquoted "but", "though", "although" or "even though" open at `k`? */
function contrastAt(block: BlockModel, k: number): boolean {
  if (block.quoted[k] === true) return false;
  const word = block.tokens[k]?.lower ?? '';
  if (word === 'even') return block.tokens[k + 1]?.lower === 'though';
  return word === 'but' || CONCESSIONS.has(word);
}

/** Are tokens `[from, to)` all punctuation? */
function onlyPunctuation(block: BlockModel, from: number, to: number): boolean {
  for (let k = from; k < to; k += 1) if (block.tokens[k]?.isWord === true) return false;
  return true;
}
