import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, existsSync, writeFileSync } from 'node:fs';
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

  it.each([
    ['missing file', ['extract', join(scratch, 'nope.html')], /no such file/],
    ['a directory', ['extract', scratch], /is a directory/],
    ['an empty file', ['extract', empty], /is empty/],
    ['not HTML', ['extract', notHtml], /does not look like HTML/],
    ['unsupported type', ['extract', binary], /unsupported file type/],
    ['no arguments', [], /usage/],
    ['unknown command', ['frobnicate', empty], /usage/],
  ])('%s: one-line error, non-zero exit, no stack trace', (_name, args, message) => {
    const result = run(...args);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).not.toContain('    at ');
    expect(result.stdout).toBe('');
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
