/**
 * Report helpers shared by the popup's components and exports.
 */
import type { PageReport } from '../protocol/messages';
import { hostOf } from '../settings/schema';

/** A report the engine has run on. */
export type AnnotatedReport = Extract<PageReport, { status: 'annotated' }>;

/** Version of the JSON export's layout, bumped whenever a field changes meaning. */
export const EXPORT_FORMAT = 1;

/**
 * "Download JSON": every record the engine produced for the page, with the page's text blocks so
 * the spans can be checked offline, and the detection that led to it. Nothing else of the page.
 */
export function exportJson(report: AnnotatedReport, exportedAt: Date): string {
  const { url, title, detection, forced, blocks, result, timings } = report;
  const record = {
    format: 'sourcelight-export',
    version: EXPORT_FORMAT,
    exportedAt: exportedAt.toISOString(),
    url,
    title,
    detection,
    forced,
    blocks,
    ...result,
    timings,
  };
  return `${JSON.stringify(record, null, 2)}\n`;
}

/** A file name for the export: host and date, safe on every file system. */
export function exportFileName(report: AnnotatedReport, exportedAt: Date): string {
  const host = (hostOf(report.url) ?? 'page').replace(/[^a-z0-9.-]/gi, '_');
  return `sourcelight-${host}-${exportedAt.toISOString().slice(0, 10)}.json`;
}
