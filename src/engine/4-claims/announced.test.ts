import { describe, expect, it } from 'vitest';
import { classified, type ClassifiedRow as Row } from '../testing/classified';

/** Announcements made, whose noun-phrase object is the claim. */
const POSITIVE: Row[] = [
  [
    'a company announces a product',
    ['The carmaker announced a cheaper electric hatchback for the European market.'],
    [['carmaker', 'a cheaper electric hatchback for the European market.', 'speech']],
  ],
  [
    'an adverb before the verb',
    ['The city council also announced a ban on plastic bags in its markets.'],
    [['city council', 'a ban on plastic bags in its markets.', 'speech']],
  ],
  [
    'a possessive before a noun naming a plan',
    ['The mayor announced his plan to rebuild the old harbour wall.'],
    [['mayor', 'his plan to rebuild the old harbour wall.', 'speech']],
  ],
  [
    'an amount before the noun: "$2 billion"',
    ['The ministry announced a $2 billion programme to repair rural roads.'],
    [['ministry', 'a $2 billion programme to repair rural roads.', 'speech']],
  ],
  [
    'a plural the tagger reads as a verb: "plans"',
    ['The railway announced plans to close two stations in the valley.'],
    [['railway', 'plans to close two stations in the valley.', 'speech']],
  ],
  [
    'a noun in an adjective suffix: "approval"',
    ['The regulator announced approval of a cheaper test for the virus.'],
    [['regulator', 'approval of a cheaper test for the virus.', 'speech']],
  ],
];

/** Announcements not (yet) made, and personal events. */
const NEGATIVE: Array<[name: string, input: string[]]> = [
  ['a future announcement', ['The club will announce a new coach next week.']],
  ['an announcement to be made', ['The ministry is set to announce the details on Friday.']],
  ['a personal event', ['The veteran goalkeeper announced his retirement in March.']],
  ['a bare form', ['They announce winners every spring at the fair.']],
];

const ROWS: Row[] = [...POSITIVE, ...NEGATIVE.map(([name, input]): Row => [name, input, []])];

describe('announcements with a noun-phrase object', () => {
  it.each(ROWS)('%s', (_name, input, expected) => expect(classified(input)).toEqual(expected));
});
