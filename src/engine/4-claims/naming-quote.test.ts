import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, text: string, expected: Array<[speaker: string, content: string]>];

/** "called X 'Y'": the claim is the object and its quoted name, not the narration after it. */
const ROWS: Row[] = [
  [
    'a participle clause after the name is no part of it',
    'The union called the offer "insulting," adding that talks would resume.',
    [
      ['union', 'the offer "insulting,"'],
      ['union', 'talks would resume.'],
    ],
  ],
  [
    'a time adjunct after the name is the author’s',
    'The senator called the mayor a "coward" on Tuesday.',
    [['senator', 'the mayor a "coward"']],
  ],
  [
    'a quotation inside a longer phrase leaves the claim whole',
    'Critics called it the "Belfastisation" of the old harbour.',
    [['Critics', 'it the "Belfastisation" of the old harbour.']],
  ],
  [
    'a quoted title before the name does not end it',
    'The studio called \'Night Harbour\' "our boldest film yet."',
    [['studio', '\'Night Harbour\' "our boldest film yet."']],
  ],
  [
    'a time clause later in the labelled phrase is narration',
    'The plan is raising questions about what the mayor calls the "best-ever" bond between the two cities after the two former rivals recently signed a pact.',
    [['mayor', 'the "best-ever" bond between the two cities']],
  ],
  [
    'a time phrase with no clause of its own stays in the labelled phrase',
    'The plan is raising questions about what the mayor calls the "best-ever" bond between the two cities after the war.',
    [['mayor', 'the "best-ever" bond between the two cities after the war.']],
  ],
];

describe('the claim of a naming verb ends with its quoted name', () => {
  it.each(ROWS)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
