import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, input: string[], expected: Array<[speaker: string, content: string]>];

/** Where a claim stops: the occasion of speaking, clauses inside descriptions, glued page text. */
const ROWS: Row[] = [
  [
    'a closing "during his address" is the occasion, not the claim',
    [
      'Netanyahu strongly warned against making a “bad deal” during his March 3 address to Congress.',
    ],
    [['Netanyahu', 'making a “bad deal”']],
  ],
  [
    'an event noun after "to" is a verb of the claim, not the occasion',
    ['Officials said the mayor acted on Monday in an effort to address the housing crisis.'],
    [['Officials', 'the mayor acted on Monday in an effort to address the housing crisis.']],
  ],
  [
    'an event that is part of the claim stays',
    ['Officials said the plan would be discussed at the summit.'],
    [['Officials', 'the plan would be discussed at the summit.']],
  ],
  [
    'a "since" clause after an object claim dates the act, not the claim',
    [
      'Participation has slipped for the same reasons the foundation has cited for the drop in donations since its founder sparked headlines in 2012.',
    ],
    [['foundation', 'for the drop in donations']],
  ],
  [
    'a "since" clause inside a reported clause stays with the claim',
    ['Officials said prices have doubled since the plant closed.'],
    [['Officials', 'prices have doubled since the plant closed.']],
  ],
  [
    'a belief inside a relative clause is a description',
    ['The participants moved the cursor in the direction that they thought the dots had moved.'],
    [],
  ],
  [
    'a belief after a reporting verb still counts',
    ['Officials said that they believe the attack was planned.'],
    [['Officials', 'the attack was planned.']],
  ],
  [
    'a verb glued to a link title ("saidOpens a new window") still reports',
    ['The company that provides video platforms saidOpens a new window that sales rose.'],
    [['company', 'Opens a new window that sales rose.']],
  ],
  ['a prepositional stub is no claim', ['Experts have argued over why.'], []],
  ['"told" a negative quantifier', ['Banzi told none of the other Arduino founders.'], []],
  ['"told the story of"', ['He told the story of his life to the court.'], []],
  [
    'a longer prepositional claim stays',
    ['Smith warned against making a bad deal.'],
    [['Smith', 'making a bad deal.']],
  ],
  [
    'an object claim ends before "after" and the author’s clause',
    ['Officials reported a second case on Sunday after a school outbreak was confirmed.'],
    [['Officials', 'a second case on Sunday']],
  ],
  [
    'an object claim ends before "and" with a new subject',
    ['Smith admitted to the theft and the court fined him.'],
    [['Smith', 'to the theft']],
  ],
  [
    'an object claim ends before "and" with the speaker’s next act',
    ['The maker admitted to the faulty hinge and replaced 4,000 laptops in May.'],
    [['maker', 'to the faulty hinge']],
  ],
  [
    'not a past form with no object of its own',
    ['The critic described the plan as bold and untested.'],
    [['critic', 'the plan as bold and untested.']],
  ],
  [
    'a clause claim keeps "and" with a new subject',
    ['Smith said the plan failed and the court fined him.'],
    [['Smith', 'the plan failed and the court fined him.']],
  ],
  [
    'a noun before "and" stays in a bare clause’s subject',
    ['Smith said recent concerns around policing and prisons were legitimate.'],
    [['Smith', 'recent concerns around policing and prisons were legitimate.']],
  ],
  ['a pro-form is no claim', ['Smith conceded as much on Monday.'], []],
  [
    'a closing gloss after a dash is the author’s',
    ['Smith recalled that it looked just like a wolf — a creature rarely seen in the valley.'],
    [['Smith', 'it looked just like a wolf']],
  ],
  [
    'an aside between two dashes stays',
    ['Smith said the plan — a bold one — would fail.'],
    [['Smith', 'the plan — a bold one — would fail.']],
  ],
  [
    // The tuning gold cuts a spaced-dash gloss after a complete clause, verb or not (clause-end.ts).
    'a dash gloss after a complete clause is the author’s, even with a verb of its own',
    ['Smith said the cause was a virus — a strain that is spreading fast.'],
    [['Smith', 'the cause was a virus']],
  ],
  [
    'camel-case names are not split',
    ['Apple unveiled the iPhone on Tuesday, McDonald said.'],
    [['McDonald', 'Apple unveiled the iPhone on Tuesday']],
  ],
  [
    'an author tail after a comma inside the closing quote',
    ['Critics called the tower "a monument to excess," as the city cut its library budget.'],
    [['Critics', 'the tower "a monument to excess,"']],
  ],
  [
    'a relative clause on the claim’s own subject stays',
    ['According to Ruiz, the old depot, which the city sold in 2019, is now worth twice as much.'],
    [['Ruiz', 'the old depot, which the city sold in 2019, is now worth twice as much.']],
  ],
  [
    'a relative clause after an object phrase is the author’s',
    ['The mayor praised the new ferry, which the council had opposed for years.'],
    [['mayor', 'the new ferry']],
  ],
  [
    'a clause that names the claim with "that" and a claim noun is the author’s',
    [
      'Farmers have long suspected that the river is rising, and several surveys back up that suspicion.',
    ],
    [['Farmers', 'the river is rising']],
  ],
  [
    'a clause with a demonstrative subject and its copula is the author’s',
    ['The lenders promised that fees would fall, but that’s only a start for borrowers.'],
    [['lenders', 'fees would fall']],
  ],
  [
    'a two-word stub opening with "at" is no claim',
    ['The new ferry service is promising at worst.'],
    [],
  ],
  [
    'an "at" phrase before "that" leaves the claim after it',
    ['The mayor warned at a briefing that the dam could fail.'],
    [['mayor', 'the dam could fail.']],
  ],
  [
    'an object that names an utterance holds no claim',
    ['The tenants demanded an explanation.'],
    [],
  ],
  ['an object that names a claim as such holds no claim', ['The union demanded a promise.'], []],
  [
    'an object with its own content stays',
    ['The tenants demanded a refund of the deposit.'],
    [['tenants', 'a refund of the deposit.']],
  ],
  [
    'a second clause of the speaker’s own stays',
    ['Farmers said that the river is rising, and the banks will not hold.'],
    [['Farmers', 'the river is rising, and the banks will not hold.']],
  ],
];

describe('claim boundaries', () => {
  it.each(ROWS)('%s', (_name, input, expected) => {
    expect(simplify(input).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});

/** After "tell" a question word opens what was asked or found out, not a statement. */
const TELL: Row[] = [
  ['an embedded question', ['The lab can tell whether a sample has been cut with sugar.'], []],
  ['a free relative', ['Voters told us what they wanted from the new council.'], []],
  [
    'a that-less statement still reports',
    ['Voters told us the council had ignored them for years.'],
    [['Voters', 'the council had ignored them for years.']],
  ],
  [
    'after "that", "if" opens a condition inside the claim',
    ['The engineers told the council that if the rain continues, the dam will fail.'],
    [['engineers', 'if the rain continues, the dam will fail.']],
  ],
];

describe('"tell" with a question word', () => {
  it.each(TELL)('%s', (_name, input, expected) => {
    expect(simplify(input).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});

/** A time or concession adjunct right after the verb, with no clause of its own, is no claim. */
const ADJUNCTS: Row[] = [
  [
    'a time adjunct after "pledged" is not what was pledged',
    ['The new governor pledged calm after the flood of the river.'],
    [['new governor', 'calm after the flood of the river.']],
  ],
  [
    'an adjunct alone after the verb holds no claim',
    ['The rebels pledged after the ceasefire collapsed.', 'The mayor spoke after the storm.'],
    [],
  ],
  [
    'an adjunct followed by a comma and a clause keeps the claim',
    ['The mayor said after the storm, the roads were closed for a week.'],
    [['mayor', 'after the storm, the roads were closed for a week.']],
  ],
  [
    'an adjunct then "that": the claim opens after "that"',
    ['The coach said after the match that the team had played its best game.'],
    [['coach', 'the team had played its best game.']],
  ],
];

describe('adjuncts after the reporting verb', () => {
  it.each(ADJUNCTS)('%s', (_name, input, expected) => {
    expect(simplify(input).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
