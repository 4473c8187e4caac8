/**
 * The CLI's JSON shape: engine records flattened for people and scripts (speaker names instead of
 * ids, the cue as text, the content with its offsets).
 */
import type { ClaimClass, CueClass, EntityType, ExtractionResult } from '../engine/types';
import type { LoadedArticle } from './article';

/** One attribution as the CLI prints it. */
export interface ReportAttribution {
  speaker: string;
  speakerType: EntityType;
  kind: string;
  /** Speech, projection, belief, finding or testimony. */
  claim: ClaimClass;
  cue: string | null;
  cueClass: CueClass | null;
  loaded: boolean;
  hedged: boolean;
  via: string | null;
  content: string;
  block: number;
  start: number;
  end: number;
  confidence: number;
}

/** The whole document the CLI prints. */
export interface ExtractReport {
  file: string;
  title: string;
  isNews: boolean;
  attributions: ReportAttribution[];
  entities: Array<{ name: string; type: EntityType; aliases: string[]; mentions: number }>;
}

/** Flatten an extraction result for output. */
export function toReport(
  file: string,
  article: LoadedArticle,
  result: ExtractionResult,
): ExtractReport {
  const byId = new Map(result.entities.map((e) => [e.id, e]));
  return {
    file,
    title: article.title,
    isNews: article.isNews,
    attributions: result.attributions.map((a) => {
      const speaker = byId.get(a.speaker);
      return {
        speaker: speaker?.name ?? '',
        speakerType: speaker?.type ?? 'unknown',
        kind: a.kind,
        cue: a.cue?.text ?? null,
        claim: a.claim,
        cueClass: a.cue?.class ?? null,
        loaded: a.cue?.class === 'loaded',
        hedged: a.hedged,
        via: a.via === null ? null : (byId.get(a.via)?.name ?? null),
        content: a.content.text,
        block: a.content.block,
        start: a.content.start,
        end: a.content.end,
        confidence: Number(a.confidence.toFixed(2)),
      };
    }),
    entities: result.entities.map((e) => ({
      name: e.name,
      type: e.type,
      aliases: e.aliases,
      mentions: e.mentions.length,
    })),
  };
}
