import { describe, expect, it } from 'vitest';
import { classified, type ClassifiedRow as Row } from '../testing/classified';

/** Research results with a plain object, reduced evidence verbs, and groups holding a view. */
const POSITIVE: Row[] = [
  [
    'researchers identify a thing',
    ['Biologists have identified a protein that helps frogs survive the winter.'],
    [['Biologists', 'a protein that helps frogs survive the winter.', 'finding']],
  ],
  [
    'a team discovers a thing',
    ['A team of astronomers has discovered a ring of dust around a nearby star.'],
    [['A team of astronomers', 'a ring of dust around a nearby star.', 'finding']],
  ],
  [
    'a paper identifies a thing',
    ['One paper identified three mutations that would let the virus spread.'],
    [['One paper', 'three mutations that would let the virus spread.', 'finding']],
  ],
  [
    'an object keeps an adverb set off by commas',
    ['The geologists found one layer, though, that holds far more iron.'],
    [['geologists', 'one layer, though, that holds far more iron.', 'finding']],
  ],
  [
    'a year inside what was found does not date the finding',
    ['Biologists found the virus in seal colonies dating back to 1962.'],
    [['Biologists', 'the virus in seal colonies dating back to 1962.', 'finding']],
  ],
  [
    'an inquiry determines a clause',
    ['The inspectors determined that the valve had been left open.'],
    [['inspectors', 'the valve had been left open.', 'finding']],
  ],
  [
    'studies suggesting a clause',
    ['The result fits earlier studies suggesting that bees can count.'],
    [['studies', 'bees can count.', 'finding']],
  ],
  [
    'evidence suggesting a clause ends at the comma',
    ['Despite evidence suggesting that sugar harms the heart, sales kept rising.'],
    [['evidence', 'sugar harms the heart', 'finding']],
  ],
  [
    'a study showing a noun phrase',
    ['The maker released its own study showing no rise in injuries.'],
    [['its own study', 'no rise in injuries.', 'finding']],
  ],
  [
    'theories suggesting a bare clause',
    ['Rumours spread online, with theories suggesting the pilot had been poisoned.'],
    [['theories', 'the pilot had been poisoned.', 'finding']],
  ],
  [
    'a lone quantifier fears',
    ['Some fear the new bridge will never open.'],
    [['Some', 'the new bridge will never open.', 'belief']],
  ],
  [
    'a lone quantifier feels, inside reported speech',
    ['The coach said many feel the league has grown too slow.'],
    [
      ['coach', 'many feel the league has grown too slow.', 'speech'],
      ['many', 'the league has grown too slow.', 'belief'],
    ],
  ],
  [
    'a belief after "used to"',
    ['Doctors used to believe that ulcers were caused by stress.'],
    [['Doctors', 'ulcers were caused by stress.', 'belief']],
  ],
  [
    'a belief after "are beginning to"',
    ['Fans are beginning to feel the club has lost its way.'],
    [['Fans', 'the club has lost its way.', 'belief']],
  ],
];

/** Acts, history and depictions that report nothing. */
const NEGATIVE: Array<[name: string, input: string[]]> = [
  ['police find a thing', ['Police found a knife in the garden.']],
  ['a historic first discovery', ['Chemists first discovered the element in the late 1800s.']],
  ['a dated discovery', ['In 1932, a team of physicists discovered the neutron.']],
  ['a discovery dated after its object', ['A team of physicists discovered the neutron in 1932.']],
  ['a discovery dated by a decade', ['Chemists found the element in the early 1890s.']],
  ['researchers unveil a thing', ['Researchers unveiled a new robot on Monday.']],
  ['a video showing a scene', ['A video showing the moment the bridge fell was shared widely.']],
  ['a person showing signs', ['A man showing signs of fatigue was taken to hospital.']],
  ['a quantifier as an object', ['The storm caused some fear among the villagers.']],
  ['"used to think about" a topic', ['She used to think about the sea every night.']],
  ['determined to act', ['The villagers were determined to rebuild the school.']],
  ['determine whether', ['Engineers will test the bridge to determine whether it is safe.']],
  ['an infinitive of purpose', ['He came home to find the door open.']],
];

const ROWS: Row[] = [...POSITIVE, ...NEGATIVE.map(([name, input]): Row => [name, input, []])];

describe('research results, reduced evidence verbs and groups holding a view', () => {
  it.each(ROWS)('%s', (_name, input, expected) => expect(classified(input)).toEqual(expected));
});
