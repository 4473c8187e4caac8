import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadGold } from './load';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const KINDS = new Set(['direct', 'indirect', 'mixed']);
// prettier-ignore
const TYPES = new Set([
  'person', 'organization', 'government', 'media', 'document', 'anonymous', 'unknown',
]);

/**
 * The blind held-out gold must be scoreable exactly as the corpus gold is: every content copied
 * from the text the engine reads, every speaker (and `via`) a listed entity of a known type.
 */
describe.each(['tests/heldout', 'tests/heldout/sealed'])('held-out gold in %s', (dir) => {
  const docs = loadGold(resolve(root, dir));
  it('has articles', () => {
    expect(docs.length).toBeGreaterThanOrEqual(4);
  });
  it.each(docs.map((d) => [d.id, d] as const))('%s is well-formed', (_id, doc) => {
    const text = doc.article.blocks.map((b) => b.text).join('\n');
    for (const a of doc.attributions) {
      expect(text).toContain(a.content);
      expect(Object.keys(doc.entities)).toContain(a.speaker);
      if (a.via !== undefined) expect(Object.keys(doc.entities)).toContain(a.via);
      expect(KINDS.has(a.kind)).toBe(true);
    }
    for (const e of Object.values(doc.entities)) expect(TYPES.has(e.type)).toBe(true);
  });
});
