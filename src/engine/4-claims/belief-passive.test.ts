import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

const pairs = (sentence: string) => simplify([sentence]).map((r) => [r.speaker, r.content]);

/** Belief passives inside a noun phrase: unnamed others hold the infinitive after them. */
describe('belief passives', () => {
  it.each([
    [
      'a relative clause',
      'Divers searched the bay off Carrow, which is thought to hide a sunken galleon.',
      [['unnamed source', 'hide a sunken galleon.']],
    ],
    [
      'a reduced relative after its noun',
      'Police arrested a crew believed to have robbed nine banks (and a post office) since May.',
      [['unnamed source', 'have robbed nine banks (and a post office) since May.']],
    ],
    [
      'an aside set off by commas',
      'The dark bands, thought to mark old lava flows, cover a third of the plain.',
      [['unnamed source', 'mark old lava flows']],
    ],
    [
      'an adverb inside the passive',
      'They visited the old mill, which is widely believed to date from the 1600s.',
      [['unnamed source', 'date from the 1600s.']],
    ],
    [
      'a rumour',
      'The band, rumored to be recording in Berlin, cancelled the tour.',
      [['rumors', 'be recording in Berlin']],
    ],
  ])('%s', (_name, sentence, expected) => {
    expect(pairs(sentence)).toEqual(expected);
  });

  it.each([
    ['an active subject', 'Nobody thought to check the second door of the barn.'],
    ['a pronoun subject', 'At first we believed to a man that the storm would pass.'],
    ['too short', 'The case, thought to be rare, was reported.'],
  ])('%s', (_name, sentence) => {
    expect(pairs(sentence).filter(([speaker]) => speaker === 'unnamed source')).toEqual([]);
  });
});
