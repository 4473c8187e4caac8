/**
 * Reading the file the user names: plain or gzip-compressed HTML, or plain text. Every way this can
 * fail becomes one `ArticleError` line, because the CLI is run by people and by scripts alike.
 */
import { readFileSync, statSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { ArticleError } from './article';

/** A file's text and how to read it. */
export interface SourceFile {
  format: 'html' | 'text';
  text: string;
}

/** What each accepted file name ending is read as (longest ending first). */
const FORMATS: ReadonlyArray<{ ending: string; format: SourceFile['format']; gzip: boolean }> = [
  { ending: '.html.gz', format: 'html', gzip: true },
  { ending: '.htm.gz', format: 'html', gzip: true },
  { ending: '.html', format: 'html', gzip: false },
  { ending: '.htm', format: 'html', gzip: false },
  { ending: '.txt', format: 'text', gzip: false },
];

/** The accepted endings, for usage and error lines. */
export const ACCEPTED = '.html, .htm, .html.gz or .txt';

function formatOf(file: string): { format: SourceFile['format']; gzip: boolean } {
  const lower = file.toLowerCase();
  const known = FORMATS.find((f) => lower.endsWith(f.ending));
  if (known) return known;
  const base = lower.slice(lower.lastIndexOf('/') + 1);
  // A name without any extension is read as text, as it always was.
  if (!base.includes('.')) return { format: 'text', gzip: false };
  const ext = base.slice(base.lastIndexOf('.'));
  throw new ArticleError(`${file}: unsupported file type "${ext}" (expected ${ACCEPTED})`);
}

/** Read a file as HTML or text, decompressing `.gz`; throws `ArticleError` on every failure. */
export function readSource(file: string): SourceFile {
  let stats;
  try {
    stats = statSync(file);
  } catch {
    throw new ArticleError(`cannot read ${file}: no such file`);
  }
  if (stats.isDirectory()) throw new ArticleError(`${file} is a directory, not a file`);
  const { format, gzip } = formatOf(file);
  let bytes = readFileSync(file);
  if (gzip && bytes.length > 0) {
    try {
      bytes = gunzipSync(bytes);
    } catch {
      throw new ArticleError(`${file} is not a valid gzip file`);
    }
  }
  const text = bytes.toString('utf8');
  if (text.trim().length === 0) throw new ArticleError(`${file} is empty`);
  return { format, text };
}
