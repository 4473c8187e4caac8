import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, text: string, expected: Array<[speaker: string, content: string]>];

/** A subject set off from its verb by an aside between two dashes. */
const ROWS: Row[] = [
  [
    'spaced hyphens around a relative clause',
    'Tova Haring - who coached the rowing eight for a decade - says the club will survive.',
    [['Tova Haring', 'the club will survive.']],
  ],
  [
    'em dashes around an appositive',
    'Harbour Holdings \u2014 the port\u2019s largest employer \u2014 said the cranes would be replaced.',
    [['Harbour Holdings', 'the cranes would be replaced.']],
  ],
  [
    'a negated belief after the aside',
    'Tova Haring - a former rower - doesn\u2019t believe the cuts will hurt the juniors.',
    [['Tova Haring', 'the cuts will hurt the juniors.']],
  ],
  [
    'a group no list names, before an aside',
    'The lifeguards — both seasonal hires — said the beach was closed by noon.',
    [['lifeguards', 'the beach was closed by noon.']],
  ],
  [
    'an aside after an object inside a clause gives no subject',
    'We saw the lifeguards — both seasonal hires — and said nothing.',
    [],
  ],
  [
    'a hyphen inside a word opens no aside',
    'The Lisbon-Madrid line, a slow route, is closed for repairs.',
    [],
  ],
];

describe('subjects before a dashed aside', () => {
  it.each(ROWS)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
