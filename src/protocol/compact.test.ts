import { describe, expect, it } from 'vitest';
import { extractAttributions } from '../engine/index';
import type { ExtractionResult, TextBlock } from '../engine/types';
import { extractArticle } from '../page/extract/index';
import { describeClaim } from '../page/ui/card';
import { categorySpans } from '../page/highlight/spans';
import { summaryMarkdown } from '../popup/markdown';
import { exportJson, type AnnotatedReport } from '../popup/report';
import { createTranslate } from '../popup/i18n';
import { parsePage, readGoldPages } from '../../tests/unit/page/corpus';
import { packJson, PackedError, unpackJson, type PackedJson } from './compact';

/** What runtime messaging does to a value in Chromium (JSON) — Firefox's structured clone keeps more. */
const overTheWire = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** Real articles as the extension extracts them: every dev page with an HTML source. */
const pages = readGoldPages().map(({ id, html }) => {
  const article = extractArticle(parsePage(html));
  if (!article) throw new Error(`no article in ${id}`);
  return { id, blocks: article.blocks, result: extractAttributions(article.blocks) };
});

function report(blocks: TextBlock[], result: ExtractionResult): AnnotatedReport {
  return {
    status: 'annotated',
    url: 'https://news.example.com/story',
    title: blocks[0]?.text ?? '',
    detection: { verdict: 'news', score: 5, signals: [] },
    forced: false,
    blocks,
    result,
    timings: { detect: 1, extract: 1, engine: 1, highlight: 1, engineRun: 1, total: 4 },
  };
}

/** The trip: packed in the background, carried as a string, decoded in the page. */
function trip<T>(value: T, blocks: readonly { text: string }[]): T {
  return unpackJson(overTheWire(packJson(value, blocks)), blocks);
}

describe('packJson / unpackJson on real corpus pages', () => {
  it('has pages with records to check', () => {
    expect(pages.length).toBeGreaterThan(5);
    expect(pages.every((p) => p.result.attributions.length > 0)).toBe(true);
  });

  it.each(pages.map((p) => [p.id, p] as const))(
    '%s: the same records, key for key, after the trip',
    (_id, { blocks, result }) => {
      const before = JSON.stringify(result);
      const back = trip(result, blocks);
      expect(back).toEqual(result);
      // Same keys in the same order: the JSON export is byte for byte the one it was.
      expect(JSON.stringify(back)).toBe(before);
      // Packing leaves its input as it was.
      expect(JSON.stringify(result)).toBe(before);
    },
  );

  it.each(pages.map((p) => [p.id, p] as const))(
    '%s: every field of every record travels, the claim class included',
    (_id, { blocks, result }) => {
      const back = trip(result, blocks);
      result.attributions.forEach((a, i) => {
        const got = back.attributions[i] as typeof a;
        expect(Object.keys(got)).toEqual(Object.keys(a));
        expect(got.claim).toBe(a.claim);
        expect(got.content.text).toBe(a.content.text);
      });
    },
  );

  it.each(pages.map((p) => [p.id, p] as const))(
    '%s: the popup, the hover card, the exports and the highlights see no difference',
    (_id, { blocks, result }) => {
      const back = trip(result, blocks);
      const t = createTranslate(
        (key, subs) => `${key}${subs ? `:${[subs].flat().join(',')}` : ''}`,
      );
      const at = new Date('2026-12-01T00:00:00Z');
      expect(exportJson(report(blocks, back), at)).toBe(exportJson(report(blocks, result), at));
      expect(summaryMarkdown(t, report(blocks, back))).toBe(
        summaryMarkdown(t, report(blocks, result)),
      );
      expect(categorySpans(back)).toEqual(categorySpans(result));
      back.attributions.forEach((a, i) => {
        expect(describeClaim(a, back)).toEqual(
          describeClaim(result.attributions[i] as typeof a, result),
        );
      });
    },
  );

  it('carries no article text the page already has', () => {
    for (const { blocks, result } of pages) {
      const wire = packJson(result, blocks);
      expect(wire.length).toBeLessThan(JSON.stringify(result).length);
      for (const a of result.attributions) {
        if (a.content.text.length > 12) expect(wire).not.toContain(JSON.stringify(a.content.text));
      }
    }
  });
});

describe('the encoding is generic over fields', () => {
  const blocks = [{ text: 'The minister said talks went well.' }, { text: 'Second block.' }];

  it.each([
    ['a new field on a span', { block: 0, start: 4, end: 12, text: 'minister', weight: 0.5 }],
    [
      'a new nested record',
      { a: { block: 1, start: 0, end: 6, text: 'Second', tags: ['x', 'y'] } },
    ],
    ['a text that differs from its span', { block: 0, start: 0, end: 3, text: 'Not the slice' }],
    ['a text out of the blocks', { block: 7, start: 0, end: 3, text: 'abc' }],
    ['text before the offsets', { text: 'said', end: 17, block: 0, start: 13 }],
    ['an empty span', { block: 0, start: 2, end: 2, text: '' }],
    ['an empty text without a span', { block: 0, text: '' }],
    ['arrays of arrays', [[1, 2], [], [[null, true, 'x']]]],
    ['plain values', [0, -1, 1.5, '', 'text', false, null]],
    [
      'the same keys, once with derived text',
      [
        { block: 0, start: 0, end: 3, text: 'The' },
        { block: 0, start: 0, end: 3, text: 'THE' },
      ],
    ],
  ])('%s travels unchanged', (_name, value) => {
    const before = JSON.stringify(value);
    const back = trip(value, blocks);
    expect(back).toEqual(JSON.parse(before));
    expect(JSON.stringify(back)).toBe(before);
    expect(JSON.stringify(value)).toBe(before);
  });

  it('leaves out undefined fields, as JSON does', () => {
    const value = { block: 0, start: 0, end: 3, text: 'The', gone: undefined };
    expect(JSON.stringify(trip(value, blocks))).toBe(JSON.stringify(value));
  });

  it('leaves a derivable text out of the wire', () => {
    const wire = packJson({ block: 0, start: 4, end: 12, text: 'minister' }, blocks);
    expect(wire).not.toContain('minister');
  });

  it('refuses an empty text over a non-empty span, leaving the value as it was', () => {
    const value = [
      { block: 0, start: 0, end: 3, text: 'The' },
      { block: 0, start: 0, end: 3, text: '' },
    ];
    expect(() => packJson(value, blocks)).toThrow(PackedError);
    expect(value[0]?.text).toBe('The');
  });

  it('rejects text that is not JSON', () => {
    expect(() => unpackJson('{' as PackedJson<unknown>, blocks)).toThrow(PackedError);
  });
});
