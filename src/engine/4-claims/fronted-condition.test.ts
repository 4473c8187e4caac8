import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, text: string, expected: Array<[speaker: string, content: string]>];

/** A fronted condition or concession split off by "X said," is a piece of the claim of its own. */
const ROWS: Row[] = [
  [
    'conditional split by a warning',
    'If the river keeps rising, Mr Ruiz warned, the lower town will have to be evacuated.',
    [
      ['Ruiz', 'If the river keeps rising'],
      ['Ruiz', 'the lower town will have to be evacuated.'],
    ],
  ],
  [
    'concession split by a named speaker',
    'While some buses have been repaired over the winter, Ms Adler said, most remain off the road.',
    [
      ['Adler', 'While some buses have been repaired over the winter'],
      ['Adler', 'most remain off the road.'],
    ],
  ],
  [
    'two-word subordinator',
    'As long as the bridge stays closed, the mayor said, traffic will clog the centre.',
    [
      ['mayor', 'As long as the bridge stays closed'],
      ['mayor', 'traffic will clog the centre.'],
    ],
  ],
  [
    'a time clause only sets the scene',
    'When the vote was counted, Ms Adler said, the hall fell silent.',
    [['Adler', 'the hall fell silent.']],
  ],
  [
    'an adverbial phrase with no verb is no piece',
    'Even in the worst years, Ms Adler said, the farm turned a profit.',
    [['Adler', 'the farm turned a profit.']],
  ],
  [
    'a complement right after the verb: the condition stays unrecorded',
    'Even if the talks succeed, analysts say the tariffs will stay in place.',
    [['analysts', 'the tariffs will stay in place.']],
  ],
];

describe('fronted conditions', () => {
  it.each(ROWS)('%s', (_name, text, expected) => {
    const got = simplify([text]).map((r) => [r.speaker, r.content]);
    for (const [speaker, content] of expected)
      expect(got).toContainEqual([expect.stringContaining(speaker), content]);
    expect(got).toHaveLength(expected.length);
  });
});
