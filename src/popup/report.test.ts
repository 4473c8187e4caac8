import { describe, expect, it } from 'vitest';
import { exportFileName, exportJson } from './report';
import { tassReport } from './testing/tass-fixture';

describe('exportJson', () => {
  const at = new Date('2026-04-05T10:00:00Z');
  const report = tassReport();
  const parsed = JSON.parse(exportJson(report, at)) as Record<string, unknown>;

  it('carries every record and the text they point into', () => {
    expect(parsed).toMatchObject({
      format: 'sourcelight-export',
      version: 1,
      exportedAt: '2026-04-05T10:00:00.000Z',
      url: report.url,
      forced: false,
    });
    expect(parsed.attributions).toEqual(report.result.attributions);
    expect(parsed.entities).toEqual(report.result.entities);
    expect(parsed.hedges).toEqual(report.result.hedges);
    expect(parsed.blocks).toEqual(report.blocks);
  });

  it('spans resolve against the exported blocks', () => {
    const blocks = parsed.blocks as { text: string }[];
    for (const { content } of report.result.attributions)
      expect(blocks[content.block]?.text.slice(content.start, content.end)).toBe(content.text);
  });

  it.each([
    ['https://tass.com/politics/1', 'sourcelight-tass.com-2026-04-05.json'],
    ['about:blank', 'sourcelight-page-2026-04-05.json'],
  ])('names the file for %s', (url, expected) => {
    expect(exportFileName({ ...report, url }, at)).toBe(expected);
  });
});
