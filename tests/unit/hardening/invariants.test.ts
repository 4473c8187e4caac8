/**
 * The contract checker must itself catch broken records, or the fuzz tests could never fail: each
 * row corrupts one field of a valid result and names the violation it expects.
 */
import { describe, expect, it } from 'vitest';
import type { ExtractionResult, TextBlock } from '../../../src/engine/types';
import { contractViolations } from './invariants';

const BLOCKS: TextBlock[] = [{ kind: 'paragraph', text: '"We are close," Smith said.' }];

function valid(): ExtractionResult {
  return {
    attributions: [
      {
        id: 0,
        kind: 'direct',
        claim: 'speech',
        content: { block: 0, start: 1, end: 14, text: 'We are close,' },
        quotes: [{ block: 0, start: 1, end: 14 }],
        cue: { block: 0, start: 22, end: 26, text: 'said', lemma: 'say', class: 'neutral' },
        speaker: 7,
        speakerMention: { block: 0, start: 16, end: 21, text: 'Smith' },
        via: null,
        hedged: false,
        confidence: 0.9,
      },
    ],
    entities: [
      {
        id: 7,
        name: 'Smith',
        type: 'person',
        aliases: [],
        mentions: [{ block: 0, start: 16, end: 21, text: 'Smith' }],
      },
    ],
    hedges: [],
  };
}

type Corruption = (r: ExtractionResult) => void;
const first = (r: ExtractionResult) => r.attributions[0]!;

const CASES: Array<[string, Corruption, string]> = [
  ['content past the block end', (r) => void (first(r).content.end = 99), 'outside block'],
  ['content text not the slice', (r) => void (first(r).content.text = 'We are far,'), '≠ slice'],
  ['span in a missing block', (r) => void (first(r).content.block = 3), 'does not exist'],
  ['reversed span', (r) => void Object.assign(first(r).content, { start: 9, end: 2 }), 'outside'],
  ['fractional offset', (r) => void (first(r).quotes[0]!.start = 1.5), 'non-integer'],
  ['quote outside its content', (r) => void (first(r).quotes[0]!.end = 20), 'outside its content'],
  ['cue text drifted', (r) => void (first(r).cue!.start = 21), '≠ slice'],
  ['unknown speaker', (r) => void (first(r).speaker = 8), 'is not an entity'],
  ['unknown via', (r) => void (first(r).via = 9), 'via 9'],
  ['NaN confidence', (r) => void (first(r).confidence = Number.NaN), 'confidence'],
  ['duplicate entity', (r) => void r.entities.push({ ...r.entities[0]! }), 'duplicate entity'],
  ['entity mention drifted', (r) => void (r.entities[0]!.mentions[0]!.end = 22), '≠ slice'],
  [
    'hedge outside the block',
    (r) => void r.hedges.push({ block: 0, start: 30, end: 40, text: '', lemma: 'x' }),
    'outside block',
  ],
  ['not JSON data', (r) => void (first(r).confidence = Infinity), 'confidence'],
];

describe('contractViolations', () => {
  it('accepts a valid result', () => {
    expect(contractViolations(BLOCKS, valid())).toEqual([]);
  });

  it.each(CASES)('catches %s', (_name, corrupt, expected) => {
    const result = valid();
    corrupt(result);
    expect(contractViolations(BLOCKS, result).join('\n')).toContain(expected);
  });
});
