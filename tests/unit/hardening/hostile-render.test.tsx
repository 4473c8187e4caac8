// @vitest-environment happy-dom
/**
 * Page text is rendered only as text: the hostile fixture's quotes and forged markup speaker names
 * go through the popup, the hover card and both exports, and none of them turns into an element, a
 * handler or a `javascript:` link. The Markdown export is rendered by a real Markdown renderer
 * (marked, which passes raw HTML through) — what a reader's notes app would do with a paste.
 */
import { cleanup, render, waitFor } from '@testing-library/preact';
import { parseHTML } from 'linkedom';
import { marked } from 'marked';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeClaim, HoverCard } from '../../../src/page/ui/card';
import { App } from '../../../src/popup/App';
import { summaryMarkdown } from '../../../src/popup/markdown';
import { exportJson, type AnnotatedReport } from '../../../src/popup/report';
import { createFakeConnector } from '../../../src/popup/testing/fake-connector';
import { englishTranslate } from '../../../src/popup/testing/translate';
import { activeElements, forgedReport, hostileReport, MARKUP_NAMES } from './hostile-report';

const t = englishTranslate();
afterEach(cleanup);

const REPORTS: Array<[string, () => AnnotatedReport]> = [
  ['the fixture through the real pipeline', () => hostileReport()],
  ['forged markup speaker names and cues', forgedReport],
];

describe('the hostile fixture reaches the renderers', () => {
  it('the engine finds the quotes that carry markup', () => {
    const contents = hostileReport().result.attributions.map((a) => a.content.text);
    expect(contents.some((c) => c.includes('<img src=x onerror='))).toBe(true);
    expect(contents.some((c) => c.includes('<script>'))).toBe(true);
    expect(contents.some((c) => c.includes('javascript:'))).toBe(true);
    expect(contents.some((c) => c.length > 10_000)).toBe(true);
  });
});

describe.each(REPORTS)('%s', (_name, make) => {
  it('Markdown export renders to no active element', async () => {
    const markdown = summaryMarkdown(t, make());
    const html = await marked.parse(markdown);
    const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
    expect(activeElements(document as unknown as ParentNode)).toEqual([]);
    expect(document.body.textContent).toContain('onerror=');
  });

  it('JSON export is data that round-trips the page text exactly', () => {
    const report = make();
    const parsed = JSON.parse(exportJson(report, new Date(0))) as { blocks: unknown };
    expect(parsed.blocks).toEqual(report.blocks);
  });

  it('the popup shows the markup as text', async () => {
    const report = make();
    const connector = createFakeConnector({ reports: [report] });
    const view = render(<App connector={connector} t={t} now={() => new Date(0)} />);
    await waitFor(() => expect(view.container.textContent).toContain('onerror='));
    expect(activeElements(view.container)).toEqual([]);
  });

  it('the hover card shows the markup as text', () => {
    const report = make();
    const roots: ShadowRoot[] = [];
    const attach = HTMLElement.prototype.attachShadow;
    const spy = vi.spyOn(HTMLElement.prototype, 'attachShadow').mockImplementation(function (
      this: HTMLElement,
      init: ShadowRootInit,
    ) {
      const root = attach.call(this, init);
      roots.push(root);
      return root;
    });
    try {
      const card = new HoverCard(document);
      for (const a of report.result.attributions) {
        card.show(a.id, describeClaim(a, report.result), new DOMRect(10, 10, 100, 20));
        const root = roots[roots.length - 1]!;
        expect(activeElements(root)).toEqual([]);
        const name = report.result.entities.find((e) => e.id === a.speaker)?.name ?? '';
        expect(root.textContent).toContain(name.slice(0, 200));
      }
      card.hide();
    } finally {
      spy.mockRestore();
    }
    expect(MARKUP_NAMES.length).toBeGreaterThan(0);
  });
});
