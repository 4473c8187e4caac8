import { describe, expect, it } from 'vitest';
import { buildBlockModel } from '../1-text/model';
import { simplify } from '../testing/simplify';
import type { BlockKind } from '../types';
import { isTitleCase } from './title-case';

type Row = [name: string, kind: BlockKind, text: string, expected: Array<[string, string]>];

/** Reporting verbs that a title-case headline capitalises after its capitalised subject. */
const ROWS: Row[] = [
  [
    'a past form after an adverb',
    'headline',
    'Agency Just Confirmed There Are Ice Caves Under the Crater',
    [['Agency', 'There Are Ice Caves Under the Crater']],
  ],
  [
    'a plural verb after a plural subject',
    'headline',
    'Police Say Driver Was Asleep at the Wheel',
    [['Police', 'Driver Was Asleep at the Wheel']],
  ],
  [
    'an irregular past form',
    'crosshead',
    'Witnesses Said the Gunman Was Calm',
    [['Witnesses', 'the Gunman Was Calm']],
  ],
  [
    "a past form outside the verb lexicon after the claim's subject is its verb",
    'headline',
    'Farmers Say Heavy Rain Flooded Most Apple Orchards',
    [['Farmers', 'Heavy Rain Flooded Most Apple Orchards']],
  ],
  [
    'a short word ending in -ed is no past form',
    'headline',
    'Farmers Say Goodbye to Red Barns',
    [],
  ],
  [
    'no clause after the verb: an object is no claim',
    'headline',
    'New Map Just Revealed Some Surprising Features',
    [],
  ],
  [
    'a base form after a singular subject is a noun',
    'headline',
    'Harbour Report Card Gives Low Marks to the Port',
    [],
  ],
  [
    'a capitalised verb after a name in body text is part of a name',
    'paragraph',
    'Officials Warned Group members left the city.',
    [],
  ],
  [
    'a sentence-case headline keeps a capitalised noun after a name',
    'headline',
    'Rally at Union Found little support among the workers who came',
    [],
  ],
];

describe('title-case headline verbs', () => {
  it.each(ROWS)('%s', (_name, kind, text, expected) => {
    expect(simplify([[kind, text]]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});

describe('isTitleCase', () => {
  it.each([
    ['Police Say Driver Was Asleep at the Wheel', true],
    ['Police say the driver was asleep', false],
    ['Fire in the Hall', false],
  ] as const)('%s → %s', (text, expected) => {
    const block = buildBlockModel(0, 'headline', text);
    const sentence = block.sentences[0];
    expect(sentence !== undefined && isTitleCase(block, sentence)).toBe(expected);
  });
});
