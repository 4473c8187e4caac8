/**
 * The corpus scoring rule (../shared/corpus/README.md), as pure functions so it can be tested and
 * reused by `npm run eval`: content matches by token overlap (one-to-one, best overlap first), and
 * "attributed right" when the predicted speaker also names the gold entity.
 */

/** A gold entity as `gold.json` lists it. */
export interface GoldEntity {
  type: string;
  aliases: string[];
}

/** The part of a gold attribution the score looks at. */
export interface GoldRecord {
  speaker: string;
  content: string;
}

/** The part of a predicted attribution the score looks at. */
export interface PredictedRecord {
  speaker: string;
  content: string;
  /** Where the speaker is named for this record (a pronoun, a role), shown in speaker errors. */
  mention?: string;
}

/** One document's predictions against its gold. */
export interface DocumentScore {
  gold: number;
  predicted: number;
  contentMatches: number;
  attributedRight: number;
  /** Pairs of matched indices [predicted, gold] with whether the speaker was right. */
  pairs: Array<{ predicted: number; gold: number; speakerRight: boolean }>;
}

/** Precision, recall and F1 from counts. */
export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

const NAME_STOP_WORDS = new Set(['the', 'a', 'an', 'of', 's', 'mr', 'mrs', 'ms', 'dr']);
const PRONOUNS = new Set([
  'he',
  'she',
  'they',
  'it',
  'him',
  'her',
  'them',
  'his',
  'hers',
  'their',
  'its',
  'we',
  'i',
  'you',
]);

/** Lower-cased tokens, split on anything that is not a letter or digit (the README's rule). */
export function scoreTokens(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
}

/** Size of the multiset intersection of two token lists. */
export function tokenOverlap(a: readonly string[], b: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const t of a) counts.set(t, (counts.get(t) ?? 0) + 1);
  let shared = 0;
  for (const t of b) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      shared += 1;
      counts.set(t, n - 1);
    }
  }
  return shared;
}

/** True when two contents overlap by at least half of the tokens of each. */
export function contentsMatch(predicted: string, gold: string): boolean {
  const p = scoreTokens(predicted);
  const g = scoreTokens(gold);
  if (p.length === 0 || g.length === 0) return false;
  const shared = tokenOverlap(p, g);
  return shared * 2 >= p.length && shared * 2 >= g.length;
}

function nameTokens(name: string): string[] {
  return scoreTokens(name).filter((t) => !NAME_STOP_WORDS.has(t));
}

function containsAll(outer: readonly string[], inner: readonly string[]): boolean {
  const set = new Set(outer);
  return inner.every((t) => set.has(t));
}

/**
 * Does the predicted speaker name the gold entity? One name's tokens contain the other's (canonical
 * name or any alias), the prediction is not a bare pronoun, and for a person the surname (last token
 * of the canonical name) appears in the prediction.
 */
export function speakerMatches(
  predicted: string,
  goldName: string,
  entity: GoldEntity | undefined,
): boolean {
  const p = nameTokens(predicted);
  if (p.length === 0) return false;
  if (p.length === 1 && PRONOUNS.has(p[0] ?? '')) return false;
  const canonical = nameTokens(goldName);
  if (entity?.type === 'person') {
    const surname = canonical[canonical.length - 1];
    if (surname !== undefined && !p.includes(surname)) return false;
  }
  const names = [goldName, ...(entity?.aliases ?? [])];
  return names.some((name) => {
    const g = nameTokens(name);
    if (g.length === 0) return false;
    return containsAll(p, g) || containsAll(g, p);
  });
}

/** Score one document: one-to-one content matching, best overlap first. */
export function scoreDocument(
  predicted: readonly PredictedRecord[],
  gold: readonly GoldRecord[],
  entities: Readonly<Record<string, GoldEntity>>,
): DocumentScore {
  const candidates: Array<{ p: number; g: number; overlap: number }> = [];
  const goldTokens = gold.map((g) => scoreTokens(g.content));
  predicted.forEach((pred, p) => {
    const pt = scoreTokens(pred.content);
    if (pt.length === 0) return;
    goldTokens.forEach((gt, g) => {
      if (gt.length === 0) return;
      const shared = tokenOverlap(pt, gt);
      if (shared * 2 >= pt.length && shared * 2 >= gt.length) {
        candidates.push({ p, g, overlap: shared / Math.max(pt.length, gt.length) });
      }
    });
  });
  candidates.sort((a, b) => b.overlap - a.overlap || a.p - b.p || a.g - b.g);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const pairs: DocumentScore['pairs'] = [];
  for (const c of candidates) {
    if (usedP.has(c.p) || usedG.has(c.g)) continue;
    usedP.add(c.p);
    usedG.add(c.g);
    const goldRecord = gold[c.g];
    const predRecord = predicted[c.p];
    if (goldRecord === undefined || predRecord === undefined) continue;
    const speakerRight = speakerMatches(
      predRecord.speaker,
      goldRecord.speaker,
      entities[goldRecord.speaker],
    );
    pairs.push({ predicted: c.p, gold: c.g, speakerRight });
  }
  return {
    gold: gold.length,
    predicted: predicted.length,
    contentMatches: pairs.length,
    attributedRight: pairs.filter((x) => x.speakerRight).length,
    pairs,
  };
}

/** Precision / recall / F1 from match, prediction and gold counts (0 when undefined). */
export function prf(matches: number, predicted: number, gold: number): Prf {
  const precision = predicted === 0 ? 0 : matches / predicted;
  const recall = gold === 0 ? 0 : matches / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
