import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, input: string[], expected: Array<[speaker: string, content: string]>];

/** A bare verb (an imperative, or a verb with its object) names no source. */
const ROWS: Row[] = [
  [
    'a gerund with its object',
    ['The board should now focus on implementing some promises it has already made.'],
    [],
  ],
  [
    'a gerund with its object before a relative clause',
    ['The plan keeps costs low, avoiding the waste some auditors fear.'],
    [],
  ],
  [
    'an -ing adjective before its noun still opens a source',
    ['Existing research into sleep shows that naps help memory.'],
    [['Existing research into sleep', 'naps help memory.']],
  ],
  ['an imperative alone', ['Start small and recognize that nobody is watching yet.'], []],
  ['a verb with its object', ['Check the old ledgers and note that the totals are wrong.'], []],
  [
    'a document word with its object is a verb too',
    ['Review the old ledgers and note that the totals are wrong.'],
    [],
  ],
  [
    'a document word alone is a noun the tagger reads as a verb',
    ['Harbour fees will double by spring, study finds.'],
    [['study', 'Harbour fees will double by spring']],
  ],
  [
    'a participle before a noun is a modifier of the source',
    ['Leading economists say the rate will rise in spring.'],
    [['Leading economists', 'the rate will rise in spring.']],
  ],
  [
    'a noun the tagger reads as a verb, before a name',
    ['Rain is rare at the equator, said study co-author Ann Lee.'],
    [['Ann Lee', 'Rain is rare at the equator']],
  ],
  [
    'a lone preposition opening the sentence is no source',
    ['Of the three, only Lee will attend, but expect her rival to steal the show.'],
    [],
  ],
  [
    'a free relative "whoever" names nobody in particular',
    ['Whoever ordered that parcel from the shop got some good soap.'],
    [],
  ],
  [
    'a source after an opening prepositional phrase still speaks',
    ['Of the three finalists, the judges expect Lee to win the title.'],
    [['judges', 'Lee to win the title.']],
  ],
];

describe('speaker phrases that open with a verb', () => {
  it.each(ROWS)('%s', (_name, input, expected) => {
    expect(simplify(input).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});

/** A subordinator opens an aside, not a source's name. */
const ASIDES: Row[] = [
  [
    'an "albeit" aside before a participle',
    ['This is the best — albeit widely expected — result the team has had all season.'],
    [],
  ],
  [
    'an "albeit" aside inside a claim stays in it',
    ['Coaches say the new rule, albeit unpopular, has made the game safer.'],
    [['Coaches', 'the new rule, albeit unpopular, has made the game safer.']],
  ],
];

describe('asides opened by a subordinator', () => {
  it.each(ASIDES)('%s', (_name, input, expected) => {
    expect(simplify(input).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
