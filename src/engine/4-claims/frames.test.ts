import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';
import type { BlockKind } from '../types';

type Input = Array<string | [BlockKind, string]>;
type Row = [name: string, input: Input, expected: Array<[speaker: string, content: string]>];

/** Frames without a "speaker + reporting verb" clause: passive agents, "in X's words", "we're told". */
const POSITIVE: Row[] = [
  [
    'passive with agent after a short quoted label keeps the subject',
    [
      'The recent spate of mass strandings has been described as “heartbreaking” by the department.',
    ],
    [['department', 'The recent spate of mass strandings has been described as “heartbreaking”']],
  ],
  [
    'passive with agent before "as": the complement is the claim',
    ['Mugabe is still seen by many Africans as a liberation hero, but he is reviled elsewhere.'],
    [['many Africans', 'a liberation hero']],
  ],
  [
    'passive with agent: a long complement',
    ['The plan was branded by opposition leaders as a giveaway to the richest landowners.'],
    [['opposition leaders', 'a giveaway to the richest landowners.']],
  ],
  [
    'a judging participle with an agent and a reason',
    [
      'The speech was arranged by party leaders and criticized by the Obama administration for making relations partisan.',
    ],
    [['Obama administration', 'making relations partisan.']],
  ],
  [
    '"accused by X of Y"',
    ['The minister was accused by rivals of lying to parliament.'],
    [['rivals', 'lying to parliament.']],
  ],
  [
    "a verdict with an agent: the charge is the court's finding",
    ['Nine officers were convicted by a Lisbon court of smuggling rare birds.'],
    [['Lisbon court', 'smuggling rare birds.']],
  ],
  [
    'a passive agent that is a plural of groups',
    ['The fence has been condemned by farming groups as a threat to grazing rights.'],
    [['farming groups', 'a threat to grazing rights.']],
  ],
  [
    '"In X\'s words," opens a quotation',
    ['In Dr. Shadlen\'s words, "Could the moment be tied to the person\'s awareness?"'],
    [['Shadlen', "Could the moment be tied to the person's awareness?"]],
  ],
  [
    '"In the words of X,"',
    ['In the words of Michael Shadlen, the act of becoming aware follows the same process.'],
    [['Michael Shadlen', 'the act of becoming aware follows the same process.']],
  ],
  [
    '"We\'re told" is an unnamed source',
    ["We're told there is security footage that cops are looking at."],
    [['unnamed sources', 'there is security footage that cops are looking at.']],
  ],
  [
    '"we\'re told" opening a coordinated clause',
    ["We know they were in the office and we're told they have looked at the footage."],
    [['unnamed sources', 'they have looked at the footage.']],
  ],
  [
    '"I am told" is an unnamed source',
    ['I am told the talks broke down late on Friday.'],
    [['unnamed sources', 'the talks broke down late on Friday.']],
  ],
];

/** Look-alikes that attribute nothing. */
const NEGATIVE: Row[] = [
  [
    'passive without an agent names no source',
    ['The stranding was described as unprecedented.'],
    [],
  ],
  [
    'a "by" phrase of means is not an agent without "as"',
    ['The town was hit by floods on Tuesday.'],
    [],
  ],
  ['a judging participle with no reason given', ['He was criticized by the Guardian.'], []],
  ['a passive of means, not of judging', ['The town was struck by floods for weeks.'], []],
  ['a verdict with no charge after its agent', ['Two men were convicted by a jury last year.'], []],
  ['a verdict with no agent names no source', ['Two men were convicted of theft in 2010.'], []],
  ['"in other words" is the author', ['In other words, the study shows nothing new yet.'], []],
  ['"we told" is the reporter speaking', ['We told our readers about this last week.'], []],
  [
    '"we\'re told" deep inside a clause is not sourcing',
    ["The footage shows what we're told in the film about the case."],
    [],
  ],
];

describe('attribution frames', () => {
  it.each(POSITIVE)('%s', (_name, input, expected) => {
    expect(simplify(input).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
  it.each(NEGATIVE)('no record: %s', (_name, input, expected) => {
    expect(simplify(input).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
