import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, paragraphs: string[], expected: Array<[string, string]>];

const ROWS: Row[] = [
  [
    'a post and its signature on one line: the words before the dash are the poster’s',
    ['The ferry is cancelled again tonight. — Dara Quinn (@daraq) May 2, 2021'],
    [['Dara Quinn', 'The ferry is cancelled again tonight.']],
  ],
  [
    'a thread marker and a photo link are no part of the post',
    [
      'Water is off on the east side until noon. Crews are on site (1/2) pic.twitter.com/x1Yz — Harbour Water (@HarbourWater) March 3, 2019',
    ],
    [['Harbour Water', 'Water is off on the east side until noon. Crews are on site']],
  ],
  [
    'a post of hashtags alone is no claim',
    ['#storm #harbour #ferry — Dara Quinn (@daraq) May 2, 2021'],
    [],
  ],
  [
    'a lower-case display name is not read as a name',
    ['The ferry is cancelled again tonight. — sea gull fan (@gullfan) May 2, 2021'],
    [],
  ],
  [
    'prose with a dash and no handle is not a post',
    ['The ferry is cancelled again tonight — Dara Quinn, the harbour master, said on May 2, 2021.'],
    [['Dara Quinn', 'The ferry is cancelled again tonight']],
  ],
];

describe('posts signed on their own line', () => {
  it.each(ROWS)('%s', (_name, paragraphs, expected) => {
    expect(simplify(paragraphs).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
