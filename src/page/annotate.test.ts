import { afterEach, describe, expect, it, vi } from 'vitest';
import { Window } from 'happy-dom';
import { extractAttributions } from '../engine/index';
import { buildAnnotation } from './annotate';
import { highlightPlan } from './highlight/plan';
import { extractArticle } from './extract/index';

const windows: Window[] = [];
afterEach(async () => {
  for (const w of windows.splice(0)) await w.happyDOM.close();
});

const PARAGRAPHS = `<p>The minister said the talks with his counterpart had been <b>useful</b> and constructive.</p>
    <p>"We will meet again next month," he told reporters after the meeting in the capital.</p>`;

function page(paragraphs = PARAGRAPHS) {
  const window = new Window();
  windows.push(window);
  const doc = window.document as unknown as Document;
  doc.body.innerHTML = `<article><h1>Minister says talks were useful</h1>${paragraphs}</article>`;
  const article = extractArticle(doc);
  if (!article) throw new Error('no article');
  const result = extractAttributions(article.blocks);
  return { doc, article, result, plan: highlightPlan(result) };
}

describe('buildAnnotation', () => {
  it('places every claim whose text is in the page, in reading order', async () => {
    const { doc, article, result, plan } = page();
    expect(result.attributions.length).toBeGreaterThan(0);
    const annotation = await buildAnnotation(doc, article, plan, new AbortController().signal);
    expect(annotation?.claims.length).toBe(result.attributions.length);
    expect(annotation?.claims.map((c) => c.id).sort()).toEqual(
      result.attributions.map((a) => a.id).sort(),
    );
    for (const claim of annotation?.claims ?? []) {
      const { block, start, end } = result.attributions[claim.id]!.content;
      expect(claim.range.toString().replace(/\s+/gu, ' ')).toBe(
        article.blocks[block]?.text.slice(start, end),
      );
    }
  });

  it('drops spans whose block has no DOM anchor instead of throwing', async () => {
    const { doc, article, plan } = page();
    const detached = {
      ...article,
      anchors: article.anchors.map(() => ({ element: null, map: null })),
    };
    const annotation = await buildAnnotation(doc, detached, plan, new AbortController().signal);
    expect(annotation?.claims).toEqual([]);
  });
});

type Bounds = [Node, number, Node, number];
const bounds = (r: Range): Bounds => [r.startContainer, r.startOffset, r.endContainer, r.endOffset];

describe('buildAnnotation in slices', () => {
  const many = Array.from(
    { length: 12 },
    (_, i) =>
      `<p>Officials said the plan ${i} was reportedly delayed, but the minister insisted that "nothing had changed at all," according to the union.</p>`,
  ).join('');

  it('gives the same ranges and claims whether or not it pauses', async () => {
    const { doc, article, plan } = page(many);
    const signal = new AbortController().signal;
    const whole = await buildAnnotation(doc, article, plan, signal);
    // A clock that races ahead forces a pause at every check.
    let now = 0;
    const clock = vi.spyOn(performance, 'now').mockImplementation(() => (now += 100));
    const sliced = await buildAnnotation(doc, article, plan, signal);
    clock.mockRestore();
    expect(now).toBeGreaterThan(200);
    for (const [category, ranges] of Object.entries(whole?.ranges ?? {})) {
      expect(sliced?.ranges[category as keyof typeof sliced.ranges].map(bounds)).toEqual(
        ranges.map(bounds),
      );
    }
    expect(sliced?.claims.map((c) => [c.id, ...bounds(c.range)])).toEqual(
      whole?.claims.map((c) => [c.id, ...bounds(c.range)]),
    );
  });

  it('places a span used by several categories and claims as one shared Range', async () => {
    const { doc, article, plan } = page(many);
    const annotation = await buildAnnotation(doc, article, plan, new AbortController().signal);
    const reported = new Set(annotation?.ranges.reported);
    const shared = annotation?.claims.filter((c) => reported.has(c.range)) ?? [];
    expect(shared.length).toBeGreaterThan(0);
  });

  it('stops (null) when the run is aborted during a pause', async () => {
    const { doc, article, plan } = page(many);
    const run = new AbortController();
    let now = 0;
    const clock = vi.spyOn(performance, 'now').mockImplementation(() => {
      run.abort();
      return (now += 100);
    });
    const annotation = await buildAnnotation(doc, article, plan, run.signal);
    clock.mockRestore();
    expect(annotation).toBeNull();
  });
});
