import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';
import type { BlockKind } from '../types';

type Row = [
  name: string,
  input: Array<string | [BlockKind, string]>,
  expected: Array<[speaker: string, content: string]>,
];

/**
 * A pronoun fused with its auxiliary ("I'm", "He's") is still a pronoun: inside a quotation it is
 * the quoted speaker, outside it points back. And a colon header opened by the cue verb itself
 * ("Think about it:") is an imperative that names no one for the bullets after it.
 */
const ROWS: Row[] = [
  [
    '"I\'m worried" inside a quotation is the quoted speaker',
    ['"I\'m worried about the winter ahead," the mayor said.'],
    [['mayor', "I'm worried about the winter ahead,"]],
  ],
  [
    '"We\'ve always believed" inside a quotation is the quoted speaker',
    ['"We\'ve always believed the river could be cleaned," Ana Reyes said.'],
    [['Ana Reyes', "We've always believed the river could be cleaned,"]],
  ],
  [
    '"He\'s" points back at the person named before',
    [
      'Tom Weller spoke to reporters on Monday.',
      "He's unhappy with the ruling and says the court ignored the evidence.",
    ],
    [['Tom Weller', 'the court ignored the evidence.']],
  ],
  [
    'an imperative colon header names no speaker for its bullets',
    [
      'Think about it:',
      ['listItem', 'You open a shop on a quiet street'],
      ['listItem', 'People walk past it every day'],
    ],
    [],
  ],
  [
    'a named speaker before the colon still owns the bullets',
    ['Mayor Ana Reyes said:', ['listItem', 'The bridge will reopen in May']],
    [['Ana Reyes', 'The bridge will reopen in May']],
  ],
];

describe('contracted pronouns and imperative headers', () => {
  it.each(ROWS)('%s', (_name, input, expected) => {
    expect(simplify(input).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
