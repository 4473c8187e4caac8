/**
 * Who claimed what: groups an extraction's attributions by speaker, for the popup's speaker list
 * and the Markdown export. Pure data in, data out; no DOM and no strings for the reader.
 */
import type {
  Attribution,
  AttributionKind,
  ClaimClass,
  Entity,
  EntityType,
  ExtractionResult,
} from '../engine/types';
import { snippet } from './snippet';

/** One claim as the popup lists it. */
export interface ClaimSummary {
  id: number;
  kind: AttributionKind;
  /** Speech, projection, belief, finding or testimony: a forecast is shown apart from a statement. */
  claim: ClaimClass;
  /** The whole claim on one line, for the export. */
  text: string;
  snippet: string;
  /** The attributing words as written ("said", "insisted"), if any. */
  cue: string | null;
  loaded: boolean;
  hedged: boolean;
  /** Name of the source this claim was relayed through. */
  via: string | null;
}

/** A verb used of a speaker, with how often (loaded verbs: "insisted" ×1). */
export interface VerbCount {
  lemma: string;
  /** The first surface form seen, for display. */
  text: string;
  count: number;
}

/** One speaker and everything attributed to them. */
export interface SpeakerSummary {
  id: number;
  /** Empty when the engine referenced an entity it did not describe. */
  name: string;
  type: EntityType;
  claims: ClaimSummary[];
  kinds: Record<AttributionKind, number>;
  loadedVerbs: VerbCount[];
  /** Names of the sources their claims were relayed through, in first-seen order. */
  relays: string[];
}

/** Counts cue words by lemma, keeping the first surface form, most frequent first. */
export function countVerbs(attributions: Attribution[]): VerbCount[] {
  const byLemma = new Map<string, VerbCount>();
  for (const { cue } of attributions) {
    if (!cue) continue;
    const known = byLemma.get(cue.lemma);
    if (known) known.count += 1;
    else byLemma.set(cue.lemma, { lemma: cue.lemma, text: cue.text.toLowerCase(), count: 1 });
  }
  return [...byLemma.values()].sort((a, b) => b.count - a.count);
}

function emptyKinds(): Record<AttributionKind, number> {
  return { direct: 0, indirect: 0, mixed: 0 };
}

/** Resolves an entity id, with a placeholder for ids the engine did not describe. */
export function entityLookup(entities: Entity[]): (id: number) => Pick<Entity, 'name' | 'type'> {
  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  return (id) => byId.get(id) ?? { name: '', type: 'unknown' };
}

/**
 * Speakers with at least one claim, most claims first; ties keep the order in which the speakers
 * first claim something, so the list reads like the article. Claims stay in reading order.
 */
export function summariseSpeakers(result: ExtractionResult): SpeakerSummary[] {
  const lookup = entityLookup(result.entities);
  const bySpeaker = new Map<number, Attribution[]>();
  for (const attribution of readingOrder(result.attributions)) {
    const list = bySpeaker.get(attribution.speaker) ?? [];
    list.push(attribution);
    bySpeaker.set(attribution.speaker, list);
  }
  const speakers = [...bySpeaker.entries()].map(([id, attributions]): SpeakerSummary => {
    const kinds = emptyKinds();
    for (const { kind } of attributions) kinds[kind] += 1;
    const relays: string[] = [];
    for (const { via } of attributions) {
      const name = via === null ? null : lookup(via).name;
      if (name && !relays.includes(name)) relays.push(name);
    }
    return {
      id,
      ...lookup(id),
      claims: attributions.map((attribution) => summariseClaim(attribution, lookup)),
      kinds,
      loadedVerbs: countVerbs(attributions.filter(({ cue }) => cue?.class === 'loaded')),
      relays,
    };
  });
  // Array.prototype.sort is stable, so ties keep first-claim order.
  return speakers.sort((a, b) => b.claims.length - a.claims.length);
}

/** Attributions sorted by where their content starts in the article. */
export function readingOrder(attributions: Attribution[]): Attribution[] {
  return [...attributions].sort(
    (a, b) => a.content.block - b.content.block || a.content.start - b.content.start || a.id - b.id,
  );
}

function summariseClaim(
  attribution: Attribution,
  lookup: (id: number) => Pick<Entity, 'name'>,
): ClaimSummary {
  return {
    id: attribution.id,
    kind: attribution.kind,
    claim: attribution.claim,
    text: snippet(attribution.content.text, Number.POSITIVE_INFINITY),
    snippet: snippet(attribution.content.text),
    cue: attribution.cue?.text ?? null,
    loaded: attribution.cue?.class === 'loaded',
    hedged: attribution.hedged,
    via: attribution.via === null ? null : lookup(attribution.via).name || null,
  };
}
