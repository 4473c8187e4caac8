import { describe, expect, it } from 'vitest';
import { sourcingProfile } from './profile';
import { anonymousReport } from './testing/anonymous-fixture';
import { tassResult } from './testing/tass-fixture';

describe('sourcingProfile', () => {
  const tass = sourcingProfile(tassResult().result);
  const ports = sourcingProfile(anonymousReport().result);

  it.each([
    ['TASS total', tass.total, 15],
    ['TASS persons', tass.bySourceType[0], { type: 'person', count: 13, share: 13 / 15 }],
    ['TASS government', tass.bySourceType[1], { type: 'government', count: 2, share: 2 / 15 }],
    ['TASS has no anonymous source', tass.anonymous, { count: 0, share: 0 }],
    ['TASS quoted', tass.byKind.direct, { count: 3, share: 3 / 15 }],
    ['TASS paraphrased', tass.byKind.indirect, { count: 8, share: 8 / 15 }],
    ['TASS mixed', tass.byKind.mixed, { count: 4, share: 4 / 15 }],
    [
      'TASS loaded verbs',
      tass.loadedVerbs,
      [{ lemma: 'insist', text: 'insisted', count: 1, speakers: ['Sebastien Lecornu'] }],
    ],
    ['TASS hedges', tass.hedges, []],
    ['ports anonymous share', ports.anonymous, { count: 1, share: 0.25 }],
    ['ports documents lead', ports.bySourceType[0], { type: 'document', count: 2, share: 0.5 }],
    [
      'ports hedges',
      ports.hedges,
      [
        { lemma: 'reportedly', text: 'reportedly', count: 2 },
        { lemma: 'allegedly', text: 'allegedly', count: 1 },
      ],
    ],
    ['ports loaded verbs', ports.loadedVerbs.map(({ text }) => text), ['claimed', 'admitted']],
  ])('%s', (_name, actual, expected) => {
    expect(actual).toEqual(expected);
  });

  it('shares of an empty article are zero, not NaN', () => {
    const empty = sourcingProfile({ attributions: [], entities: [], hedges: [] });
    expect(empty.byKind.direct).toEqual({ count: 0, share: 0 });
    expect(empty.bySourceType).toEqual([]);
  });

  it('kind shares add up to one', () => {
    const sum = Object.values(tass.byKind).reduce((total, { share }) => total + share, 0);
    expect(sum).toBeCloseTo(1);
  });
});
