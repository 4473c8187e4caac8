import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, input: string, expected: Array<[speaker: string, content: string]>];

/** Noun cues owned by their speaker: positions, proposals, claims past a phrase or a copula. */
const POSITIVE: Row[] = [
  [
    'a position linked to its clause by "is"',
    'The council’s position on parking is that the square must stay open.',
    [['council', 'the square must stay open.']],
  ],
  [
    'a message linked by "seemed to be"',
    'The mayor’s message seemed to be that the budget is safe now.',
    [['mayor', 'the budget is safe now.']],
  ],
  [
    'a claim with a phrase before its "that"',
    'The coach’s claim in the same radio interview that the two men were strangers drew laughs.',
    [['coach', 'the two men were strangers']],
  ],
  [
    'a hyphenated participle between possessor and noun',
    'Critics recalled the senator’s often-repeated vow that the mine would never close.',
    [['senator', 'the mine would never close.']],
  ],
  [
    'a plural possessive owns the noun',
    'The farmers’ complaint that the new rules will ruin them is spreading.',
    [['farmers', 'the new rules will ruin them']],
  ],
  [
    'a proposal whose clause ends before the sentence’s own verb',
    'The union’s proposal that both sides meet in the old town hall was turned down.',
    [['union', 'both sides meet in the old town hall']],
  ],
  [
    'an announcement as subject: its predicate is the author’s',
    'Norway’s announcement that it will fund the bridge is raising questions in Sweden.',
    [['Norway', 'it will fund the bridge']],
  ],
  [
    '"their" owned by the plural subject of its sentence, not the person named before',
    'Anna Berg met the farmers. The farmers did not raise their demand that the tax on fuel be cut.',
    [['farmers', 'the tax on fuel be cut.']],
  ],
];

const NEGATIVE: Row[] = [
  ['a position with no clause', 'The council’s position on parking was unclear.', []],
  ['a claim nobody owns', 'The claim was rejected by the judge in March.', []],
  [
    'the noun as the subject of a verb of its own before "that"',
    'The club’s proposal raised hopes that the stadium would be rebuilt.',
    [],
  ],
  [
    'a "that" after a verb of its own is no clause of the noun',
    'The court’s ruling yesterday does not change that brand’s price.',
    [],
  ],
];

describe('owned noun cues', () => {
  it.each(POSITIVE)('%s', (_name, input, expected) => {
    expect(simplify([input]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
  it.each(NEGATIVE)('no record: %s', (_name, input, expected) => {
    expect(simplify([input]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
