/**
 * Page metadata shared by detection and extraction: `<meta>` values and JSON-LD objects. Publishers
 * state the headline, description and article type here, which is cheaper and surer than guessing.
 */

/** Content of the first `<meta>` whose name or property is one of `keys` (lower-case). */
export function metaContent(doc: Document, keys: readonly string[]): string | null {
  const head = doc.head ?? doc.documentElement;
  if (!head) return null;
  // The live collection read by index: no copy of it per call.
  const metas = head.getElementsByTagName('meta');
  for (let i = 0, meta = metas[0]; meta; meta = metas[++i]) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? '').toLowerCase();
    if (keys.includes(key)) {
      const content = meta.getAttribute('content');
      if (content && content.trim()) return content.trim();
    }
  }
  return null;
}

/** A JSON-LD node as published: an object with string keys. */
export type JsonLdNode = Record<string, unknown>;

function isNode(value: unknown): value is JsonLdNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Flatten top-level arrays and `@graph` containers (recursively) into their nodes. */
export function flattenJsonLd(value: unknown, out: JsonLdNode[] = [], depth = 0): JsonLdNode[] {
  if (depth > 4) return out;
  if (Array.isArray(value)) {
    for (const item of value) flattenJsonLd(item, out, depth + 1);
  } else if (isNode(value)) {
    out.push(value);
    if (value['@graph'] !== undefined) flattenJsonLd(value['@graph'], out, depth + 1);
  }
  return out;
}

/** JSON-LD blocks; the `i` flag because publishers write the type in any case. */
export const JSON_LD = 'script[type="application/ld+json" i]';

/** Every JSON-LD node in the page; malformed blocks are skipped, never thrown. */
export function readJsonLd(doc: Document): JsonLdNode[] {
  const nodes: JsonLdNode[] = [];
  // The browser's selector engine finds the blocks: a page has dozens of scripts, and reading
  // each one's type from JavaScript is a call into the DOM per script.
  const scripts = doc.querySelectorAll(JSON_LD);
  for (let i = 0; i < scripts.length; i++) {
    const script = scripts[i] as Element;
    try {
      flattenJsonLd(JSON.parse(script.textContent ?? ''), nodes);
    } catch {
      // A publisher's broken JSON-LD is evidence of nothing.
    }
  }
  return nodes;
}

/** The `@type` of a node as a list of plain names ("schema:NewsArticle" → "NewsArticle"). */
export function jsonLdTypes(node: JsonLdNode): string[] {
  const raw = node['@type'];
  const list = Array.isArray(raw) ? raw : [raw];
  return list
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.slice(Math.max(t.lastIndexOf('/'), t.lastIndexOf(':')) + 1));
}

/** A string property of a node, if it is one. */
export function jsonLdString(node: JsonLdNode, key: string): string | null {
  const value = node[key];
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}
