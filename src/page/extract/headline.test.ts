import { describe, expect, it } from 'vitest';
import { titleEchoes, titleMatch } from './headline';

const TITLE = 'A grant to Evidence Action Beta to scale up its work - The GiveWell Blog';

describe('titleMatch', () => {
  // The headline outranks the site name and a section word, which the title holds as well.
  const cases: Array<[string, string, string]> = [
    [
      'headline over site name',
      'A grant to Evidence Action Beta to scale up its work',
      'The GiveWell Blog',
    ],
    [
      'headline over a part of it',
      'A grant to Evidence Action Beta to scale up its work',
      'Evidence Action',
    ],
  ];
  it.each(cases)('%s', (_name, higher, lower) => {
    expect(titleMatch(higher, [TITLE])).toBeGreaterThan(titleMatch(lower, [TITLE]));
  });

  it('is 0 for text the title does not hold', () => {
    expect(titleMatch('Comments are closed on this post', [TITLE])).toBe(0);
  });
});

describe('titleEchoes', () => {
  const meta = { titles: [TITLE], descriptions: [] };
  const cases: Array<[string, string[], { echoes: number[]; headline: number }]> = [
    [
      'the masthead and the title printed as a paragraph',
      [
        'The GiveWell Blog',
        'A grant to Evidence Action Beta to scale up its work',
        'In August, we…',
      ],
      { echoes: [0, 1], headline: 1 },
    ],
    [
      'prose is no echo',
      ['GiveWell made a grant to Evidence Action Beta this week.'],
      { echoes: [], headline: -1 },
    ],
    [
      'an echo past the first blocks is the story’s own words',
      ['One.', 'Two.', 'Three.', 'The GiveWell Blog'],
      { echoes: [], headline: -1 },
    ],
  ];
  it.each(cases)('%s', (_name, texts, expected) => {
    expect(
      titleEchoes(
        texts.map((text) => ({ text })),
        meta,
      ),
    ).toEqual(expected);
  });

  it('reads no echo in a line of a script without words to compare', () => {
    const cjk = { titles: ['エンタメ ニュース - Site'], descriptions: [] };
    expect(titleEchoes([{ text: 'エンタメ ニュース' }], cjk).echoes).toEqual([]);
  });
});
