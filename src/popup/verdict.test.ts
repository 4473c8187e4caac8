import { describe, expect, it } from 'vitest';
import type { Detection, DetectionSignal } from '../page/types';
import { verdictReasons } from './verdict';

const signal = (name: string, weight: number): DetectionSignal => ({ name, weight, detail: name });
const names = (detection: Detection) => verdictReasons(detection, 2).map(({ name }) => name);

describe('verdictReasons', () => {
  it.each<[string, Detection, string[]]>([
    [
      'news: strongest positive first',
      {
        verdict: 'news',
        score: 5,
        signals: [signal('a', 1), signal('b', 3), signal('c', -2), signal('d', 2)],
      },
      ['b', 'd'],
    ],
    [
      'opinion: positive evidence',
      { verdict: 'opinion', score: 3, signals: [signal('opinion-section', 2), signal('x', -1)] },
      ['opinion-section'],
    ],
    [
      'article: strongest article weight first, whatever its news weight',
      {
        verdict: 'article',
        score: 1,
        articleScore: 5,
        signals: [
          { name: 'blogPosting', weight: -2, articleWeight: 3, detail: '' },
          { name: 'personalVoice', weight: -2, articleWeight: 0, detail: '' },
          { name: 'readerable', weight: 1.5, articleWeight: 2, detail: '' },
        ],
      },
      ['blogPosting', 'readerable'],
    ],
    [
      'not news: strongest negative first',
      {
        verdict: 'not-news',
        score: -4,
        signals: [signal('a', 1), signal('b', -1), signal('c', -3)],
      },
      ['c', 'b'],
    ],
    [
      'nothing supporting: strongest either way',
      { verdict: 'not-news', score: 1, signals: [signal('a', 1), signal('b', 2)] },
      ['b', 'a'],
    ],
    ['no signals', { verdict: 'not-news', score: 0, signals: [] }, []],
  ])('%s', (_name, detection, expected) => {
    expect(names(detection)).toEqual(expected);
  });
});
