import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { climbToStoryParent } from './climb';
import type { Candidate } from './merge';

/** A sentence that votes like a real paragraph (long, with commas). */
const LONG =
  'The council, which met on Tuesday, said the bridge, closed since May, would reopen in June, ' +
  'after repairs that cost more than the city had planned for, and that tolls would stay as they are.';

/**
 * Scores by element id, as `bodyContainerSteps` would have left them; `#top` is the winner.
 * [id, score, own votes]
 */
type Scores = Array<[string, number, number]>;

function climb(html: string, scores: Scores): string | null {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const candidates = new Map<Element, Candidate>();
  for (const [id, score, own] of scores) {
    const el = document.getElementById(id) as unknown as Element;
    candidates.set(el, { score, votes: score, own });
  }
  const top = document.getElementById('top') as unknown as Element;
  return climbToStoryParent(top, candidates).getAttribute('id');
}

const FOLD = `<div id="story"><p>${LONG}</p><div id="box"><div>Show full text</div>
  <div id="top"><p>${LONG}</p><p>${LONG}</p></div></div></div>`;

describe('climbToStoryParent', () => {
  const cases: Array<[string, string, Scores, string]> = [
    [
      'a folded press release inside the story climbs to the story',
      FOLD,
      [
        ['top', 57, 32],
        ['box', 16, 0],
        ['story', 38, 9],
      ],
      'story',
    ],
    [
      'a parent that adds no paragraph of its own (headline, byline) does not',
      FOLD,
      [
        ['top', 57, 32],
        ['box', 16, 0],
        ['story', 38, 0],
      ],
      'top',
    ],
    [
      'a layout column far below the winner does not',
      FOLD,
      [
        ['top', 80, 50],
        ['box', 30, 0],
        ['story', 35, 9],
      ],
      'top',
    ],
    [
      'an ancestor under a third of the winner ends the climb',
      FOLD,
      [
        ['top', 57, 32],
        ['box', 10, 0],
        ['story', 50, 9],
      ],
      'top',
    ],
    ['a winner with no scored parent stays', FOLD, [['top', 57, 32]], 'top'],
  ];
  it.each(cases)('%s', (_name, html, scores, expected) => {
    expect(climb(html, scores)).toBe(expected);
  });
});
