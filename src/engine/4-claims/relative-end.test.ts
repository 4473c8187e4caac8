import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, text: string, expected: Array<[speaker: string, content: string]>];

/** Where the claim of a reporting verb inside a relative clause ends. */
const ROWS: Row[] = [
  [
    'a relative on the subject closes at its comma',
    'The engineer, who said the dam was sound, resigned on Friday.',
    [['engineer', 'the dam was sound']],
  ],
  [
    'a relative on a later phrase keeps its inner comma',
    'The minister tabled the audit report, which found that besides the missing funds, two contracts had been signed twice.',
    [['audit report', 'besides the missing funds, two contracts had been signed twice.']],
  ],
  [
    'a later relative stops where a conjunction opens the author’s clause',
    'Farmers waited for the soil survey, which found that the fields were dry, so the planting was delayed.',
    [['soil survey', 'the fields were dry']],
  ],
];

describe('the claim of a relative clause', () => {
  it.each(ROWS)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
