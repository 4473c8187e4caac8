import { describe, expect, it } from 'vitest';
import { pageWithBody } from '../../../tests/unit/page/corpus';
import { readBlocks } from './blocks';
import { dropIntroducedLists, introducesList } from './introduced-lists';

describe('introducesList', () => {
  const cases: Array<[string, boolean]> = [
    ['More Great WIRED Stories', true],
    ['Related stories:', true],
    ['Read more…', true],
    ['You may also like', true],
    ['Advertisement', false],
    ['The three options are:', false],
    ['Ingredients', false],
  ];
  it.each(cases)('%s → %s', (text, expected) => {
    expect(introducesList(text)).toBe(expected);
  });
});

const ITEMS =
  '<li>Want the best tools? Check out <a href="/g">our picks</a>.</li><li>Another one.</li>';

describe('dropIntroducedLists', () => {
  const cases: Array<[string, string, string[]]> = [
    [
      'a list under a furniture heading goes',
      `<p>Story.</p><h3>More Great Stories</h3><ul>${ITEMS}</ul><p>End.</p>`,
      ['Story.', 'More Great Stories', 'End.'],
    ],
    [
      'a nested block inside an item goes with its list',
      '<div>Related:</div><ul><li><p>One teaser.</p></li></ul>',
      ['Related:'],
    ],
    [
      'the story’s own list after an ad label stays',
      `<p>Advertisement</p><ul>${ITEMS}</ul>`,
      ['Advertisement', 'Want the best tools? Check out our picks.', 'Another one.'],
    ],
    [
      'a list after prose stays',
      `<p>The three options are:</p><ul>${ITEMS}</ul>`,
      ['The three options are:', 'Want the best tools? Check out our picks.', 'Another one.'],
    ],
    [
      'a furniture line before prose takes nothing',
      '<p>Read more</p><p>The story goes on.</p>',
      ['Read more', 'The story goes on.'],
    ],
  ];
  it.each(cases)('%s', (_name, html, expected) => {
    const doc = pageWithBody(`<div id="root">${html}</div>`);
    const blocks = readBlocks([doc.getElementById('root') as Element]);
    expect(dropIntroducedLists(blocks).map((b) => b.text)).toEqual(expected);
  });
});
