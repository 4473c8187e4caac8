/**
 * Hedges: words and phrases by which an outlet distances itself from a claim. Multiword entries are
 * token sequences so the engine matches them by scanning tokens, never by regex over the page.
 */
import { lazyMap, LazyMap, lazyValue } from './lazy';

/** A hedge as a lower-cased token sequence with its lemma. */
export interface HedgeEntry {
  tokens: readonly string[];
  lemma: string;
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

/** Every hedge the engine recognises. */
export const hedgeEntries: () => readonly HedgeEntry[] = lazyValue(() => [
  ...single.map((w) => ({ tokens: [w], lemma: w })),
  ...BE_FORMS.flatMap((be) =>
    PASSIVE_HEDGES.map((p) => ({ tokens: [be, p, 'to'], lemma: `is ${p} to` })),
  ),
  { tokens: ['unconfirmed', 'reports'], lemma: 'unconfirmed reports' },
  { tokens: ['it', 'is', 'understood'], lemma: 'it is understood' },
]);

/** Hedges indexed by their first token, for a single left-to-right scan. */
export const HEDGES_BY_FIRST: LazyMap<string, readonly HedgeEntry[]> = lazyMap(() => {
  const index = new Map<string, HedgeEntry[]>();
  for (const entry of hedgeEntries()) {
    const first = entry.tokens[0] ?? '';
    const list = index.get(first) ?? [];
    list.push(entry);
    index.set(first, list);
  }
  return index;
});
