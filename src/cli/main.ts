/**
 * `sourcelight extract FILE`: print one JSON document with the article's attributions and entities.
 * Errors (missing file, directory, empty, not HTML) end with a one-line message and exit code 1,
 * never a stack trace, because the CLI is run by people and by scripts alike.
 */
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { extractAttributions } from '../engine/index';
import { ArticleError, blocksFromHtml, blocksFromText, type LoadedArticle } from './article';
import { toReport, type ExtractReport } from './report';

const USAGE = 'usage: sourcelight extract FILE (.html or .txt)';

/** Read a file as an article, with a user-facing error for every way it can fail. */
export function loadArticle(file: string): LoadedArticle {
  let stats;
  try {
    stats = statSync(file);
  } catch {
    throw new ArticleError(`cannot read ${file}: no such file`);
  }
  if (stats.isDirectory()) throw new ArticleError(`${file} is a directory, not a file`);
  const text = readFileSync(file, 'utf8');
  if (text.trim().length === 0) throw new ArticleError(`${file} is empty`);
  const ext = extname(file).toLowerCase();
  if (ext === '.html' || ext === '.htm') return blocksFromHtml(text);
  if (ext === '.txt' || ext === '') return blocksFromText(text);
  throw new ArticleError(`${file}: unsupported file type "${ext}" (expected .html or .txt)`);
}

/** Run the extraction for one file and build the JSON report. */
export function extractFile(file: string): ExtractReport {
  const article = loadArticle(file);
  return toReport(file, article, extractAttributions(article.blocks));
}

/** Entry point: returns the process exit code. */
export function main(argv: readonly string[]): number {
  const [command, file, ...rest] = argv;
  if (command !== 'extract' || file === undefined || rest.length > 0) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  try {
    process.stdout.write(`${JSON.stringify(extractFile(file), null, 2)}\n`);
    return 0;
  } catch (error) {
    const message =
      error instanceof ArticleError
        ? error.message
        : `failed on ${file}: ${String(error instanceof Error ? error.message : error)}`;
    process.stderr.write(`sourcelight: ${message}\n`);
    return 1;
  }
}
