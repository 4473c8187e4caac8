/**
 * Stage 8d: transcripts and Q&A interviews, where each turn is a paragraph opened by its speaker's
 * name and a colon, and no reporting verb at all:
 *
 *   JANE DOE, COACH: The money went on consultants, not on the athletes.
 *   McKelvey: Because I wanted to build something of my own.
 *
 * A label is only believed as part of a pattern, never on one paragraph: an all-capitals label
 * when the article has at least two such turns (a one-off "WASHINGTON:" is a dateline) and one
 * label returns or a turn says "I" or "we" (else they are run-in crossheads over narration), a
 * mixed-case label when the same name opens at least two paragraphs, answers a question in one of
 * them and names a person ("Bottom line:", "Price:", a team in a listing are no interview). The interviewer's and the outlet's own labels (Q, REPORTER, HOST) name no
 * source. The turn's text is the labelled speaker's words; cue-less records inside it are theirs.
 */
import type { BlockModel } from '../1-text/model';
import { isPlaceName } from '../lexicon/places';
import { OUTLET_VOICE_LABELS } from '../lexicon/display';
import type { EntityResolver } from '../5-speakers/entities';
import type { Resolved } from './nesting';
import { creditedWords } from './credit-lines';
import { journalistKeys } from './journalists';
import { lazySet } from '../lexicon/lazy';

/** The label of one turn: the name's token range and where the spoken text starts. */
export interface TurnLabel {
  from: number;
  to: number;
  /** Index of the first token after the colon. */
  text: number;
  /** The label is written in capitals ("JANE DOE"), the transcript style. */
  shouted: boolean;
  /** The role after the name's comma, lower-cased ("JANE DOE, HEAD COACH" gives head, coach). */
  roles: string[];
  key: string;
}

/** Longest label before the colon, in tokens ("JOHN SMITH, HEAD COACH, SWIMMING AUSTRALIA"). */
const MAX_LABEL = 10;
/** Longest name part of a label, in words. */
const MAX_NAME = 4;
/** Words a turn must hold after its label to be speech, not a field ("Price: $499"). */
const MIN_TEXT_WORDS = 3;

/** The label that opens a paragraph, or null. */
export function turnLabel(block: BlockModel): TurnLabel | null {
  if (block.kind !== 'paragraph') return null;
  const { tokens } = block;
  let colon = -1;
  for (let i = 1; i < Math.min(tokens.length, MAX_LABEL + 1); i += 1) {
    if (tokens[i]?.text === ':') {
      colon = i;
      break;
    }
  }
  if (colon < 0 || block.quoted[colon] === true) return null;
  // The name is the part before a comma; what follows the comma is a role ("JOHN SMITH, COACH").
  let end = 0;
  while (end < colon && tokens[end]?.text !== ',') end += 1;
  if (end === 0 || end > MAX_NAME) return null;
  let shouted = true;
  for (let i = 0; i < end; i += 1) {
    const t = tokens[i];
    if (t === undefined || !t.isWord || !t.cap || block.quoted[i] === true) return null;
    if (t.text !== t.text.toUpperCase() || t.text.length < 2) shouted = false;
  }
  const words = tokens.slice(0, end).map((t) => t.lower);
  if (OUTLET_VOICE_LABELS.has(words[0] ?? '') || isPlaceName(words)) return null;
  let after = 0;
  for (let i = colon + 1; i < tokens.length && after < MIN_TEXT_WORDS; i += 1)
    if (tokens[i]?.isWord === true) after += 1;
  if (after < MIN_TEXT_WORDS) return null;
  const roles: string[] = [];
  for (let i = end + 1; i < colon; i += 1)
    if (tokens[i]?.isWord === true) roles.push(tokens[i]?.lower ?? '');
  return { from: 0, to: end, text: colon + 1, shouted, roles, key: words.join(' ') };
}

/**
 * Who an "I" or "we" outside quotation marks is: in a labelled turn ("McKelvey: ... I said ...")
 * the turn's speaker; elsewhere the author or the outlet ("I called him and said ...", "As we
 * know, ..."), who is no source (null).
 */
export function firstPersonSpeaker(block: BlockModel, resolver: EntityResolver): number | null {
  const label = turnLabel(block);
  return label === null ? null : resolver.resolve(block, label.from, label.to);
}

const FIRST_PERSON = lazySet(() => ['i', 'me', 'my', 'we', 'us', 'our']);

/** Does the turn from token `from` on speak in the first person, outside quotation marks? */
function speaksFirstPerson(block: BlockModel, from: number): boolean {
  for (let k = from; k < block.tokens.length; k += 1)
    if (block.quoted[k] !== true && FIRST_PERSON.has(block.tokens[k]?.lower ?? '')) return true;
  return false;
}

/** The turns of an article that the pattern rule believes, by block index. */
export function transcriptTurns(models: readonly BlockModel[]): Map<number, TurnLabel> {
  const labels = new Map<number, TurnLabel>();
  const perKey = new Map<string, number>();
  const answers = new Set<string>();
  let shouted = 0;
  let spoken = false;
  for (let i = 0; i < models.length; i += 1) {
    const m = models[i];
    const label = m === undefined ? null : turnLabel(m);
    if (m === undefined || label === null) continue;
    labels.set(m.index, label);
    perKey.set(label.key, (perKey.get(label.key) ?? 0) + 1);
    if (label.shouted) {
      shouted += 1;
      spoken ||= (perKey.get(label.key) ?? 0) >= 2 || speaksFirstPerson(m, label.text);
    }
    if (models[i - 1]?.text.trimEnd().endsWith('?') === true) answers.add(label.key);
  }
  // A transcript's speakers take turns, so some capitals label comes back, or its labels give
  // roles ("JANE DOE, COACH:"), or a turn speaks as "I"/"we" (`spoken`); capitals labels that do
  // none of these are a notes column's run-in heads ("BIG ARMS: ...", "HORN: ...").
  let repeated = false;
  for (const label of labels.values())
    if (label.shouted && ((perKey.get(label.key) ?? 0) >= 2 || label.roles.length > 0))
      repeated = true;
  for (const [index, label] of labels) {
    // A mixed-case label is an interview's only when one of its turns answers a question.
    const believed = label.shouted
      ? shouted >= 2 && (spoken || repeated)
      : (perKey.get(label.key) ?? 0) >= 2 && answers.has(label.key);
    if (!believed) labels.delete(index);
  }
  return labels;
}

/**
 * Give every believed turn to its labelled speaker: its cue-less records are the speaker's, and a
 * turn with none gets one for its whole text. `records` is changed and extended in
 * place (added records go at the end: the caller restores block order).
 */
export function creditTranscriptTurns(
  models: readonly BlockModel[],
  records: Resolved[],
  resolver: EntityResolver,
): void {
  const turns = transcriptTurns(models);
  const journalists = journalistKeys(models, turns);
  for (const [index, label] of turns) {
    const block = models[index];
    if (block === undefined) continue;
    // A journalist's turn narrates or asks: its cue-less stretches are nobody's claim.
    if (journalists.has(label.key)) {
      for (let k = records.length - 1; k >= 0; k -= 1) {
        const r = records[k];
        if (r !== undefined && r.raw.block === index && r.cue === null) records.splice(k, 1);
      }
      continue;
    }
    const speaker = resolver.resolve(block, label.from, label.to);
    if (speaker === null) continue;
    // A repeated mixed-case label must name a person ("McKelvey:"), not a team or a field of a
    // listing ("Thunder: Host the Lakers on Friday.").
    if (!label.shouted && resolver.get(speaker)?.type !== 'person') continue;
    // Cue-less records inside the turn are the speaker's words; a reporting clause inside it ("He
    // thought ...") is a claim the speaker relays, and the turn as a whole is still theirs.
    let covered = false;
    for (const r of records) {
      if (r.raw.block !== index || r.cue !== null) continue;
      r.speaker = speaker;
      covered = true;
    }
    if (label.shouted) creditContinuedTurn(models, records, index, speaker);
    if (covered) continue;
    const first = block.tokens[label.text];
    const last = block.tokens[block.tokens.length - 1];
    if (first === undefined || last === undefined) continue;
    records.push(
      creditedWords(index, first.start, last.end, speaker, { from: label.from, to: label.text }),
    );
  }
}

/** Most unlabelled paragraphs one transcript turn runs on for. */
const MAX_CONTINUED = 6;

/**
 * "JON SIEBEN: It is a shame ... / I think they can still produce champions ...": in a transcript
 * a turn runs on over the unlabelled paragraphs after it, up to the next label. Those paragraphs
 * are the speaker's words unless they report someone with a cue of their own.
 */
function creditContinuedTurn(
  models: readonly BlockModel[],
  records: Resolved[],
  index: number,
  speaker: number,
): void {
  for (let j = index + 1; j <= index + MAX_CONTINUED; j += 1) {
    const m = models[j];
    if (m === undefined || m.kind !== 'paragraph' || opensWithLabel(m)) return;
    const own = records.filter((r) => r.raw.block === j);
    if (own.some((r) => r.cue !== null)) return;
    for (const r of own) r.speaker = speaker;
    const first = m.tokens[0];
    const last = m.tokens[m.tokens.length - 1];
    if (own.length > 0 || first === undefined || last === undefined) continue;
    records.push(creditedWords(j, first.start, last.end, speaker, { from: 0, to: 0 }));
  }
}

/** Does the paragraph open with a label of any kind ("REPORTER:", "JANE DOE, COACH:")? */
function opensWithLabel(block: BlockModel): boolean {
  for (let i = 0; i < Math.min(block.tokens.length, MAX_LABEL + 1); i += 1) {
    const t = block.tokens[i];
    if (t === undefined || block.quoted[i] === true) return false;
    if (t.text === ':') return i > 0;
    if (t.isWord && !t.cap) return false;
  }
  return false;
}
