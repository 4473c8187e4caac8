import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, text: string, expected: Array<[speaker: string, content: string]>];

/** Judgement passives in a relative clause or fronted: the judgement is the claim. */
const ROWS: Row[] = [
  [
    'a relative "has been described as"',
    'The dig lies in a valley, which has been described as a treasure chest for fossil hunters.',
    [['unnamed source', 'a treasure chest for fossil hunters.']],
  ],
  [
    'a relative "has been called" keeps its reason',
    'Comet Vell, which has been called a likely "comet of the decade" because of its size, will pass in May.',
    [['unnamed source', 'a likely "comet of the decade" because of its size']],
  ],
  [
    'a "by" agent holds the judgement',
    'Ivo Marr, who was considered a flight risk by the police, was held on a Turin street.',
    [['police', 'a flight risk']],
  ],
  [
    'a verbless tail qualifies the judgement',
    'The calves lost 8 percent of their weight, which is considered a steep loss, but not a fatal one.',
    [['unnamed source', 'a steep loss, but not a fatal one.']],
  ],
  [
    'a fronted judgement before its subject',
    'Long considered one of the great snubs of the league, the club was finally admitted last month.',
    [['unnamed source', 'one of the great snubs of the league']],
  ],
  [
    '"which is called" gives a name, not a judgement',
    'The valley is part of a plain which is called Marrow Flats by the farmers there.',
    [],
  ],
  [
    'a two-word judgement is a description',
    'The gunman, who was considered mentally unstable, took hostages.',
    [],
  ],
  [
    'a fronted participle with no comma is no judgement',
    'Considered for the post were three local lawyers.',
    [],
  ],
];

describe('judgement passives', () => {
  it.each(ROWS)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
