/**
 * The hostile-text fixture (tests/fixtures/hostile/quotes.html) as the popup receives it: parsed,
 * extracted and run through the real engine, plus a forged variant whose speaker names and cues
 * are markup — names the engine itself would never produce, but the renderers must survive anyway.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { extractAttributions } from '../../../src/engine/index';
import { detectNews } from '../../../src/page/detect/index';
import { extractArticle } from '../../../src/page/extract/index';
import type { AnnotatedReport } from '../../../src/popup/report';

/** The fixture page, as served to the browser in tests/e2e/specs/hostile.e2e.ts. */
export const HOSTILE_PAGE = resolve(import.meta.dirname, '../../fixtures/hostile/quotes.html');

/** Markup that must stay text: if any of it becomes an element, its handler pushes to a flag. */
export const MARKUP_NAMES = [
  '<img src=x onerror=window.__pwned.push("name")>',
  '<a href="javascript:window.__pwned.push(1)">Smith</a>',
  '<script>window.__pwned.push("script")</script>',
  '<svg onload=window.__pwned.push("svg")>',
];

/** The report the content script would send for the fixture page. */
export function hostileReport(
  url = 'http://127.0.0.1/fixtures/hostile/quotes.html',
): AnnotatedReport {
  const { document } = parseHTML(readFileSync(HOSTILE_PAGE, 'utf8'));
  const doc = document as unknown as Document;
  const article = extractArticle(doc);
  if (!article) throw new Error('hostile fixture: no article extracted');
  return {
    status: 'annotated',
    url,
    title: article.title,
    detection: detectNews(doc, url),
    forced: false,
    blocks: article.blocks,
    result: extractAttributions(article.blocks),
    timings: { detect: 0, extract: 0, engine: 0, highlight: 0, engineRun: 0, total: 0 },
  };
}

/** The same report with every entity renamed to markup and every cue's text made markup. */
export function forgedReport(): AnnotatedReport {
  const report = hostileReport();
  report.result.entities.forEach((entity, i) => {
    entity.name = MARKUP_NAMES[i % MARKUP_NAMES.length]!;
    entity.aliases = [...MARKUP_NAMES];
  });
  for (const a of report.result.attributions) {
    if (a.cue) a.cue = { ...a.cue, text: '<img src=x onerror=window.__pwned.push("cue")>' };
  }
  report.title = '<img src=x onerror=window.__pwned.push("title")> headline';
  return report;
}

/** Elements that would mean text became markup: tags the payloads use, handlers, script URLs. */
export function activeElements(root: ParentNode): string[] {
  const found: string[] = [];
  for (const el of Array.from(root.querySelectorAll('*'))) {
    const tag = el.tagName.toLowerCase();
    const handler = Array.from(el.attributes).some((a) => a.name.toLowerCase().startsWith('on'));
    const scriptUrl = Array.from(el.attributes).some((a) =>
      a.value.trim().toLowerCase().startsWith('javascript:'),
    );
    if (
      ['img', 'script', 'svg', 'iframe', 'object', 'embed'].includes(tag) ||
      handler ||
      scriptUrl
    ) {
      found.push(el.outerHTML.slice(0, 100));
    }
  }
  return found;
}
