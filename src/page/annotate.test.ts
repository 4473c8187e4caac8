import { afterEach, describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { extractAttributions } from '../engine/index';
import { buildAnnotation } from './annotate';
import { extractArticle } from './extract/index';

const windows: Window[] = [];
afterEach(async () => {
  for (const w of windows.splice(0)) await w.happyDOM.close();
});

function page() {
  const window = new Window();
  windows.push(window);
  const doc = window.document as unknown as Document;
  doc.body.innerHTML = `<article><h1>Minister says talks were useful</h1>
    <p>The minister said the talks with his counterpart had been <b>useful</b> and constructive.</p>
    <p>"We will meet again next month," he told reporters after the meeting in the capital.</p></article>`;
  const article = extractArticle(doc);
  if (!article) throw new Error('no article');
  return { doc, article, result: extractAttributions(article.blocks) };
}

describe('buildAnnotation', () => {
  it('places every claim whose text is in the page, in reading order', async () => {
    const { doc, article, result } = page();
    expect(result.attributions.length).toBeGreaterThan(0);
    const annotation = await buildAnnotation(doc, article, result, new AbortController().signal);
    expect(annotation?.claims.length).toBe(result.attributions.length);
    for (const claim of annotation?.claims ?? []) {
      const { block, start, end } = claim.attribution.content;
      expect(claim.range.toString().replace(/\s+/gu, ' ')).toBe(
        article.blocks[block]?.text.slice(start, end),
      );
    }
  });

  it('drops spans whose block has no DOM anchor instead of throwing', async () => {
    const { doc, article, result } = page();
    const detached = {
      ...article,
      anchors: article.anchors.map(() => ({ element: null, map: null })),
    };
    const annotation = await buildAnnotation(doc, detached, result, new AbortController().signal);
    expect(annotation?.claims).toEqual([]);
  });
});
