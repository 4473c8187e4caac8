import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, text: string, expected: Array<[speaker: string, content: string]>];

/** A participle after a passive main clause: its agent speaks. */
const ROWS: Row[] = [
  [
    'the agent right before the comma',
    'The leaked memo was denied by Ada Price, hinting that it was a forgery.',
    [['Ada Price', 'it was a forgery.']],
  ],
  [
    'an adverb between "be" and the participle',
    'The toll was loudly opposed by Dan Moore, saying it would hurt farmers.',
    [['Dan Moore', 'it would hurt farmers.']],
  ],
  [
    'negative: "by" with no passive before it is a place or a means',
    'Ada Price stood by the gate, saying the deal was done.',
    [['Ada Price', 'the deal was done.']],
  ],
];

describe('passive agent of a participle', () => {
  it.each(ROWS)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
