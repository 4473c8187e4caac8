/**
 * Builds engine results for fixtures from readable specs ("Macron said <content>"), resolving every
 * span against the article's real text so offsets, snippets and exports are exercised on real
 * sentences rather than placeholders.
 */
import { claimClassOf } from '../../engine/lexicon/claims';
import type {
  Attribution,
  AttributionKind,
  CueClass,
  Entity,
  EntityType,
  ExtractionResult,
  Hedge,
  TextBlock,
  TextSpan,
} from '../../engine/types';

/** Every occurrence of `needle` in reading order. */
function occurrences(blocks: TextBlock[], needle: string): TextSpan[] {
  const found: TextSpan[] = [];
  blocks.forEach((block, index) => {
    for (let at = block.text.indexOf(needle); at >= 0; at = block.text.indexOf(needle, at + 1)) {
      found.push({ block: index, start: at, end: at + needle.length, text: needle });
    }
  });
  return found;
}

/** The occurrence of `needle` in `block` nearest to offset `near`. */
function nearest(blocks: TextBlock[], needle: string, block: number, near: number): TextSpan {
  const inBlock = occurrences(blocks, needle).filter((span) => span.block === block);
  const best = inBlock.sort((a, b) => Math.abs(a.start - near) - Math.abs(b.start - near))[0];
  if (!best) throw new Error(`fixture: "${needle}" not in block ${block}`);
  return best;
}

export interface EntitySpec {
  name: string;
  type: EntityType;
  aliases: string[];
}

export interface ClaimSpec {
  speaker: string;
  kind: AttributionKind;
  content: string;
  /** Which occurrence of `content` in the article (duplicates: standfirst and body). */
  nth?: number;
  cue: string;
  lemma: string;
  cueClass: CueClass;
  mention?: string;
  via?: string;
  hedged?: boolean;
}

/** Builds an `ExtractionResult` from readable specs, resolving every span against `blocks`. */
export function buildResult(
  blocks: TextBlock[],
  entitySpecs: EntitySpec[],
  claims: ClaimSpec[],
  hedgeWords: { text: string; lemma: string }[] = [],
): ExtractionResult {
  const entities: Entity[] = entitySpecs.map((spec, id) => ({
    id,
    name: spec.name,
    type: spec.type,
    aliases: spec.aliases,
    mentions: [spec.name, ...spec.aliases]
      .flatMap((form) => occurrences(blocks, form))
      .sort((a, b) => a.block - b.block || a.start - b.start),
  }));
  const idOf = (name: string): number => {
    const entity = entities.find((candidate) => candidate.name === name);
    if (!entity) throw new Error(`fixture: unknown entity ${name}`);
    return entity.id;
  };
  const attributions: Attribution[] = claims.map((spec, id) => {
    const content = occurrences(blocks, spec.content)[spec.nth ?? 0];
    if (!content) throw new Error(`fixture: content not found: ${spec.content}`);
    const cue = nearest(blocks, spec.cue, content.block, content.start);
    const quoted = spec.kind === 'direct' ? [content] : [];
    return {
      id,
      kind: spec.kind,
      claim: claimClassOf(spec.lemma),
      content,
      quotes: quoted.map(({ block, start, end }) => ({ block, start, end })),
      cue: { ...cue, lemma: spec.lemma, class: spec.cueClass },
      speaker: idOf(spec.speaker),
      speakerMention: spec.mention ? nearest(blocks, spec.mention, content.block, cue.start) : null,
      via: spec.via ? idOf(spec.via) : null,
      hedged: spec.hedged ?? false,
      confidence: 0.9,
    };
  });
  const hedges: Hedge[] = hedgeWords.flatMap(({ text, lemma }) =>
    occurrences(blocks, text).map((span) => ({ ...span, lemma })),
  );
  return { attributions, entities, hedges };
}
