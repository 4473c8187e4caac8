/**
 * Stage 6c: attribution frames that are not "speaker + reporting verb":
 * - the passive with an agent: "X has been described as 'heartbreaking' by the department",
 *   "Mugabe is seen by many Africans as a liberation hero";
 * - "In Dr. Shadlen's words, '...'" and "In the words of X, ...";
 * - the reporter's own anonymous sourcing: "We're told there is security footage ...".
 */
import { kindOf, trimContent, wordCount, type Range } from './clause';
import { rawOver, type RawAttribution, type SpeakerRef } from './content';
import type { CueHit } from '../3-cues/cues';
import { PASSIVE_FRAMES, REASON_FRAMES } from '../lexicon/frames';
import type { BlockModel } from '../1-text/model';
import { speakerRight } from '../5-speakers/phrase';
import { agentlessClaims } from './agentless';
import { beliefPassives } from './belief-passive';
import { judgedPassives } from './judged-passive';
import { accusationPassive } from './accusation-passive';
import { pleaClaim } from './plea';
import { hearsayClaims } from './hearsay';
import type { Sentence } from '../1-text/sentences';
import { lazySet, type Lookup } from '../lexicon/lazy';
import { BE_FORM_WORDS } from '../lexicon/words';

/** "be" and its contracted "'s" ("the firm's seen as"). */
const BE = lazySet(() => [...BE_FORM_WORDS, "'s"]);
const TOLD_BY_REPORTER = lazySet(() => ["we're", "i'm", "we've", "i've"]);
const TOLD_AUX = lazySet(() => ['are', 'am', 'were', 'was', 'been', 'have', 'had', 'being']);

/** The speaker of "we're told": whoever told the reporter, unnamed. */
export const UNNAMED_SOURCES = 'unnamed sources';

function record(
  block: BlockModel,
  content: Range,
  cue: CueHit,
  speaker: SpeakerRef,
  clause: Range,
): RawAttribution | null {
  const r = trimContent(block, content);
  const quoted = kindOf(block, r) === 'direct';
  if (wordCount(block, r) < (quoted ? 1 : 2)) return null;
  return rawOver(block, r, { kind: kindOf(block, r), cue, speaker, clause, confidence: 0.6 });
}

const cueOf = (from: number, to: number, lemma: string): CueHit => ({
  from,
  to,
  info: { lemma, class: 'neutral', complement: 'any' },
  form: 'verb',
});

/** The first unquoted token index in `[from, to)` whose lower text is in `words`, or -1. */
function find(block: BlockModel, from: number, to: number, words: Lookup): number {
  for (let i = from; i < to; i += 1)
    if (block.quoted[i] !== true && words.has(block.tokens[i]?.lower ?? '')) return i;
  return -1;
}

const AS = lazySet(() => ['as']);
const BY = lazySet(() => ['by']);
const STOPS = lazySet(() => [',', ';', 'but', 'by', 'and']);

/** "X is seen by Y as Z" / "X has been described as Z by Y". */
function passiveAgent(block: BlockModel, s: Sentence): RawAttribution | null {
  // Both frames need "by" after the verb (the reason frame right after it, which may be the token
  // just past the sentence): without one, skip the per-token look-ups.
  if (!hasWord(block, s.from + 2, s.to + 1, 'by')) return null;
  for (let v = s.from + 1; v < s.to; v += 1) {
    const t = block.tokens[v];
    if (t === undefined || block.quoted[v] === true) continue;
    const reason = reasonFrame(block, s, v);
    if (reason !== null) return reason;
    if (!PASSIVE_FRAMES.has(t.lower)) continue;
    let b = v - 1;
    while (b > s.from && /ly$/.test(block.tokens[b]?.lower ?? '')) b -= 1;
    if (!BE.has(block.tokens[b]?.lower ?? '') && block.tokens[b]?.lower !== 'still') continue;
    const as = find(block, v + 1, Math.min(s.to, v + 8), AS);
    if (as < 0) continue;
    const by = find(block, v + 1, s.to, BY);
    if (by < 0) continue;
    const agentEnd = by < as ? as : find(block, by + 1, s.to, new Set([',', ';'])) + 1 || s.to;
    const agent = speakerRight(block, by + 1, by < as ? as : agentEnd);
    if (agent === null) return null;
    let end = as + 1;
    while (end < s.to && (block.quoted[end] === true || !STOPS.has(block.tokens[end]?.lower ?? '')))
      end += 1;
    const complement: Range = { from: as + 1, to: end };
    // A one- or two-word label ("described as 'heartbreaking'") needs its subject to be a claim.
    const short = wordCount(block, complement) < 3;
    let start = b;
    while (start > s.from && block.tokens[start - 1]?.text !== ',') start -= 1;
    const content = short ? { from: start, to: end } : complement;
    const speaker: SpeakerRef = { kind: 'phrase', block: block.index, np: agent };
    return record(block, content, cueOf(b, v + 1, t.lower), speaker, { from: by, to: agent.to });
  }
  return null;
}

/**
 * "criticized by the Obama administration for making relations partisan", "accused by rivals of
 * lying": the agent judges, and the "for" / "of" phrase is what it says the subject did.
 */
function reasonFrame(block: BlockModel, s: Sentence, v: number): RawAttribution | null {
  const t = block.tokens[v];
  // "by" first: a plain comparison rules out nearly every token before the table look-up.
  if (t === undefined || block.tokens[v + 1]?.lower !== 'by') return null;
  const prep = REASON_FRAMES.get(t.lower);
  if (prep === undefined) return null;
  const at = find(block, v + 2, Math.min(s.to, v + 10), new Set([prep]));
  const agent = at < 0 ? null : speakerRight(block, v + 2, at);
  if (agent === null || agent.to !== at) return null;
  let end = agent.to + 1;
  while (
    end < s.to &&
    (block.quoted[end] === true || !CLAUSE_STOPS.has(block.tokens[end]?.text ?? ''))
  )
    end += 1;
  const speaker: SpeakerRef = { kind: 'phrase', block: block.index, np: agent };
  return record(block, { from: agent.to + 1, to: end }, cueOf(v, v + 2, t.lower), speaker, {
    from: v,
    to: agent.to + 1,
  });
}

const CLAUSE_STOPS = lazySet(() => [',', ';']);

/** "In Dr. Shadlen's words, ..." and "In the words of Michael Shadlen, ...". */
function inWords(block: BlockModel, s: Sentence): RawAttribution | null {
  const tok = (i: number) => block.tokens[i];
  if (tok(s.from)?.lower !== 'in') return null;
  const comma = find(block, s.from + 1, Math.min(s.to, s.from + 10), new Set([',']));
  if (comma < 0) return null;
  let np: Range | null = null;
  if (tok(s.from + 1)?.lower === 'the' && tok(s.from + 2)?.lower === 'words') {
    if (tok(s.from + 3)?.lower === 'of') np = { from: s.from + 4, to: comma };
  } else if (tok(comma - 1)?.lower === 'words' && /'s$/.test(tok(comma - 2)?.lower ?? '')) {
    np = { from: s.from + 1, to: comma - 1 };
  } else if (
    tok(comma - 1)?.lower === 'words' &&
    comma - 2 === s.from + 1 &&
    block.tags[comma - 2] === 'poss'
  ) {
    np = { from: s.from + 1, to: comma - 1 }; // "In his words,"
  }
  if (np === null || np.to <= np.from) return null;
  const speaker: SpeakerRef = {
    kind: 'phrase',
    block: block.index,
    np: { from: np.from, to: np.to, appositive: null },
  };
  return record(block, { from: comma + 1, to: s.to }, cueOf(s.from, comma, 'say'), speaker, {
    from: s.from,
    to: comma,
  });
}

/** "We're told there is footage ...", "I am told the talks failed": unnamed sources. */
function toldReporter(block: BlockModel, s: Sentence): RawAttribution | null {
  // Every match ends in "told" inside the sentence (the auxiliaries between cannot run past its
  // closing mark): most sentences have none, found with one comparison per token.
  if (!hasWord(block, s.from, s.to, 'told')) return null;
  for (let i = s.from; i < s.to - 1; i += 1) {
    const t = block.tokens[i];
    if (t === undefined || block.quoted[i] === true) continue;
    // At the start of the sentence or of a coordinated clause ("We know X and we're told Y").
    const lead = block.tokens[i - 1]?.lower ?? '';
    if (i > s.from + 3 && lead !== 'and' && lead !== 'but' && lead !== ',') continue;
    let k = i + 1;
    const contracted = TOLD_BY_REPORTER.has(t.lower);
    if (!contracted && !(t.lower === 'we' || t.lower === 'i')) continue;
    while (!contracted && TOLD_AUX.has(block.tokens[k]?.lower ?? '')) k += 1;
    if (contracted && block.tokens[k]?.lower === 'been') k += 1;
    if (block.tokens[k]?.lower !== 'told' || (!contracted && k === i + 1)) continue;
    const speaker: SpeakerRef = { kind: 'unnamed', name: UNNAMED_SOURCES };
    return record(block, { from: k + 1, to: s.to }, cueOf(i, k + 1, 'tell'), speaker, {
      from: i,
      to: k + 1,
    });
  }
  return null;
}

/** Is there a token in `[from, to)` whose lower-cased text is `word` (quoted or not)? */
function hasWord(block: BlockModel, from: number, to: number, word: string): boolean {
  for (let i = from; i < to; i += 1) if (block.tokens[i]?.lower === word) return true;
  return false;
}

/** Every frame record of one sentence (at most one of each kind). */
export function frameAttributions(block: BlockModel, s: Sentence): RawAttribution[] {
  // Pushes, not an array of three filtered: this runs for every sentence and usually finds none.
  const found: RawAttribution[] = [];
  const passive = passiveAgent(block, s);
  if (passive !== null) found.push(passive);
  const words = inWords(block, s);
  if (words !== null) found.push(words);
  const told = toldReporter(block, s);
  if (told !== null) found.push(told);
  for (const agentless of agentlessClaims(block, s)) found.push(agentless);
  for (const hearsay of hearsayClaims(block, s)) found.push(hearsay);
  for (const belief of beliefPassives(block, s)) found.push(belief);
  for (const judged of judgedPassives(block, s)) found.push(judged);
  const accusation = accusationPassive(block, s);
  if (accusation !== null) found.push(accusation);
  const plea = pleaClaim(block, s);
  if (plea !== null) found.push(plea);
  return found;
}
