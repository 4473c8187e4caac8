import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, input: string, expected: Array<[speaker: string, content: string]>];

/** Cue words that their neighbours show to be nouns: no record from them. */
const NOUNS: Row[] = [
  [
    'a role noun titling the name after it',
    'Housing advocate Ann Roe, meanwhile, said the rents were too high.',
    [['Ann Roe', 'the rents were too high.']],
  ],
  ['after a number word', 'The virus spread to people in nine states over the winter.', []],
  ['after digits', 'The fund received 120 reports during the quarter.', []],
  ['a collective noun before a bare noun-verb', 'The team report card arrived late in spring.', []],
  [
    'a bare form heading a phrase after "a"',
    'Analysts on a conference call that the plan would work were few.',
    [],
  ],
  ['object of a past verb', 'The retailer beat estimates as sales climbed in spring.', []],
  ['after a preposition', 'Welders are in demand across the valley this year.', []],
  ['an -s form after a preposition', 'Despite warnings about the bridge, traffic grew.', []],
  [
    'an -s form heading a phrase after a preposition and a modifier, before a comma',
    'While the city balked at dockworker demands, the port kept running.',
    [],
  ],
  [
    'subject of a past verb, which is the cue',
    'Partner states agreed Friday that the treaty would be renewed.',
    [['Partner states', 'the treaty would be renewed.']],
  ],
  [
    'after an opening adjective, the subject of a past verb',
    'Previous estimates suggested that the mill would close by spring.',
    [['Previous estimates', 'the mill would close by spring.']],
  ],
  [
    'after a determiner, the subject of a participle',
    'Turnout was low, with several reports showing fewer than 900 voters came.',
    [['several reports', 'fewer than 900 voters came.']],
  ],
  [
    'a plural noun before its bare verb',
    'Rail safety advocates point to three crashes as evidence of the risk.',
    [['Rail safety advocates', 'three crashes as evidence of the risk.']],
  ],
  [
    'a plural noun before "warn that"',
    'Consumer advocates warn that the fee will rise.',
    [['Consumer advocates', 'the fee will rise.']],
  ],
  [
    'not: an -s verb before a noun object with "of"',
    'The agency advocates use of seat belts on buses.',
    [['agency', 'use of seat belts on buses.']],
  ],
  ['"state" modifying a noun', 'The state health agency and the city are still testing.', []],
  ['"state" inside a name', 'Funds were taken from the Norland state timber company.', []],
  ['"state of"', 'The present state of the bridge worries engineers.', []],
];

/** The same words as verbs still report. */
const VERBS: Row[] = [
  [
    'an -s form after a prepositional phrase, before a comma and a quotation',
    'The post from the harbour office reads, “Ferries resume on Monday.”',
    [['harbour office', 'Ferries resume on Monday.']],
  ],
  [
    'an -s form after a prepositional phrase, before an aside and its "that", stays a verb',
    'The head of toll operations warns, however, that fares will rise.',
    [['head of toll operations', 'fares will rise.']],
  ],
  [
    'a role-like verb before its object stays a verb',
    'Tenants advocate tougher rules, saying the rents are too high.',
    [
      ['Tenants', 'tougher rules'],
      ['Tenants', 'the rents are too high.'],
    ],
  ],
  [
    '"states that"',
    'The report states that the bridge is safe.',
    [['report', 'the bridge is safe.']],
  ],
  [
    '"state:" before a quote',
    'Residents state: "We were never asked."',
    [['Residents', 'We were never asked.']],
  ],
  [
    'a bare verb after a prepositional phrase',
    'The bosses of the unions demand that wages rise by May.',
    [['bosses of the unions', 'wages rise by May.']],
  ],
  [
    'an inverted -s verb before a participle-led title',
    'Prices will rise again, says licensed broker Dana Whitfield.',
    [['Dana Whitfield', 'Prices will rise again']],
  ],
  [
    'an -s verb after a name',
    'The ministry states that the border will stay closed.',
    [['ministry', 'the border will stay closed.']],
  ],
  [
    'a bare verb after a collective noun (British agreement)',
    'The team say their work, published in a journal, shows the glue holds.',
    [['team', 'their work, published in a journal, shows the glue holds.']],
  ],
  [
    'a bare verb after a plural subject',
    'Local farmers say the drought has ruined the harvest.',
    [['Local farmers', 'the drought has ruined the harvest.']],
  ],
];

/** "accuse" reports only with its object and the charge. */
const ACCUSE: Row[] = [
  [
    'a passive participle before "of"',
    'A clerk accused of forging ballots appeared in court today.',
    [],
  ],
  [
    'an adjective before a name',
    'Accused smuggler Lena Brandt was released on bail on Monday.',
    [],
  ],
  [
    'object and charge report a claim',
    'The union accused the owners of hiding the accounts from auditors.',
    [['union', 'the owners of hiding the accounts from auditors.']],
  ],
];

describe('reporting-verb words used as nouns', () => {
  it.each(NOUNS)('%s', (_name, input, expected) => {
    expect(simplify([input]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
  it.each(VERBS)('%s', (_name, input, expected) => {
    expect(simplify([input]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
  it.each(ACCUSE)('accuse: %s', (_name, input, expected) => {
    expect(simplify([input]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
