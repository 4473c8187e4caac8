import { describe, expect, it } from 'vitest';
import { extractAttributions } from '../index';
import { isPlaceName, isRegionName } from './places';

describe('place names', () => {
  it.each([
    [['new', 'zealand'], true],
    [['saudi', 'arabia'], true],
    [['sri', 'lanka'], true],
    [['los', 'angeles'], true],
    [['virginia', 'woolf'], false],
    [['mary', 'carolina', 'smith'], false],
    [['zealand'], false],
  ] as const)('%j → %s', (words, expected) => {
    expect(isPlaceName(words)).toBe(expected);
  });

  it.each([
    [['england'], true],
    [['maryland'], true],
    [['calif'], true],
    [['mass'], true],
    [['new', 'zealand'], true],
    [['fiona'], false],
    [['powell'], false],
  ] as const)('region %j → %s', (words, expected) => {
    expect(isRegionName(words)).toBe(expected);
  });

  it.each([
    ['New Zealand said it would send aid to the islands.', 'New Zealand', 'government'],
    ['South Korea said the talks would resume next week.', 'South Korea', 'government'],
    ['Virginia Woolf wrote that a woman must have money.', 'Virginia Woolf', 'person'],
  ])('%s → %s (%s)', (text, name, type) => {
    const { entities } = extractAttributions([{ kind: 'paragraph', text }]);
    expect(entities.map((e) => [e.name, e.type])).toEqual([[name, type]]);
  });
});
