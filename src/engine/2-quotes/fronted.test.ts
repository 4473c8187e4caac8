import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, text: string, expected: Array<[speaker: string, content: string]>];

/** A fronted adverbial split off by the attribution is no record; a piece that says something is. */
const ROWS: Row[] = [
  [
    'an adverbial piece before the cue, the claim in the next sentence',
    '“To be honest,” Mayor Ida Kern said. “The bridge was never safe.”',
    [['Ida Kern', 'The bridge was never safe.']],
  ],
  [
    'an adverbial piece before the cue, the claim after it',
    '“Right now,” Mayor Ida Kern said, “we are looking at every bridge in the county.”',
    [['Ida Kern', 'we are looking at every bridge in the county.']],
  ],
  [
    'a fronted clause is a piece of the claim',
    '“If the river rises again,” Mayor Ida Kern said, “the bridge will have to close.”',
    [
      ['Ida Kern', 'If the river rises again,'],
      ['Ida Kern', 'the bridge will have to close.'],
    ],
  ],
  [
    'an adverbial quoted alone, with no quote after it, is kept',
    '“Frankly,” Mayor Ida Kern said.',
    [['Ida Kern', 'Frankly,']],
  ],
];

describe('fronted adverbial pieces', () => {
  it.each(ROWS)('%s', (_name, text, expected) => {
    const got = simplify([text]).map((r) => [r.speaker, r.content]);
    expect(got).toEqual(expected);
  });
});
