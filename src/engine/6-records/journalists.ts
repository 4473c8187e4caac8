/**
 * Which labelled speakers of a transcript are its journalists: their turns narrate and ask, they
 * attribute nothing of their own. A broadcast report reads
 *
 *   JANE HOST: The cuts have drawn criticism from former champions.   ← the anchor
 *   Tom Field reports.                                                ← the hand-off
 *   TOM FIELD: It has been a hard year for the sport.                 ← the reporter
 *   TOM FIELD: Do you think this is a punishment?                     ← a question
 *   ANN WINNER: It certainly would seem that way.                     ← the interviewee
 *
 * Two patterns name a journalist, never a single turn's wording: the hand-off line ("Tom Field
 * reports.") names the reporter, and the anchor is the labelled speaker whose turn it ends; a
 * label that asks questions another label answers, and never answers one itself, is the
 * interviewer. Claims with a cue inside their turns ("Ann Winner says ...") still count.
 */
import type { BlockModel } from '../1-text/model';
import { HANDOFF_VERBS, JOURNALIST_ROLES } from '../lexicon/display';
import type { TurnLabel } from './speaker-labels';

/** Longest hand-off line, in words ("Tom Field reports from Perth."). */
const MAX_HANDOFF_WORDS = 8;

/** Does the turn's text end in a question? */
const asks = (block: BlockModel): boolean => block.text.trimEnd().endsWith('?');

/** The label key a hand-off line names ("Tom Field reports." gives "tom field"), or null. */
function handoffName(block: BlockModel, keys: ReadonlySet<string>): string | null {
  if (block.kind !== 'paragraph') return null;
  const words = block.tokens.filter((t) => t.isWord);
  if (words.length < 2 || words.length > MAX_HANDOFF_WORDS) return null;
  // "NPR's Tom Field reports.": the outlet's possessive before the name is no part of the label.
  const first = /['\u2019]s$/u.test(words[0]?.lower ?? '') ? 1 : 0;
  for (let n = first + 1; n < words.length; n += 1) {
    if (!HANDOFF_VERBS.has(words[n]?.lower ?? '')) continue;
    const key = words
      .slice(first, n)
      .map((t) => t.lower)
      .join(' ');
    return keys.has(key) ? key : null;
  }
  return null;
}

/**
 * The label keys of the transcript's journalists, given its believed turns (by block index):
 * reporters named by a hand-off line, the anchors who hand off, and interviewers.
 */
export function journalistKeys(
  models: readonly BlockModel[],
  turns: ReadonlyMap<number, TurnLabel>,
): Set<string> {
  const out = new Set<string>();
  if (turns.size === 0) return out;
  const keys = new Set<string>([...turns.values()].map((t) => t.key));
  const asked = new Set<string>();
  const answered = new Set<string>();
  let current: TurnLabel | null = null;
  let previous: { label: TurnLabel; block: BlockModel } | null = null;
  for (const block of models) {
    const label = turns.get(block.index);
    if (label === undefined) {
      const name = handoffName(block, keys);
      if (name !== null) {
        out.add(name);
        if (current !== null && current.key !== name) out.add(current.key);
      }
      continue;
    }
    // A turn right after another label's question: the one answers, the other asked.
    if (previous !== null && previous.label.key !== label.key && asks(previous.block)) {
      asked.add(previous.label.key);
      answered.add(label.key);
    }
    // "TOM FIELD, BYLINE:", "JANE HOST, HOST:": the label itself gives the outlet's role.
    if (label.roles.some((r) => JOURNALIST_ROLES.has(r))) out.add(label.key);
    current = label;
    previous = { label, block };
  }
  for (const key of asked) if (!answered.has(key)) out.add(key);
  return withSurnames(out, keys);
}

/** Later turns labelled by the surname alone ("FIELD:") are the same journalist's. */
function withSurnames(journalists: Set<string>, keys: ReadonlySet<string>): Set<string> {
  const surnames = new Set<string>();
  for (const key of journalists) {
    const parts = key.split(' ');
    if (parts.length > 1) surnames.add(parts[parts.length - 1] ?? '');
  }
  for (const key of keys) if (surnames.has(key)) journalists.add(key);
  return journalists;
}
