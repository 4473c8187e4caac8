import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, existsSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ArticleError, blocksFromText } from './article';
import { extractFile, loadArticle } from './main';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const corpus = resolve(root, '../shared/corpus');
const bin = join(root, 'bin/sourcelight.mjs');
const scratch = mkdtempSync(join(tmpdir(), 'sourcelight-cli-'));

function run(...args: string[]) {
  return spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8' });
}

describe('sourcelight extract (spawned)', () => {
  it('prints one JSON document for a .txt article', () => {
    const result = run('extract', join(corpus, 'dev/tass-macron/article.txt'));
    expect(result.status).toBe(0);
    const doc = JSON.parse(result.stdout) as {
      attributions: Array<Record<string, unknown>>;
      isNews: boolean;
    };
    expect(doc.isNews).toBe(true);
    expect(doc.attributions.length).toBeGreaterThan(5);
    expect(Object.keys(doc.attributions[0] ?? {})).toEqual(
      expect.arrayContaining([
        'speaker',
        'speakerType',
        'kind',
        'cue',
        'loaded',
        'hedged',
        'via',
        'content',
        'start',
        'end',
      ]),
    );
  });

  it('reads an .html page through detection and extraction', () => {
    const result = run('extract', join(corpus, 'readability/bbc-1/source.html'));
    expect(result.status).toBe(0);
    const doc = JSON.parse(result.stdout) as { title: string; attributions: unknown[] };
    expect(doc.title).toContain('Obama');
    expect(doc.attributions.length).toBeGreaterThan(10);
  });

  const empty = join(scratch, 'empty.html');
  writeFileSync(empty, '');
  const notHtml = join(scratch, 'plain.html');
  writeFileSync(notHtml, 'just some words, no markup at all');
  const binary = join(scratch, 'data.pdf');
  writeFileSync(binary, '%PDF-1.4');
  const badGzip = join(scratch, 'broken.html.gz');
  writeFileSync(badGzip, 'not gzip at all');
  const emptyGzip = join(scratch, 'empty.html.gz');
  writeFileSync(emptyGzip, gzipSync('  \n'));

  describe.each(['extract', 'text'])('%s', (command) => {
    it.each([
      ['missing file', [command, join(scratch, 'nope.html')], /no such file/],
      ['a directory', [command, scratch], /is a directory/],
      ['an empty file', [command, empty], /is empty/],
      ['an empty gzip file', [command, emptyGzip], /is empty/],
      ['a broken gzip file', [command, badGzip], /not a valid gzip file/],
      ['not HTML', [command, notHtml], /does not look like HTML/],
      ['unsupported type', [command, binary], /unsupported file type/],
      ['no file', [command], /usage/],
      ['two files', [command, empty, empty], /usage/],
    ])('%s: one-line error, non-zero exit, no stack trace', (_name, args, message) => {
      const result = run(...args);
      expect(result.status).not.toBe(0);
      expect(result.stderr).toMatch(message);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).not.toContain('    at ');
      expect(result.stdout).toBe('');
    });
  });

  it.each([
    ['no arguments', []],
    ['unknown command', ['frobnicate', empty]],
  ])('%s: usage line, exit 2', (_name, args) => {
    const result = run(...args);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/usage/);
  });
});

describe('sourcelight text (spawned)', () => {
  const aeb = join(corpus, 'aeb/html');
  const gz = readdirSync(aeb).find((name) => name.endsWith('.html.gz')) ?? '';

  it('prints the headline first, then the blocks, separated by blank lines', () => {
    const result = run('text', join(corpus, 'readability/bbc-1/source.html'));
    expect(result.status).toBe(0);
    const blocks = result.stdout.trimEnd().split('\n\n');
    expect(blocks[0]).toContain('Obama');
    expect(blocks.length).toBeGreaterThan(10);
    expect(blocks.every((b) => b.trim() === b && b.length > 0)).toBe(true);
  });

  it('reads a gzip-compressed page (.html.gz) as the same page', () => {
    const result = run('text', join(aeb, gz));
    expect(result.status).toBe(0);
    expect(result.stdout.length).toBeGreaterThan(500);
    expect(run('extract', join(aeb, gz)).status).toBe(0);
  });

  it('prints a .txt article line by line', () => {
    const result = run('text', join(corpus, 'dev/tass-macron/article.txt'));
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n\n').length).toBeGreaterThan(3);
  });
});

describe('loadArticle', () => {
  it('takes the first non-empty line of a .txt as the headline', () => {
    const article = blocksFromText('\n  Macron says France needs help\n\nHe said so.\n');
    expect(article.blocks).toEqual([
      { kind: 'headline', text: 'Macron says France needs help' },
      { kind: 'paragraph', text: 'He said so.' },
    ]);
  });

  it('throws ArticleError, not a raw error, for bad input', () => {
    expect(() => loadArticle(join(scratch, 'missing.txt'))).toThrow(ArticleError);
  });
});

const pages = readdirSync(join(corpus, 'readability')).filter((name) =>
  existsSync(join(corpus, 'readability', name, 'source.html')),
);

describe('every readability page', () => {
  it('has pages to check', () => {
    expect(pages.length).toBeGreaterThan(100);
  });

  it.each(pages)('%s extracts without an exception', (name) => {
    const report = extractFile(join(corpus, 'readability', name, 'source.html'));
    expect(Array.isArray(report.attributions)).toBe(true);
    for (const a of report.attributions) expect(a.end).toBeGreaterThan(a.start);
  });
});
