import { describe, expect, it } from 'vitest';
import {
  contentsMatch,
  prf,
  scoreDocument,
  scoreTokens,
  speakerMatches,
  tokenOverlap,
} from './score';

describe('scoreTokens / tokenOverlap', () => {
  it('lower-cases and splits on anything not a letter or digit', () => {
    expect(scoreTokens('“It’s 13%,” Mr. Lee said')).toEqual(['it', 's', '13', 'mr', 'lee', 'said']);
  });
  it('counts the multiset intersection', () => {
    expect(tokenOverlap(['a', 'a', 'b'], ['a', 'b', 'b', 'c'])).toBe(2);
  });
});

describe('contentsMatch: overlap of at least half of the tokens of each', () => {
  it.each([
    ['same text', 'the plan would go ahead', 'the plan would go ahead', true],
    [
      'prediction adds a little',
      'he said the plan would go ahead',
      'the plan would go ahead',
      true,
    ],
    [
      'prediction far too long',
      'the plan would go ahead and nine other words were all added here too',
      'the plan would go ahead',
      false,
    ],
    ['exactly half of each', 'a b c d', 'a b e f', true],
    ['less than half', 'a b c d e', 'a b f g h', false],
    ['empty never matches', '', 'a', false],
  ] as const)('%s', (_name, p, g, expected) => {
    expect(contentsMatch(p, g)).toBe(expected);
  });
});

describe('speakerMatches', () => {
  const person = { type: 'person', aliases: ['Macron', 'the French president'] };
  const anon = { type: 'anonymous', aliases: ['American officials'] };
  it.each([
    ['canonical name', 'Emmanuel Macron', 'Emmanuel Macron', person, true],
    ['surname alone (contained in the canonical name)', 'Macron', 'Emmanuel Macron', person, true],
    [
      'longer prediction containing the name',
      'French President Emmanuel Macron',
      'Emmanuel Macron',
      person,
      true,
    ],
    ['stop words dropped (Mr., the)', 'Mr. Macron', 'Emmanuel Macron', person, true],
    ['person without the surname fails', 'the French president', 'Emmanuel Macron', person, false],
    ['bare pronoun fails', 'he', 'Emmanuel Macron', person, false],
    ['another person fails', 'Sergey Shoigu', 'Emmanuel Macron', person, false],
    [
      'alias of an anonymous source',
      'American officials',
      'Obama administration officials',
      anon,
      true,
    ],
    [
      'anonymous head alone is contained',
      'officials',
      'Obama administration officials',
      anon,
      true,
    ],
  ] as const)('%s', (_name, predicted, gold, entity, expected) => {
    expect(
      speakerMatches(predicted, gold, { type: entity.type, aliases: [...entity.aliases] }),
    ).toBe(expected);
  });
});

describe('scoreDocument', () => {
  const entities = { 'Emmanuel Macron': { type: 'person', aliases: ['Macron'] } };
  it('matches one-to-one, best overlap first', () => {
    const gold = [
      { speaker: 'Emmanuel Macron', content: 'France needs to cooperate with any country' },
      {
        speaker: 'Emmanuel Macron',
        content: 'France needs to cooperate with any country facing the risk of attacks',
      },
    ];
    const predicted = [
      {
        speaker: 'Macron',
        content: 'France needs to cooperate with any country facing the risk of attacks',
      },
    ];
    const s = scoreDocument(predicted, gold, entities);
    expect(s.pairs).toEqual([{ predicted: 0, gold: 1, speakerRight: true }]);
    expect(s.contentMatches).toBe(1);
    expect(s.attributedRight).toBe(1);
  });

  it('counts a content match with the wrong speaker only for content', () => {
    const gold = [{ speaker: 'Emmanuel Macron', content: 'the talks were useful' }];
    const s = scoreDocument([{ speaker: 'he', content: 'the talks were useful' }], gold, entities);
    expect([s.contentMatches, s.attributedRight]).toEqual([1, 0]);
  });

  it('computes precision, recall and F1', () => {
    expect(prf(3, 4, 6)).toEqual({ precision: 0.75, recall: 0.5, f1: 0.6 });
    expect(prf(0, 0, 5)).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
});
