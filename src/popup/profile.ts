/**
 * The article's sourcing profile: where its claims come from and how they are framed. Shares are
 * fractions of all attributed claims, so the popup can draw them as bars of one scale.
 */
import type { AttributionKind, EntityType, ExtractionResult } from '../engine/types';
import { countVerbs, entityLookup, type VerbCount } from './summary';

/** A count and its fraction (0..1) of the article's claims. */
export interface Share {
  count: number;
  share: number;
}

/** A loaded verb and who it was used of. */
export interface LoadedVerb extends VerbCount {
  speakers: string[];
}

export interface SourcingProfile {
  total: number;
  /** Source types with at least one claim, largest share first. */
  bySourceType: (Share & { type: EntityType })[];
  anonymous: Share;
  byKind: Record<AttributionKind, Share>;
  loadedVerbs: LoadedVerb[];
  /** Hedge words in the article (attached to a claim or not), most frequent first. */
  hedges: VerbCount[];
}

function share(count: number, total: number): Share {
  return { count, share: total === 0 ? 0 : count / total };
}

/** Summarises an extraction into the profile the popup draws and the export writes. */
export function sourcingProfile(result: ExtractionResult): SourcingProfile {
  const lookup = entityLookup(result.entities);
  const total = result.attributions.length;
  const typeCounts = new Map<EntityType, number>();
  const kindCounts: Record<AttributionKind, number> = { direct: 0, indirect: 0, mixed: 0 };
  for (const attribution of result.attributions) {
    const { type } = lookup(attribution.speaker);
    typeCounts.set(type, (typeCounts.get(type) ?? 0) + 1);
    kindCounts[attribution.kind] += 1;
  }
  const loaded = result.attributions.filter(({ cue }) => cue?.class === 'loaded');
  const loadedVerbs = countVerbs(loaded).map((verb) => ({
    ...verb,
    speakers: [
      ...new Set(
        loaded
          .filter(({ cue }) => cue?.lemma === verb.lemma)
          .map(({ speaker }) => lookup(speaker).name),
      ),
    ],
  }));
  return {
    total,
    bySourceType: [...typeCounts.entries()]
      .map(([type, count]) => ({ type, ...share(count, total) }))
      .sort((a, b) => b.count - a.count),
    anonymous: share(typeCounts.get('anonymous') ?? 0, total),
    byKind: {
      direct: share(kindCounts.direct, total),
      indirect: share(kindCounts.indirect, total),
      mixed: share(kindCounts.mixed, total),
    },
    loadedVerbs,
    hedges: countHedges(result),
  };
}

/** Hedge words by lemma; the text form is lower-cased so "Reportedly" and "reportedly" merge. */
function countHedges(result: ExtractionResult): VerbCount[] {
  const byLemma = new Map<string, VerbCount>();
  for (const hedge of result.hedges) {
    const known = byLemma.get(hedge.lemma);
    if (known) known.count += 1;
    else byLemma.set(hedge.lemma, { lemma: hedge.lemma, text: hedge.text.toLowerCase(), count: 1 });
  }
  return [...byLemma.values()].sort((a, b) => b.count - a.count);
}
