/**
 * Stage 6b: claims with no cue of their own. A sentence that is (almost) all quotation, a block
 * quote, or a list item after "X also said:" continues the last speaker; so does a paragraph that
 * reopens a quotation left open by the paragraph before.
 */
import { charSpan, kindOf, trimContent, wordCount } from './clause';
import type { BlockModel } from './model';
import type { RawAttribution } from './patterns';
import type { Sentence } from './sentences';

/** Share of a sentence's words that are quoted. */
function quotedShare(block: BlockModel, s: Sentence): number {
  let words = 0;
  let quoted = 0;
  for (let i = s.from; i < s.to; i += 1) {
    if (block.tokens[i]?.isWord !== true) continue;
    words += 1;
    if (block.quoted[i] === true) quoted += 1;
  }
  return words === 0 ? 0 : quoted / words;
}

/** A cue-less record continuing the previous speaker, or null. */
export function continuationRecord(
  block: BlockModel,
  s: Sentence,
  wholeBlock: boolean,
): RawAttribution | null {
  const range = trimContent(block, wholeBlock ? { from: 0, to: block.tokens.length } : s);
  if (wordCount(block, range) < 3) return null;
  if (!wholeBlock && quotedShare(block, s) < 0.6) return null;
  const span = charSpan(block, range);
  if (span.end <= span.start) return null;
  return {
    block: block.index,
    start: span.start,
    end: span.end,
    kind:
      wholeBlock && block.kind !== 'listItem' && kindOf(block, range) === 'indirect'
        ? 'direct'
        : kindOf(block, range),
    cue: null,
    speaker: { kind: 'previous' },
    clause: { from: s.from, to: s.from },
    confidence: 0.55,
  };
}

/** Does this sentence end in a cue and a colon ("President Obama also said:")? */
export function endsWithColonCue(block: BlockModel, s: Sentence): boolean {
  const last = block.tokens[s.to - 1];
  return last?.text === ':';
}
