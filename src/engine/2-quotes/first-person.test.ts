import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [
  name: string,
  paragraphs: string[],
  expected: Array<[speaker: string, content: string]>,
];

const HEAD = 'Shop closes early';

/** A quoted speaker retelling their own words: "I" and "we" inside the quote are that speaker. */
const ROWS: Row[] = [
  [
    '"I said" with the retold words in single marks',
    [HEAD, '“We waited an hour. I said, ‘This is not for sale.’ Then we left,” Ann Lee said.'],
    [
      ['Ann Lee', 'We waited an hour. I said, ‘This is not for sale.’ Then we left,'],
      ['Ann Lee', 'This is not for sale.'],
    ],
  ],
  [
    'retold words of several sentences run to the closing mark',
    [HEAD, '“They came back. I told them, ‘Stay calm. The bus will come.’ It did,” Ann Lee said.'],
    [
      ['Ann Lee', 'They came back. I told them, ‘Stay calm. The bus will come.’ It did,'],
      ['Ann Lee', 'Stay calm. The bus will come.'],
    ],
  ],
  [
    '"we said" with reported speech',
    [HEAD, '“At the meeting we said the plant would stay open,” Ben Hale said.'],
    [
      ['Ben Hale', 'At the meeting we said the plant would stay open,'],
      ['Ben Hale', 'the plant would stay open'],
    ],
  ],
  [
    '"like I said" is a discourse marker',
    [HEAD, '“Like I said, the plant will stay open,” Ben Hale said.'],
    [['Ben Hale', 'Like I said, the plant will stay open,']],
  ],
  [
    'a hypothetical "could have said" retells nothing',
    [HEAD, '“I could have said the plant was closing,” Ben Hale said.'],
    [['Ben Hale', 'I could have said the plant was closing,']],
  ],
  [
    'a retold question claims nothing',
    [HEAD, '“I asked him, ‘Can you help us?’ He nodded,” Ann Lee said.'],
    [['Ann Lee', 'I asked him, ‘Can you help us?’ He nodded,']],
  ],
  [
    '"I think" inside a quote is the quote’s own hedge',
    [HEAD, '“I think the plant will stay open,” Ben Hale said.'],
    [['Ben Hale', 'I think the plant will stay open,']],
  ],
];

describe('a quoted speaker retelling their own words', () => {
  it.each(ROWS)('%s', (_name, paragraphs, expected) => {
    expect(simplify(paragraphs).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
