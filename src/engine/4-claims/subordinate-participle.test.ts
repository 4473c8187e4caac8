import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';
import { buildBlockModel } from '../1-text/model';
import { frontedAfterSubordinator } from './subordinate-participle';

type Row = [name: string, text: string, expected: Array<[speaker: string, content: string]>];

/** A participle cue behind a fronted subordinator: the claim ends with that clause. */
const ROWS: Row[] = [
  [
    '"After saying X, S V": the claim ends at the comma',
    'After saying the plan was dead, the mayor left the room.',
    [['mayor', 'the plan was dead']],
  ],
  [
    '"While insisting that X, S V": the same with a "that" clause',
    'While insisting that prices would fall, the company raised them again.',
    [['company', 'prices would fall']],
  ],
  [
    'a trailing participle after the main clause keeps its whole claim',
    'The mayor left the room, saying the plan was dead and the city would move on.',
    [['mayor', 'the plan was dead and the city would move on.']],
  ],
];

type ShapeRow = [name: string, text: string, word: string, expected: boolean];

/** Which participles sit right behind a clause-opening subordinator. */
const SHAPES: ShapeRow[] = [
  ['sentence-initial "After"', 'After saying it, Lee left.', 'saying', true],
  ['"and while" inside the sentence', 'It ended, and while noting it, Lee left.', 'noting', true],
  ['a subordinator inside a phrase', 'Lee left soon after saying it.', 'saying', false],
  ['no subordinator', 'Lee left, saying it was over.', 'saying', false],
];

describe('a participle cue behind a fronted subordinator', () => {
  it.each(ROWS)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
  it.each(SHAPES)('%s', (_name, text, word, expected) => {
    const block = buildBlockModel(0, 'paragraph', text);
    const i = block.tokens.findIndex((t) => t.lower === word);
    const sentence = { from: 0, to: block.tokens.length };
    expect(frontedAfterSubordinator(block, i, sentence)).toBe(expected);
  });
});
