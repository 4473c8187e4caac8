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
import {
  ARRAY,
  pack,
  packJson,
  PackedError,
  PLAIN,
  unpack,
  unpackJson,
  type Packed,
  type PackedJson,
} from './compact';

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

describe('pack / unpack on real corpus pages', () => {
  it('has pages with records to check', () => {
    expect(pages.length).toBeGreaterThan(5);
    expect(pages.every((p) => p.result.attributions.length > 0)).toBe(true);
  });

  it.each(pages.map((p) => [p.id, p] as const))(
    '%s: the same records, key for key, after the trip',
    (_id, { blocks, result }) => {
      const back = unpack(overTheWire(pack(result, blocks)), blocks);
      expect(back).toEqual(result);
      // Same keys in the same order: the JSON export is byte for byte the one it was.
      expect(JSON.stringify(back)).toBe(JSON.stringify(result));
    },
  );

  it.each(pages.map((p) => [p.id, p] as const))(
    '%s: the popup, the hover card, the exports and the highlights see no difference',
    (_id, { blocks, result }) => {
      const back = unpack(overTheWire(pack(result, blocks)), blocks);
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

  it.each(pages.map((p) => [p.id, p] as const))(
    '%s: the same records through the JSON text form',
    (_id, { blocks, result }) => {
      const json = overTheWire(packJson(result, blocks));
      expect(JSON.stringify(unpackJson(json, blocks))).toBe(JSON.stringify(result));
    },
  );

  it('carries no article text the page already has, and is much smaller', () => {
    for (const { blocks, result } of pages) {
      const wire = JSON.stringify(pack(result, blocks));
      expect(wire.length).toBeLessThan(JSON.stringify(result).length * 0.5);
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
    const packed = overTheWire(pack(value, blocks));
    const back = unpack(packed, blocks);
    expect(back).toEqual(value);
    expect(JSON.stringify(back)).toBe(JSON.stringify(value));
  });

  it('leaves out undefined fields, as JSON does', () => {
    const value = { block: 0, start: 0, end: 3, text: 'The', gone: undefined };
    expect(JSON.stringify(unpack(overTheWire(pack(value, blocks)), blocks))).toBe(
      JSON.stringify(value),
    );
  });

  it('leaves a derivable text out of the wire', () => {
    const wire = JSON.stringify(pack({ block: 0, start: 4, end: 12, text: 'minister' }, blocks));
    expect(wire).not.toContain('"minister"');
  });

  it('rejects what does not fit its shapes or blocks', () => {
    const bad: Array<Packed<unknown>> = [
      { shapes: [], kinds: [1], values: [] },
      { shapes: [[-1, 'a']], kinds: [1, PLAIN], values: [] },
      { shapes: [[-1, 'a']], kinds: [1, PLAIN], values: [1, 2] },
      { shapes: [[-1, 'a']], kinds: [1, PLAIN, PLAIN], values: [1, 2] },
      { shapes: [], kinds: [ARRAY], values: [] },
      { shapes: [[3, 'block', 'start', 'end', 'text']], kinds: [1, 0, 0, 0], values: [9, 0, 1] },
    ];
    for (const packed of bad) expect(() => unpack(packed, blocks)).toThrow(PackedError);
    expect(unpack({ shapes: [], kinds: [ARRAY, 0], values: [] }, blocks)).toEqual([]);
  });

  it('rejects JSON text that is not a packed value', () => {
    for (const text of [
      '',
      '{',
      'null',
      '{"shapes":[]}',
      '{"shapes":[1],"kinds":[],"values":[]}',
    ]) {
      expect(() => unpackJson(text as PackedJson<unknown>, blocks)).toThrow(PackedError);
    }
  });

  it('refuses values JSON cannot carry', () => {
    expect(() => pack({ f: () => 1 }, blocks)).toThrow(TypeError);
  });
});
