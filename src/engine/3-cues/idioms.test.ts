import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, text: string, expected: Array<[speaker: string, content: string]>];

/** Fixed phrases on a reporting verb report nothing. */
const ROWS: Row[] = [
  ['"called it a day"', 'The skipper won the first race before calling it a day.', []],
  ['"call it quits"', 'After ten seasons the crew decided to call it quits.', []],
  ['"tell the difference"', 'Few sailors can tell the difference between the two hulls.', []],
  [
    '"tells the truth" before the main verb',
    'A club that lies as often as it tells the truth loses its members.',
    [],
  ],
  [
    'not: "called it" with a claim of its own',
    'The skipper called it a day of shame for the club.',
    [['skipper', 'it a day of shame for the club.']],
  ],
  [
    'not: a capitalised "Time" is a magazine told',
    'The skipper told Time that the race was over.',
    [['skipper', 'the race was over.']],
  ],
  [
    'not: "told" with an addressee and a claim',
    'The skipper told the crew the race was over.',
    [['skipper', 'the race was over.']],
  ],
];

describe('idioms', () => {
  it.each(ROWS)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
