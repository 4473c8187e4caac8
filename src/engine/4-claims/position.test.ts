import { describe, expect, it } from 'vitest';
import { classified, type ClassifiedRow as Row } from '../testing/classified';

/** Verbs of belief or taking a side, raising a worry and pointing to evidence, with a phrase as the claim. */
const POSITIVE: Row[] = [
  [
    'a gerund feared',
    ['Many nurses fear losing their jobs to the merger.'],
    [['Many nurses', 'losing their jobs to the merger.', 'belief']],
  ],
  [
    'a decision welcomed',
    ['The mayor welcomed the ruling on the harbour.'],
    [['mayor', 'the ruling on the harbour.', 'belief']],
  ],
  [
    'a feared outcome',
    ['Many shopkeepers fear a collapse of trade in the old town.'],
    [['Many shopkeepers', 'a collapse of trade in the old town.', 'belief']],
  ],
  [
    'a suspected cause',
    ['Engineer Lena Ortiz suspects a crack in the main pipe.'],
    [['Lena Ortiz', 'a crack in the main pipe.', 'belief']],
  ],
  [
    'concerns raised with a that-clause',
    ['The committee raised concerns that the bridge was built too fast.'],
    [['committee', 'the bridge was built too fast.', 'speech']],
  ],
  [
    'concerns raised about a topic',
    ['The regulator raised concerns about the bank’s lending to builders.'],
    [['regulator', 'about the bank’s lending to builders.', 'speech']],
  ],
  [
    'concern voiced over a topic',
    ['The league voiced concern over the referee’s suspension.'],
    [['league', 'over the referee’s suspension.', 'speech']],
  ],
  [
    'evidence pointed to',
    ['Chief executive Dana Moss pointed to rising sales in Brazil as a sign of recovery.'],
    [['Dana Moss', 'rising sales in Brazil as a sign of recovery.', 'speech']],
  ],
];

/** Ordinary uses of the same verbs: a person feared or welcomed, a gesture, a question raised. */
const NEGATIVE: Array<[name: string, input: string[]]> = [
  ['a person welcomed', ['Hundreds of fans welcomed the team home on Sunday.']],
  ['a guest welcomed', ['The hotel welcomed its first guests in May.']],
  ['a named rival feared', ['The champion feared Garcia in the final.']],
  ['an adjectival participle', ['The boy took suspected diet pills bought online.']],
  ['a feared pronoun', ['The children fear him.']],
  ['a gesture with speech', ['“This is the old mill,” she says, pointing to a ruin by the river.']],
  ['an event raising a worry', ['The blast raised concerns that the plant was unsafe.']],
  [
    'a second infinitive inside a claim',
    ['Both leaders will try to calm the rift and point to areas of trade.'],
  ],
  ['questions raised', ['The delay raised questions about the budget.']],
  ['funds raised', ['The club raised funds for a new roof.']],
  ['a part voiced', ['The actor voiced the part of the king in the film.']],
];

describe('position, worry and evidence objects', () => {
  it.each(POSITIVE)('%s', (_name, input, expected) => {
    expect(classified(input)).toEqual(expected);
  });
});

describe('no record', () => {
  it.each(NEGATIVE)('%s', (_name, input) => {
    expect(classified(input)).toEqual([]);
  });
});
