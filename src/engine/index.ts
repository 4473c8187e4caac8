/**
 * Public entry of the attribution engine: ordered article blocks in, typed records out.
 * Pure TypeScript — no DOM, no browser API — so it runs the same in Node and in the content script.
 * The pipeline, in order: model (tokens, quotes, sentences) → names pre-pass → per-sentence cues,
 * patterns and frames (passive agents, "As X says,", "we're told") → cue-less continuations →
 * speaker resolution (gender-aware pronouns, antecedents) and nesting (`via`) → headline echoes
 * → hedges.
 */
import { ArticleState, processBlock } from './article';
import { quotesIn } from './clause';
import { headlineEchoes } from './echo';
import { EntityResolver } from './entities';
import { findHedges } from './hedging';
import { buildBlockModel, type BlockModel } from './model';
import { collectNames } from './names';
import type { Resolved } from './nesting';
import type { Attribution, ExtractionResult, TextBlock } from './types';

export type * from './types';

function toAttribution(block: BlockModel, r: Resolved, id: number): Attribution {
  const { raw } = r;
  const via = r.via ?? null;
  return {
    id,
    kind: raw.kind,
    content: {
      block: raw.block,
      start: raw.start,
      end: raw.end,
      text: block.text.slice(raw.start, raw.end),
    },
    quotes: quotesIn(block, raw.start, raw.end).map((q) => ({ block: raw.block, ...q })),
    cue: r.cue,
    speaker: r.speaker,
    speakerMention: r.mention,
    via,
    hedged: false,
    confidence: Math.max(0.1, Math.min(1, raw.confidence - (r.pronoun ? 0.1 : 0))),
  };
}

/** Find every attributed claim in an article. */
export function extractAttributions(blocks: readonly TextBlock[]): ExtractionResult {
  const models = blocks.map((b, i) => buildBlockModel(i, b.kind, b.text));
  const state = new ArticleState(new EntityResolver(collectNames(models)));
  models.forEach((model, i) => processBlock(state, model, models[i - 1]));
  const echoes = headlineEchoes(models, state.out);
  // Echoes belong to display blocks near the top: merge them in by block, keeping body order.
  const records = [...state.out, ...echoes].sort((a, b) => a.raw.block - b.raw.block);
  const hedges = models.flatMap(findHedges);
  const attributions = records.map((r, id) => {
    const block = models[r.raw.block];
    if (block === undefined) throw new Error('attribution outside the article');
    const a = toAttribution(block, r, id);
    a.hedged =
      hedges.some(
        (h) =>
          h.block === a.content.block &&
          h.start >= a.content.start - 40 &&
          h.end <= a.content.end + 40,
      ) || a.cue?.class === 'hedging';
    return a;
  });
  const used = new Set<number>();
  attributions.forEach((a) => {
    used.add(a.speaker);
    if (a.via !== null) used.add(a.via);
  });
  return { attributions, entities: state.resolver.list().filter((e) => used.has(e.id)), hedges };
}
