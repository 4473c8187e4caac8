import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, texts: string[], expected: Array<[speaker: string, content: string]>];

/**
 * A name's suffix written with a period ("Jr.", "Sr.", "Inc.", "Corp.") or a regnal number ("II")
 * belongs to the speaker: the period ends neither the phrase nor the sentence.
 */
const ROWS: Row[] = [
  [
    'a generational suffix before the verb',
    ['Ben Okoro Jr. said the plan would work.'],
    [['Ben Okoro Jr', 'the plan would work.']],
  ],
  [
    'a senior before a verb with an object',
    ['Lia Varga Sr. told reporters that the dam was safe.'],
    [['Lia Varga Sr', 'the dam was safe.']],
  ],
  [
    'a company suffix before the verb',
    ['Zentrix Corp. said profits rose.'],
    [['Zentrix Corp', 'profits rose.']],
  ],
  [
    'an appositive after the suffix keeps the claim whole',
    ['Adm. Tom B. Reed Jr., the vice chairman of the board, said he could not answer.'],
    [['Tom B. Reed Jr', 'he could not answer.']],
  ],
  [
    'a regnal name found again by title and name',
    [
      'Patriarch Kyril Tamon II backed the army.',
      'Later, Pope Tamon said he felt the church was ignored.',
    ],
    [['Patriarch Kyril Tamon II', 'the church was ignored.']],
  ],
  [
    'not a suffix: an initial before the verb ends no name',
    ['The winner was Plan B. The board said it was cheaper.'],
    [['board', 'it was cheaper.']],
  ],
  [
    'not the same sentence: the suffix ends one, a pronoun opens the next',
    ['“The dam is safe,” said Ben Okoro Jr. He then left the room.'],
    [['Ben Okoro Jr', 'The dam is safe,']],
  ],
];

describe('name suffixes', () => {
  it.each(ROWS)('%s', (_name, texts, expected) => {
    expect(simplify(texts).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
