import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, text: string, expected: Array<[speaker: string, content: string]>];

/** A belief whose clause lost its subject to a relative: the predicate is the claim. */
const ROWS: Row[] = [
  [
    'a modal opens the believed predicate',
    'Two samples carried strains that the lab technicians suspect might resist the new drug.',
    [['lab technicians', 'might resist the new drug.']],
  ],
  [
    'a finite verb opens the believed predicate',
    'The rangers closed trails that the park wardens believe were damaged by the storm.',
    [['park wardens', 'were damaged by the storm.']],
  ],
  [
    'a belief with a full clause of its own inside a description is no claim',
    'The participants moved the cursor in the direction that they thought the dots had moved.',
    [],
  ],
  [
    'a belief verb after a relative with an object that is not a predicate',
    'The plan that the engineers think best was dropped.',
    [],
  ],
];

describe('subject-gap beliefs', () => {
  it.each(ROWS)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
