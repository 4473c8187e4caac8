/**
 * Hedges: words and phrases by which an outlet distances itself from a claim. Multiword entries are
 * token sequences so the engine matches them by scanning tokens, never by regex over the page.
 */
import { lazyMap, LazyMap, lazyValue } from './lazy';

/**
 * A hedge as a lower-cased token sequence with its lemma. An agentless hedge may ask more of what
 * follows it: `predicate`, a complement right after it ("is considered one of", not "for the
 * post"); `clause`, a "that" a few words on ("it was announced on Monday that").
 */
export interface HedgeEntry {
  tokens: readonly string[];
  lemma: string;
  predicate?: boolean;
  clause?: boolean;
}

const single = ['reportedly', 'allegedly', 'purportedly', 'supposedly', 'ostensibly', 'seemingly'];

const BE_FORMS = ['is', 'are', 'was', 'were', 'been'];
const PASSIVE_HEDGES = [
  'said',
  'believed',
  'thought',
  'reported',
  'rumored',
  'rumoured',
  'alleged',
];

/** "is said to", "were believed to": every be-form before every passive hedge. */
const passiveEntries = (): HedgeEntry[] =>
  BE_FORMS.flatMap((be) =>
    PASSIVE_HEDGES.map((p) => ({ tokens: [be, p, 'to'], lemma: `is ${p} to` })),
  );

/** Every hedge the engine recognises. */
export const hedgeEntries: () => readonly HedgeEntry[] = lazyValue(() => [
  ...single.map((w) => ({ tokens: [w], lemma: w })),
  ...passiveEntries(),
  { tokens: ['unconfirmed', 'reports'], lemma: 'unconfirmed reports' },
  { tokens: ['it', 'is', 'understood'], lemma: 'it is understood' },
]);

/** Hedges indexed by their first token, for a single left-to-right scan. */
export const HEDGES_BY_FIRST: LazyMap<string, readonly HedgeEntry[]> = lazyMap(() =>
  byFirstToken(hedgeEntries()),
);

/** Entries grouped by their first token, for a single left-to-right scan. */
function byFirstToken(entries: readonly HedgeEntry[]): Map<string, HedgeEntry[]> {
  const index = new Map<string, HedgeEntry[]>();
  for (const entry of entries) {
    const first = entry.tokens[0] ?? '';
    const list = index.get(first) ?? [];
    list.push(entry);
    index.set(first, list);
  }
  return index;
}

/**
 * Hedging adverbs that pass a claim on from unnamed others; not "supposedly" or "seemingly",
 * which are as often the author's own irony ("his supposedly reckless policy").
 */
const AGENTLESS_ADVERBS = ['reportedly', 'allegedly'];
/** "it is understood that", "it was alleged that": an impersonal passive over a clause. */
// prettier-ignore
const IMPERSONAL = [
  'alleged', 'understood', 'believed', 'thought', 'reported', 'said', 'claimed', 'announced',
  'found', 'feared', 'expected', 'estimated',
];
/** "it is", "it has been": the impersonal subject and its auxiliaries. */
const IMPERSONAL_BE = [['is'], ['was'], ['has', 'been'], ['had', 'been']];

/** "is expected to", "was predicted to": a forecast whose makers are left out. */
const FORECASTS = ['predicted', 'expected', 'projected', 'forecast', 'forecasted'];

/**
 * "is described as", "has been seen as": a judgement "as" whose holders are left out. Not "hailed
 * as" or "touted as": praise the outlet records, with no view of its own passed on.
 */
// prettier-ignore
const JUDGED_AS = [
  'described', 'regarded', 'seen', 'viewed', 'considered',
];

/** A be-form (or "been") before each of `participles`, then `after`. */
const passive = (participles: readonly string[], after: readonly string[], lemma: string) =>
  BE_FORMS.flatMap((be) =>
    participles.map((p) => ({
      tokens: [be, p, ...after],
      lemma: lemma.replace('P', p),
    })),
  );

/**
 * Hedges that attribute a claim to nobody named ("reportedly", "is said to", "has been
 * reported", "it is understood that"): the agentless claims of `4-claims/agentless.ts`.
 */
export const agentlessEntries: () => readonly HedgeEntry[] = lazyValue(() => [
  ...AGENTLESS_ADVERBS.map((w) => ({ tokens: [w], lemma: w })),
  // The passive hedges' agent, left out, holds the claim ("is said to", "was reported to").
  ...passiveEntries(),
  // "is considered one of the best": a judgement whose holders are left out, like "is thought to".
  ...BE_FORMS.map((be) => ({
    tokens: [be, 'considered'],
    lemma: 'is considered',
    predicate: true,
  })),
  // "is expected to open", "was predicted to fall": a forecast the outlet passes on.
  ...passive(FORECASTS, ['to'], 'is P to'),
  // "is estimated at 40,000", "is estimated to have been": someone's reckoning.
  ...passive(['estimated'], [], 'is estimated'),
  // "has been described as a treasure trove", "is widely regarded as the best".
  ...passive(JUDGED_AS, ['as'], 'is P as'),
  ...passive(['thought'], ['of', 'as'], 'is thought of as'),
  // "has been called a potential threat" (not "is called Smithville": a name the author gives).
  { tokens: ['been', 'called'], lemma: 'has been called', predicate: true },
  ...['has', 'have', 'had'].map((h) => ({
    tokens: [h, 'been', 'reported'],
    lemma: 'has been reported',
  })),
  ...IMPERSONAL_BE.flatMap((be) =>
    IMPERSONAL.map((p) => ({ tokens: ['it', ...be, p], lemma: `it is ${p} that`, clause: true })),
  ),
]);

/**
 * Who an agentless hedge says holds the claim, by its lemma: "reportedly" passes on reports, "is
 * rumored to" rumors, "allegedly" allegations; the rest an unnamed source.
 */
export function agentlessSource(lemma: string): string {
  if (lemma.includes('report')) return 'reports';
  if (lemma.includes('rumo')) return 'rumors';
  if (lemma.includes('alleg')) return 'allegations';
  return 'unnamed source';
}

/** Agentless hedges indexed by their first token. */
export const AGENTLESS_BY_FIRST: LazyMap<string, readonly HedgeEntry[]> = lazyMap(() =>
  byFirstToken(agentlessEntries()),
);
