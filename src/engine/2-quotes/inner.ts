/**
 * Stage 6c: attributions inside a quotation ("People think it's all protected and safe, but it's
 * really not," McHugh said). The quoted words are read as their own sentences; a claim found there
 * is relayed through the person quoted. A pronoun speaker is kept only when resolved: "I" or "we"
 * retelling their words is the quoted speaker (`retoldByQuoted`), "he" or "they" someone the quote
 * has just mentioned; otherwise the claim is left out.
 */
import { firstTokenFrom } from '../1-text/token-offset';
import type { RawAttribution } from '../4-claims/content';
import { SUBJECT_PRONOUNS } from '../lexicon/words';
import type { BlockModel } from '../1-text/model';
import { sentenceAttributions } from '../4-claims/patterns';
import { splitSentences } from '../1-text/sentences';
import { quotedAntecedent } from './quoted-antecedent';
import { mainSubjectPhrase } from '../5-speakers/subject';
import type { NounPhrase } from '../5-speakers/phrase';
import type { Sentence } from '../1-text/sentences';
import { innerClauseShaped } from './inner-shape';
import { retoldByQuoted } from './first-person';

/**
 * The block read inside-out: quoted words become plain text and everything outside quotations
 * counts as quoted, so it is never a cue. Built once per block (a block can hold thousands of
 * quotes; one view per quote would make the stage quadratic).
 */
const insideOut = new WeakMap<BlockModel, BlockModel>();

function insideOutView(block: BlockModel): BlockModel {
  let view = insideOut.get(block);
  if (!view) {
    view = { ...block, quoted: block.quoted.map((q) => !q), quotes: [] };
    insideOut.set(block, view);
  }
  return view;
}

/** Raw attributions whose clause lies inside the quotation `[innerStart, innerEnd)` of a block. */
export function innerAttributions(
  block: BlockModel,
  innerStart: number,
  innerEnd: number,
): RawAttribution[] {
  const from = firstTokenFrom(block, innerStart);
  let to = from;
  while (to < block.tokens.length && (block.tokens[to]?.end ?? Infinity) <= innerEnd) to += 1;
  if (to - from < 4) return [];
  const view = insideOutView(block);
  const sentences = splitSentences(block.tokens.slice(from, to), []).map((s) => ({
    from: s.from + from,
    to: s.to + from,
  }));
  const out: RawAttribution[] = [];
  for (const r of sentences.flatMap((s) => sentenceAttributions(view, s, from))) {
    // "Coach Roe came in and said, 'Well done'": a second verb shares the quoted sentence's subject.
    const subject =
      r.speaker.kind === 'main-subject' ? namedSubject(view, r.speaker.sentence) : null;
    const speaker =
      subject === null ? r.speaker : { kind: 'phrase' as const, block: block.index, np: subject };
    if (speaker.kind !== 'phrase') continue;
    let { np } = speaker;
    if (np.from < from || np.to > to) continue;
    if (!innerClauseShaped(view, r, from)) continue;
    const head = block.tokens[np.to - 1]?.lower ?? '';
    if (SUBJECT_PRONOUNS.has(head) && !retoldByQuoted(block, { ...r, speaker })) {
      // "They said, '...'": someone the quoted speaker has just mentioned, if anyone.
      const antecedent = np.to - np.from === 1 ? quotedAntecedent(block, np.from) : null;
      if (antecedent === null) continue;
      np = antecedent;
    }
    const claim = quotedWithin(block, r, innerEnd);
    // '"I told her we would stay," Ann Lee said': the quote opens by retelling, so it restates it.
    if (np.from === from && claim.kind === 'indirect' && retoldByQuoted(block, claim)) continue;
    out.push({ ...claim, speaker: { ...speaker, np }, confidence: r.confidence - 0.2 });
  }
  return out;
}

/**
 * The quoted sentence's subject when it is a name ("Coach Ann Roe came in and said ..."): a
 * common noun or a pronoun there is someone the quoted speaker talks about, often unresolvable.
 */
function namedSubject(view: BlockModel, sentence: Sentence): NounPhrase | null {
  const np = mainSubjectPhrase(view, sentence);
  if (np === null || SUBJECT_PRONOUNS.has(view.tokens[np.from]?.lower ?? '')) return null;
  for (let k = np.from; k < np.to; k += 1) if (view.tokens[k]?.cap !== true) return null;
  return { ...np, to: afterInsertedName(view, np.to) };
}

/**
 * "Coach (Frank) Vogel", "Coach [Frank] Vogel": a first name the writer inserts into a quote in
 * brackets, and the surname after it, belong to the subject. Returns the new end, or `to`.
 */
function afterInsertedName(view: BlockModel, to: number): number {
  const open = view.tokens[to]?.text;
  if (open !== '(' && open !== '[') return to;
  const close = view.tokens[to + 2]?.text;
  if (view.tokens[to + 1]?.cap !== true || (close !== ')' && close !== ']')) return to;
  let end = to + 3;
  while (view.tokens[end]?.cap === true && view.tags[end] === 'name') end += 1;
  return end > to + 3 ? end : to;
}

const SINGLE_OPEN = /^['\u2018]/u;
const LETTER = /[\p{L}\p{N}]/u;

/** Offset of the mark closing a single quotation opened at 0 ("can't" has a letter after it). */
function singleClose(text: string): number {
  for (let i = 2; i < text.length; i += 1) {
    const ch = text[i];
    if (ch !== '\u2019' && ch !== "'") continue;
    if (!LETTER.test(text[i + 1] ?? ' ') && !/\s/.test(text[i - 1] ?? ' ')) return i;
  }
  return -1;
}

/**
 * The claim of an inner attribution: "The mayor said, 'No.'" quotes the mayor's own words in
 * single marks, so the claim is those words (marks left out) and direct; otherwise indirect. A
 * quote of several sentences ('said, ‘Wait. Not yet.’') runs on to its closing mark, up to
 * `innerEnd`, the end of the outer quotation.
 */
function quotedWithin(block: BlockModel, r: RawAttribution, innerEnd: number): RawAttribution {
  const text = block.text.slice(r.start, r.end);
  if (!SINGLE_OPEN.test(text)) return { ...r, kind: 'indirect' };
  const close = singleClose(text);
  if (close >= 0) return { ...r, start: r.start + 1, end: r.start + close, kind: 'direct' };
  const further = singleClose(block.text.slice(r.start, innerEnd));
  if (further < 0) return { ...r, kind: 'indirect' };
  return { ...r, start: r.start + 1, end: r.start + further, kind: 'direct' };
}
