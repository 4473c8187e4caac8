/**
 * `sourcelight extract FILE` prints one JSON document with the article's attributions and entities;
 * `sourcelight text FILE` prints the extracted article itself (what the extension would highlight).
 * Errors (missing file, directory, empty, not HTML, bad gzip) end with a one-line message and exit
 * code 1, never a stack trace, because the CLI is run by people and by scripts alike.
 */
import { extractAttributions } from '../engine/index';
import { ArticleError, blocksFromHtml, blocksFromText, type LoadedArticle } from './article';
import { toReport, type ExtractReport } from './report';
import { ACCEPTED, readSource } from './source';
import { articleText } from './text';

const USAGE = `usage: sourcelight extract|text FILE (${ACCEPTED})`;

/** Read a file as an article, with a user-facing error for every way it can fail. */
export function loadArticle(file: string): LoadedArticle {
  const source = readSource(file);
  return source.format === 'html' ? blocksFromHtml(source.text) : blocksFromText(source.text);
}

/** Run the extraction for one file and build the JSON report. */
export function extractFile(file: string): ExtractReport {
  const article = loadArticle(file);
  return toReport(file, article, extractAttributions(article.blocks));
}

/** What each command prints for a file. */
const COMMANDS: Record<string, (file: string) => string> = {
  extract: (file) => `${JSON.stringify(extractFile(file), null, 2)}\n`,
  text: (file) => {
    const text = articleText(loadArticle(file));
    return text ? `${text}\n` : '';
  },
};

/** Entry point: returns the process exit code. */
export function main(argv: readonly string[]): number {
  const [command, file, ...rest] = argv;
  const run = command !== undefined && Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : null;
  if (!run || file === undefined || rest.length > 0) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  try {
    process.stdout.write(run(file));
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
