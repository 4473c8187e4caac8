import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';
import type { BlockKind } from '../types';

const pairs = (sentence: string) => simplify([sentence]).map((r) => [r.speaker, r.content]);

/** Claims passed on with no source named: the hedge is the attribution. */
describe('agentless claims', () => {
  it.each([
    [
      'a hedging adverb between subject and verb',
      'The retailer reportedly cut more than 200 jobs last month.',
      [['reports', 'The retailer reportedly cut more than 200 jobs last month.']],
    ],
    [
      'a passive hedge',
      'The new owner is said to be a former investment banker.',
      [['unnamed source', 'The new owner is said to be a former investment banker.']],
    ],
    [
      'the hedged subject is not the speaker',
      'The company is said to be considering a sale.',
      [['unnamed source', 'The company is said to be considering a sale.']],
    ],
    [
      'a rumour',
      'The studio is rumored to be working on a sequel for next year.',
      [['rumors', 'The studio is rumored to be working on a sequel for next year.']],
    ],
    [
      'an impersonal passive over a clause',
      'It is understood that the talks stalled over the price of the land.',
      [['unnamed source', 'the talks stalled over the price of the land.']],
    ],
    [
      'inside a relative clause only the predicate is hedged (agentless-predicate)',
      'The fine was paid by the trader who reportedly fled the country.',
      [['reports', 'fled the country.']],
    ],
    [
      'a judgement with its holders left out',
      'The old pier is considered one of the finest on the coast.',
      [['unnamed source', 'The old pier is considered one of the finest on the coast.']],
    ],
    [
      'an adverb inside the passive, and "considered to be"',
      'The two coaches were widely considered to be rivals for the national job.',
      [
        [
          'unnamed source',
          'The two coaches were widely considered to be rivals for the national job.',
        ],
      ],
    ],
    [
      'a forecast with its makers left out',
      'The next eclipse is predicted to occur some time in 2031.',
      [['unnamed source', 'The next eclipse is predicted to occur some time in 2031.']],
    ],
    [
      'an expectation with its holders left out',
      'The new bridge is expected to open in the spring.',
      [['unnamed source', 'The new bridge is expected to open in the spring.']],
    ],
    [
      'a projection with its makers left out',
      'Farm output is projected to fall 3 percent next year.',
      [['unnamed source', 'Farm output is projected to fall 3 percent next year.']],
    ],
    [
      'a forecast with its makers left out',
      'The river is forecast to crest on Sunday.',
      [['unnamed source', 'The river is forecast to crest on Sunday.']],
    ],
    ['a projected figure as a noun modifier is no claim', 'The projected cost rose again.', []],
    [
      'a reckoning',
      'The crowd in the square is estimated at around 40,000.',
      [['unnamed source', 'The crowd in the square is estimated at around 40,000.']],
    ],
    [
      'a judgement "as"; its subject does not speak',
      'The painter is widely regarded as the finest artist of her generation.',
      [
        [
          'unnamed source',
          'The painter is widely regarded as the finest artist of her generation.',
        ],
      ],
    ],
    [
      '"has been called" with a predicate',
      'The new asteroid has been called a potential threat to satellites in orbit.',
      [
        [
          'unnamed source',
          'The new asteroid has been called a potential threat to satellites in orbit.',
        ],
      ],
    ],
    [
      'an impersonal passive with a phrase before its "that"',
      'It was announced on Monday that the museum will close for renovation in May.',
      [['unnamed source', 'the museum will close for renovation in May.']],
    ],
    [
      'only the hedged clause after ", but"',
      'The price was not disclosed, but the tower is now considered the costliest in town.',
      [['unnamed source', 'the tower is now considered the costliest in town.']],
    ],
    [
      'a named source keeps the claim',
      'The retailer reportedly cut 200 jobs, the Daily Ledger said.',
      [['Daily Ledger', 'The retailer reportedly cut 200 jobs']],
    ],
    [
      'a passive inside a subordinate clause holds that clause',
      'Crews reinforced the dykes in the valley, where the river was expected to crest on Sunday.',
      [['unnamed source', 'the river was expected to crest on Sunday.']],
    ],
    [
      'a subordinate clause set off by commas ends at its comma',
      'At the meeting, at which the members are expected to approve the budget, two seats are empty.',
      [['unnamed source', 'the members are expected to approve the budget']],
    ],
    [
      'after a fronted clause closed by a comma, the main clause',
      'After a record harvest last year, the cooperative is expected to raise its prices.',
      [['unnamed source', 'the cooperative is expected to raise its prices.']],
    ],
  ])('%s', (_name, sentence, expected) => {
    expect(pairs(sentence)).toEqual(expected);
  });

  it.each([
    ['irony of the author', 'He ignored the advice of his supposedly brilliant advisers on trade.'],
    ['a participle on a figure', 'The bid fell short of the $20 reportedly demanded by the owner.'],
    ['too short to be a claim', 'It reportedly works.'],
    ['a one-word label', 'The long delay at the border was described as unprecedented.'],
    ['a name the author gives', 'The small fishing village is called Porthmoor by locals.'],
    ['a name, not a judgement', 'The stretch of shore is known as the Silver Mile.'],
    ['called to a place', 'The deputy has been called to the palace for a meeting.'],
    [
      'a relative clause with a verb of its own',
      'The river that flooded the town last spring was expected.',
    ],
    ['a relative right before the passive', 'She found the old key, which was believed lost.'],
    [
      "the standard of the author's comparison",
      'The flood rose much higher than what is predicted to happen in a wet year.',
    ],
    [
      'considered for a post, not a judgement',
      'The deputy was considered for the post of director.',
    ],
  ])('%s', (_name, sentence) => {
    expect(pairs(sentence)).toEqual([]);
  });
});

/** A summary line's "is reportedly": the auxiliary before the hedge, in display blocks only. */
describe('agentless claims in summary lines', () => {
  it.each([
    [
      'a standfirst: subject, auxiliary, hedge, verb',
      [['standfirst', 'The harbour board is reportedly being audited by the state.']],
      [['reports', 'The harbour board is reportedly being audited by the state.']],
    ],
    [
      'a body paragraph too (measured on the tuning set: "was allegedly working")',
      [['paragraph', 'The harbour board is reportedly being audited by the state.']],
      [['reports', 'The harbour board is reportedly being audited by the state.']],
    ],
    [
      'an auxiliary with no subject before it',
      [['standfirst', 'Is reportedly being audited by the state, the board said nothing.']],
      [],
    ],
  ] as Array<[string, Array<[BlockKind, string]>, string[][]]>)('%s', (_name, input, expected) => {
    expect(simplify(input).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
