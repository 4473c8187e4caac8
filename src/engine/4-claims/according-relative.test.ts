import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, text: string, expected: Array<[speaker: string, content: string]>];

/** A relative clause on the source of "according to" describes the source, not the claim. */
const ROWS: Row[] = [
  [
    'a comma-set "who" clause after a named source',
    'According to Ruth Ames, who runs the depot, the buses will be late all week.',
    [['Ruth Ames', 'the buses will be late all week.']],
  ],
  [
    'a restrictive "which" clause after a document source',
    'According to the figures which have been gathered from drivers in the study, the buses were late.',
    [['figures', 'the buses were late.']],
  ],
  [
    'a relative clause before the predicate of an interrupted claim',
    "The delay, according to Ruth Ames, who runs the depot, is the council's fault.",
    [['Ruth Ames', "is the council's fault."]],
  ],
  [
    'a relative clause in the claim itself stays there',
    'According to Ruth Ames, the buses, which are old, will be late all week.',
    [['Ruth Ames', 'the buses, which are old, will be late all week.']],
  ],
  [
    'a closing relative clause on the source is no claim',
    'The buses are late, according to Ruth Ames, who runs the depot.',
    [['Ruth Ames', 'The buses are late']],
  ],
];

describe('relative clauses on the source of "according to"', () => {
  it.each(ROWS)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
