/**
 * Property-based fuzzing of the engine: whatever text a page holds, `extractAttributions` returns
 * and its records honour the contract (spans inside their blocks, texts equal to their slices).
 * Runs are seeded and bounded so CI spends a few seconds and a failure replays exactly.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractAttributions } from '../../../src/engine/index';
import type { BlockKind, TextBlock } from '../../../src/engine/types';
import { contractViolations } from './invariants';
import { EXTREMES, CUE_WORDS, INVISIBLES, PUNCTUATION, QUOTE_MARKS, SCRIPTS } from './hostile-text';

const KINDS: BlockKind[] = [
  'headline',
  'standfirst',
  'paragraph',
  'blockquote',
  'crosshead',
  'listItem',
];

/** One fixed seed per run: reproducible in CI, and `FUZZ_SEED` explores further by hand. */
const SEED = Number(process.env.FUZZ_SEED ?? 20261128);
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

/** Text stitched from fragments the engine reacts to, plus arbitrary code units between them. */
const fragment = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...QUOTE_MARKS) },
  { weight: 4, arbitrary: fc.constantFrom(...CUE_WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...PUNCTUATION) },
  { weight: 2, arbitrary: fc.constantFrom(...INVISIBLES) },
  { weight: 2, arbitrary: fc.constantFrom(...SCRIPTS) },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 3, arbitrary: fc.stringMatching(/^[A-Z][a-z]{1,8}$/) },
);
const hostileText = fc.array(fragment, { maxLength: 80 }).map((parts) => parts.join(''));

const block = (text: fc.Arbitrary<string>): fc.Arbitrary<TextBlock> =>
  fc.record({ kind: fc.constantFrom(...KINDS), text });

function holds(blocks: TextBlock[]): void {
  const result = extractAttributions(blocks);
  expect(contractViolations(blocks, result)).toEqual([]);
}

describe('engine fuzzing', () => {
  it('keeps its contract on articles of hostile fragments', () => {
    fc.assert(fc.property(fc.array(block(hostileText), { maxLength: 6 }), holds), {
      seed: SEED,
      numRuns: RUNS,
    });
  });

  it('keeps its contract on arbitrary Unicode, lone surrogates included', () => {
    const anyText = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 300 }),
      fc.string({ unit: 'binary', maxLength: 300 }),
    );
    fc.assert(fc.property(fc.array(block(anyText), { maxLength: 4 }), holds), {
      seed: SEED,
      numRuns: RUNS,
    });
  });

  it('keeps its contract on quotation marks nested and unbalanced in every combination', () => {
    const marks = fc
      .array(fc.oneof(fc.constantFrom(...QUOTE_MARKS), fc.constantFrom(' x ', ' said ', '. ')), {
        maxLength: 200,
      })
      .map((parts) => parts.join(''));
    fc.assert(fc.property(fc.array(block(marks), { minLength: 1, maxLength: 4 }), holds), {
      seed: SEED,
      numRuns: RUNS,
    });
  });

  it('keeps its contract on well-formed prose with quotes spliced in at random places', () => {
    const prose =
      'The minister said the talks had made progress. "We are close," she told reporters. ' +
      'According to officials, a deal was reportedly near, but Smith insisted nothing had changed.';
    const spliced = fc
      .array(
        fc.tuple(fc.nat({ max: prose.length }), fc.constantFrom(...QUOTE_MARKS, ...INVISIBLES)),
        {
          maxLength: 12,
        },
      )
      .map((edits) =>
        edits.reduce((text, [at, mark]) => text.slice(0, at) + mark + text.slice(at), prose),
      );
    fc.assert(fc.property(fc.array(block(spliced), { minLength: 1, maxLength: 5 }), holds), {
      seed: SEED,
      numRuns: RUNS,
    });
  });
});

describe('engine on extreme inputs', () => {
  it.each(EXTREMES)('%s', (_name, make) => {
    const text = make();
    holds([{ kind: 'paragraph', text }]);
    holds([
      { kind: 'headline', text: text.slice(0, 2_000) },
      { kind: 'paragraph', text },
      { kind: 'blockquote', text },
    ]);
  });
});
