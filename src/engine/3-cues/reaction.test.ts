import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, text: string, expected: Array<[speaker: string, content: string]>];

/** "were surprised to find that X": the finders' reaction reports what they found. */
const ROWS: Row[] = [
  [
    'a reaction adjective after "were"',
    'The divers were surprised to find that the wreck was almost intact.',
    [['divers', 'the wreck was almost intact.']],
  ],
  [
    'an adverb grading the adjective, "discover"',
    'The auditors were pleasantly surprised to discover that the accounts balanced.',
    [['auditors', 'the accounts balanced.']],
  ],
  ['a purpose infinitive is no finding', 'The divers went down to find the wreck.', []],
  ['a reaction to seeing is no finding', 'The divers were surprised to see a shark.', []],
  ['an adjective with no "be" before it', 'Surprised to find the door open, she left.', []],
];

describe('reactionAt', () => {
  it.each(ROWS)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
