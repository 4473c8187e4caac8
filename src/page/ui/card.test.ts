import { describe, expect, it } from 'vitest';
import type { Attribution, ExtractionResult } from '../../engine/types';
import { describeClaim } from './card';
import { cueNote } from './explain';

const entities: ExtractionResult['entities'] = [
  { id: 0, name: 'Sebastien Lecornu', type: 'person', aliases: [], mentions: [] },
  { id: 1, name: 'Russian Defense Ministry', type: 'government', aliases: [], mentions: [] },
];
const base: Attribution = {
  id: 7,
  kind: 'mixed',
  claim: 'speech',
  content: { block: 1, start: 0, end: 10, text: 'x' },
  quotes: [],
  cue: { block: 1, start: 0, end: 8, text: 'insisted', lemma: 'insist', class: 'loaded' },
  speaker: 0,
  speakerMention: null,
  via: 1,
  hedged: false,
  confidence: 0.9,
};

describe('describeClaim', () => {
  const cases: Array<
    [string, Partial<Attribution>, (c: ReturnType<typeof describeClaim>) => void]
  > = [
    [
      'loaded verb relayed via a ministry',
      {},
      (c) => {
        expect(c.speaker).toBe('Sebastien Lecornu');
        expect(c.speakerType).toBe('person');
        expect(c.rows).toContainEqual({ label: 'Relayed via', value: 'Russian Defense Ministry' });
        expect(c.rows).toContainEqual({ label: 'Cue', value: '"insisted"' });
        expect(c.note).toContain('Insist');
      },
    ],
    [
      'neutral cue has no note',
      { cue: { ...base.cue!, text: 'said', lemma: 'say', class: 'neutral' }, via: null },
      (c) => {
        expect(c.note).toBeNull();
        expect(c.rows.some((r) => r.label === 'Relayed via')).toBe(false);
      },
    ],
    [
      'unknown speaker falls back to the mention',
      { speaker: 99, speakerMention: { block: 1, start: 0, end: 9, text: 'officials' }, cue: null },
      (c) => {
        expect(c.speaker).toBe('officials');
        expect(c.speakerType).toBe('source');
      },
    ],
    [
      'hedged claims say so',
      { hedged: true },
      (c) => expect(c.rows).toContainEqual({ label: 'Hedged', value: 'yes' }),
    ],
  ];
  it.each(cases)('%s', (_name, patch, check) => {
    check(describeClaim({ ...base, ...patch }, { attributions: [], entities, hedges: [] }));
  });
});

describe('cueNote', () => {
  it('explains a known loaded verb, and falls back by class', () => {
    expect(cueNote('admit', 'loaded')).toContain('Admit');
    expect(cueNote('grumble', 'loaded')).toContain('Loaded verb');
    expect(cueNote('reportedly', 'hedging')).toContain('distances');
  });
});
