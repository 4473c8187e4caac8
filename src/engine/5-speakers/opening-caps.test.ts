import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, input: string[], expected: Array<[speaker: string, content: string]>];

/** A lone ordinary word capitalised only because it opens the sentence names no source. */
const ROWS: Row[] = [
  [
    'an abstract noun opening a sentence-case headline',
    ['Pollution condemns river towns to dirty water: charity'],
    [],
  ],
  [
    'a source the lexicon knows still speaks at the sentence start',
    ['Officials say river towns will get clean water by spring.'],
    [['Officials', 'river towns will get clean water by spring.']],
  ],
  [
    'a one-off name with no common form still speaks',
    ['Tamberlin said the river towns would get clean water by spring.'],
    [['Tamberlin', 'the river towns would get clean water by spring.']],
  ],
  [
    'a name the article capitalises inside a sentence still speaks',
    [
      'Members of Solidarity marched on Monday.',
      'Solidarity said the river towns would get clean water by spring.',
    ],
    [['Solidarity', 'the river towns would get clean water by spring.']],
  ],
];

describe('capitals only a sentence start gives', () => {
  it.each(ROWS)('%s', (_name, input, expected) => {
    expect(simplify(input).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
