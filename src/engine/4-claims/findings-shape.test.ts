import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, text: string, expected: Array<[speaker: string, content: string]>];

/**
 * Findings whose subject agrees with a plural verb without a final "s", or whose claim is a
 * how-clause after a finding verb.
 */
const ROWS: Row[] = [
  [
    'an irregular plural agrees with a plural verb',
    'Small sharp teeth indicate it ate beetles.',
    [['Small sharp teeth', 'it ate beetles.']],
  ],
  [
    'people named by an irregular plural',
    'Many women say the park is unsafe at night.',
    [['Many women', 'the park is unsafe at night.']],
  ],
  [
    'a plural head before "of" agrees, not the noun after it',
    'Particular features of the skull suggest it could see in the dark.',
    [['Particular features of the skull', 'it could see in the dark.']],
  ],
  [
    'a quantity before "of" still leaves agreement to the noun after it',
    'A number of analysts expect the bank will raise rates.',
    [['A number of analysts', 'the bank will raise rates.']],
  ],
  [
    'a finding verb takes a how-clause',
    'Satellite images have revealed how the glacier was pushed back by warm currents.',
    [['Satellite images', 'how the glacier was pushed back by warm currents.']],
  ],
  [
    'a study shows how',
    'A Danish study shows how high rents could push families out of the city.',
    [['Danish study', 'how high rents could push families out of the city.']],
  ],
  [
    'a bare participle "showing how" is the author’s gloss',
    'The deal is a tangled one, showing how different structures can treat shareholders.',
    [],
  ],
  ['a singular head before "of" does not agree', 'The color of the walls suggest calm.', []],
  ['a singular irregular noun does not agree', 'The child indicate a fever.', []],
];

describe('finding shapes', () => {
  it.each(ROWS)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
