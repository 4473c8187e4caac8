import { describe, expect, it } from 'vitest';
import { anonymousReport } from './testing/anonymous-fixture';
import { tassResult } from './testing/tass-fixture';
import { countVerbs, readingOrder, summariseSpeakers } from './summary';
import type { Attribution } from '../engine/types';

const tass = summariseSpeakers(tassResult().result);
const byName = (name: string) => tass.find((speaker) => speaker.name === name);

describe('summariseSpeakers on the TASS article', () => {
  it('lists speakers by number of claims', () => {
    expect(tass.map(({ name, claims }) => [name, claims.length])).toEqual([
      ['Emmanuel Macron', 9],
      ['Sergey Shoigu', 3],
      ['Russian Defense Ministry', 2],
      ['Sebastien Lecornu', 1],
    ]);
  });

  it.each([
    ['Emmanuel Macron', 'person', { direct: 3, indirect: 6, mixed: 0 }, [], []],
    [
      'Sergey Shoigu',
      'person',
      { direct: 0, indirect: 2, mixed: 1 },
      [],
      ['Russian Defense Ministry'],
    ],
    ['Russian Defense Ministry', 'government', { direct: 0, indirect: 0, mixed: 2 }, [], []],
    [
      'Sebastien Lecornu',
      'person',
      { direct: 0, indirect: 0, mixed: 1 },
      [{ lemma: 'insist', text: 'insisted', count: 1 }],
      ['Russian Defense Ministry'],
    ],
  ])('%s: type, kinds, loaded verbs, relays', (name, type, kinds, loadedVerbs, relays) => {
    const speaker = byName(name);
    expect(speaker?.type).toBe(type);
    expect(speaker?.kinds).toEqual(kinds);
    expect(speaker?.loadedVerbs).toEqual(loadedVerbs);
    expect(speaker?.relays).toEqual(relays);
  });

  it('keeps claims in reading order with one-line snippets', () => {
    const macron = byName('Emmanuel Macron');
    expect(macron?.claims[0]?.snippet).toBe(
      'France needs to work with any country facing risk of terrorism',
    );
    for (const claim of macron?.claims ?? []) expect(claim.snippet.length).toBeLessThanOrEqual(140);
    const lecornu = byName('Sebastien Lecornu')?.claims[0];
    expect(lecornu).toMatchObject({
      cue: 'insisted',
      loaded: true,
      via: 'Russian Defense Ministry',
    });
  });
});

describe('summariseSpeakers edge cases', () => {
  it('breaks ties by first claim in the article', () => {
    const names = summariseSpeakers(anonymousReport().result).map(({ name }) => name);
    expect(names).toEqual(['officials', 'The union', 'a company memo', 'a leaked report']);
  });

  it('is empty when nothing was attributed', () => {
    expect(summariseSpeakers({ attributions: [], entities: [], hedges: [] })).toEqual([]);
  });

  it('keeps a claim whose speaker the engine did not describe, unnamed', () => {
    const { result } = tassResult();
    const orphan = { ...result, entities: result.entities.filter(({ id }) => id !== 3) };
    const lecornu = summariseSpeakers(orphan).find(({ id }) => id === 3);
    expect(lecornu).toMatchObject({ name: '', type: 'unknown' });
  });
});

describe('countVerbs', () => {
  const cue = (text: string, lemma: string) =>
    ({ cue: { text, lemma, class: 'loaded', block: 0, start: 0, end: 1 } }) as Attribution;
  it.each([
    ['none', [], []],
    [
      'merges forms of one lemma, most frequent first',
      [cue('claimed', 'claim'), cue('Insisted', 'insist'), cue('claims', 'claim')],
      [
        { lemma: 'claim', text: 'claimed', count: 2 },
        { lemma: 'insist', text: 'insisted', count: 1 },
      ],
    ],
  ])('%s', (_name, attributions, expected) => {
    expect(countVerbs(attributions)).toEqual(expected);
  });
});

describe('readingOrder', () => {
  it('orders by block then offset', () => {
    const { result } = tassResult();
    const shuffled = [...result.attributions].reverse();
    expect(readingOrder(shuffled).map(({ id }) => id)).toEqual(
      readingOrder(result.attributions).map(({ id }) => id),
    );
    const ordered = readingOrder(shuffled);
    for (let i = 1; i < ordered.length; i += 1) {
      const [a, b] = [ordered[i - 1]!.content, ordered[i]!.content];
      expect(a.block < b.block || (a.block === b.block && a.start <= b.start)).toBe(true);
    }
  });
});
