/**
 * Headline sourcing in the wire-service form "Source: claim" ("Russia: Space ship malfunctions,
 * breaks up over Siberia"): a short capitalised source, a colon, then an unquoted claim. Section
 * labels ("Analysis:", "Live:", "Watch:") are not sources.
 */
import { trimContent, wordCount } from './clause';
import { rawOver, type RawAttribution } from './content';
import type { CueHit } from '../3-cues/cues';
import type { BlockModel } from '../1-text/model';
import { DETERMINERS } from '../lexicon/words';
import type { Sentence } from '../1-text/sentences';
import { lazySet } from '../lexicon/lazy';

// prettier-ignore
/** Labels that open headlines without naming a source. */
const LABELS = lazySet(() => [
  'analysis', 'live', 'watch', 'opinion', 'video', 'exclusive', 'update', 'updated', 'explainer',
  'breaking', 'review', 'interview', 'comment', 'editorial', 'photos', 'factbox', 'timeline',
  'podcast', 'listen', 'quiz', 'obituary', 'letters', 'correction', 'recap', 'preview', 'report',
]);

const SOURCE_CUE: CueHit = {
  from: 0,
  to: 0,
  info: { lemma: 'say', class: 'neutral', complement: 'any' },
  form: 'verb',
};

/** The "Source: claim" record of a headline sentence, or null. */
export function headlineSource(block: BlockModel, sentence: Sentence): RawAttribution | null {
  if (block.kind !== 'headline') return null;
  let colon = sentence.from;
  while (colon < Math.min(sentence.to, sentence.from + 4) && block.tokens[colon]?.text !== ':')
    colon += 1;
  if (block.tokens[colon]?.text !== ':' || colon === sentence.from) return null;
  if (colon - sentence.from > 2) return null;
  for (let i = sentence.from; i < colon; i += 1) {
    const t = block.tokens[i];
    if (t === undefined || !t.isWord || !t.cap || LABELS.has(t.lower)) return null;
    // Not a determiner, a gerund ("Saving Data:") or shouting ("ONE HUNDRED TWO:").
    if (DETERMINERS.has(t.lower) || t.lower.endsWith('ing') || t.text === t.text.toUpperCase())
      return null;
  }
  for (let i = colon + 1; i < sentence.to; i += 1) if (block.quoted[i] === true) return null;
  const content = trimContent(block, { from: colon + 1, to: sentence.to });
  if (wordCount(block, content) < 3) return null;
  // A sentence-case claim, not a title-case subtitle ("Better Student Journalism").
  let lower = 0;
  for (let i = content.from; i < content.to; i += 1)
    if (block.tokens[i]?.isWord && !block.tokens[i]?.cap) lower += 1;
  if (lower < 2) return null;
  return rawOver(block, content, {
    kind: 'indirect',
    cue: { ...SOURCE_CUE, from: colon, to: colon + 1 },
    speaker: {
      kind: 'phrase',
      block: block.index,
      np: { from: sentence.from, to: colon, appositive: null },
    },
    clause: { from: sentence.from, to: colon + 1 },
    confidence: 0.5,
  });
}
