import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

const pairs = (sentence: string) => simplify([sentence]).map((r) => [r.speaker, r.content]);

/** Hearsay nouns in an existential or after "amid": the noun holds the claim after it. */
describe('hearsay claims', () => {
  it.each([
    [
      'an existential with "of"',
      'There were reports of looters breaking into shops along the harbour road.',
      [['reports', 'looters breaking into shops along the harbour road.']],
    ],
    [
      'a perfect existential with a bare clause',
      "There's been speculation she could join a rival club next season.",
      [['speculation', 'she could join a rival club next season.']],
    ],
    [
      '"amid" with a "that" clause',
      'The shares rose on Monday amid rumors that the brewery would be sold.',
      [['rumors', 'the brewery would be sold.']],
    ],
    [
      'an adjective before the noun',
      'There have been persistent rumours that the coach will resign soon.',
      [['rumours', 'the coach will resign soon.']],
    ],
    [
      '"with" and a "that" clause',
      'Fans cheered on Friday, with reports that the striker would stay another season.',
      [['reports', 'the striker would stay another season.']],
    ],
  ])('%s', (_name, sentence, expected) => {
    expect(pairs(sentence)).toEqual(expected);
  });

  it.each([
    ['the noun as a topic', 'The reports about the fire were wrong in several details.'],
    ['speculation about a topic', 'There was speculation about the deal for weeks afterwards.'],
    ['too short', 'There were reports of shots.'],
    [
      '"after" with an object dates an event',
      'The road was closed after reports of a gas leak near the old school.',
    ],
  ])('%s', (_name, sentence) => {
    expect(pairs(sentence)).toEqual([]);
  });

  it('documents doing something are not hearsay', () => {
    const records = simplify(['Despite official reports urging new rules, nothing changed.']);
    expect(records.map((r) => r.speaker)).not.toContain('reports');
  });
});
