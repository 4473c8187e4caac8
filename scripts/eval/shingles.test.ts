import { describe, expect, it } from 'vitest';
import {
  benchmarkScore,
  pagePrecision,
  pageRecall,
  shingleMatch,
  shingles,
  tokenize,
  type PageCounts,
} from './shingles';

// Every expected value below was computed by hand and checked against the benchmark's evaluate.py.
describe('tokenize (Python `\\w+`)', () => {
  it.each([
    ["Hello, world! it's 2019_x", ['Hello', 'world', 'it', 's', '2019_x']],
    ['Größe café', ['Größe', 'café']],
    // A combining mark is not `\w` in Python: the decomposed "é" ends the word.
    ['cafe\u0301 bar', ['cafe', 'bar']],
    ['½ Ⅻ २०१९', ['½', 'Ⅻ', '२०१९']],
    ['  — … ', []],
  ])('%j', (text, tokens) => {
    expect(tokenize(text)).toEqual(tokens);
  });
});

describe('shingles (multiset of 4-word shingles)', () => {
  it.each([
    ['a b c d e', { 'a b c d': 1, 'b c d e': 1 }],
    ['a b', { 'a b': 1 }],
    ['', {}],
    ['a b c d a b c d', { 'a b c d': 2, 'b c d a': 1, 'c d a b': 1, 'd a b c': 1 }],
    ['A b c d', { 'A b c d': 1 }],
  ])('%j', (text, expected) => {
    expect(Object.fromEntries(shingles(text))).toEqual(expected);
  });
});

describe('shingleMatch (normalized tp / fp / fn)', () => {
  it.each<[string, string, string, PageCounts]>([
    ['perfect', 'a b c d e', 'a b c d e', { tp: 1, fp: 0, fn: 0 }],
    ['half found', 'a b c d e', 'a b c d', { tp: 0.5, fp: 0, fn: 0.5 }],
    ['multiset: a repeat counts', 'a b c d a b c d', 'a b c d', { tp: 0.2, fp: 0, fn: 0.8 }],
    ['case matters', 'a b c d', 'A b c d', { tp: 0, fp: 0.5, fn: 0.5 }],
    ['empty prediction', 'a b c d', '', { tp: 0, fp: 0, fn: 1 }],
    ['empty truth', '', 'x y', { tp: 0, fp: 1, fn: 0 }],
    ['both empty', '', '', { tp: 0, fp: 0, fn: 0 }],
  ])('%s', (_name, truth, prediction, expected) => {
    expect(shingleMatch(truth, prediction)).toEqual(expected);
  });
});

describe('page precision and recall', () => {
  it.each<[string, PageCounts, number, number]>([
    ['perfect', { tp: 1, fp: 0, fn: 0 }, 1, 1],
    ['both empty counts as perfect', { tp: 0, fp: 0, fn: 0 }, 1, 1],
    ['half found', { tp: 0.5, fp: 0, fn: 0.5 }, 1, 0.5],
    ['nothing predicted', { tp: 0, fp: 0, fn: 1 }, 0, 0],
    ['only noise', { tp: 0, fp: 1, fn: 0 }, 0, 0],
    ['mixed', { tp: 0.5, fp: 0.25, fn: 0.25 }, 2 / 3, 2 / 3],
  ])('%s', (_name, counts, precision, recall) => {
    expect(pagePrecision(counts)).toBeCloseTo(precision, 12);
    expect(pageRecall(counts)).toBeCloseTo(recall, 12);
  });
});

describe('benchmarkScore (means over pages, F1 of the means)', () => {
  it.each<[string, PageCounts[], number, number, number]>([
    ['one perfect page', [{ tp: 1, fp: 0, fn: 0 }], 1, 1, 1],
    [
      // The empty prediction counts 0 in recall and is left out of precision; the page with
      // neither truth nor prediction is left out of both.
      'empty prediction and empty page',
      [
        { tp: 0.5, fp: 0, fn: 0.5 },
        { tp: 0, fp: 0, fn: 1 },
        { tp: 0, fp: 0, fn: 0 },
      ],
      1,
      0.25,
      0.4,
    ],
    [
      'precision and recall averaged separately',
      [
        { tp: 0.5, fp: 0.5, fn: 0 },
        { tp: 0.5, fp: 0, fn: 0.5 },
      ],
      0.75,
      0.75,
      0.75,
    ],
    ['no pages', [], 0, 0, 0],
  ])('%s', (_name, pages, precision, recall, f1) => {
    const score = benchmarkScore(pages);
    expect(score.precision).toBeCloseTo(precision, 12);
    expect(score.recall).toBeCloseTo(recall, 12);
    expect(score.f1).toBeCloseTo(f1, 12);
  });
});
