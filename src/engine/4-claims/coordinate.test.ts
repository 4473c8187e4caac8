import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, text: string, contents: string[]];

/** A cue verb after "and"/"but": the speaker's second act, or a predicate inside the claim. */
const ROWS: Row[] = [
  [
    'a clause-only verb before a preposition is a predicate of the claim',
    'The mayor said the ruling had sowed distrust and called into question the council\u2019s independence.',
    ['the ruling had sowed distrust and called into question the council\u2019s independence.'],
  ],
  [
    'a clause-only verb before "to" is a predicate of the claim',
    'The coach quit, saying he can no longer lead the squad but will continue to advise the club.',
    ['he can no longer lead the squad but will continue to advise the club.'],
  ],
  [
    'a present auxiliary after a past report belongs to the claim',
    'Nadia Ferro said the rules cover drivers who are over seventy and are considering a new licence.',
    ['the rules cover drivers who are over seventy and are considering a new licence.'],
  ],
  [
    'a clause-only verb with a that-clause is the speaker\u2019s next act',
    'Nadia Ferro said the bridge was safe and added that repairs would start soon.',
    ['the bridge was safe', 'repairs would start soon.'],
  ],
  [
    'a clause-only verb with an adjunct and a that-clause is the speaker\u2019s next act',
    'Nadia Ferro said the bridge was safe and added in a statement that repairs would start soon.',
    ['the bridge was safe', 'repairs would start soon.'],
  ],
  [
    'a past report after a past report is the speaker\u2019s next act',
    'Nadia Ferro said the bridge was safe and warned the tunnel would close in May.',
    ['the bridge was safe', 'the tunnel would close in May.'],
  ],
];

describe('a cue verb after "and"', () => {
  it.each(ROWS)('%s', (_name, text, contents) => {
    expect(simplify([text]).map((r) => r.content)).toEqual(contents);
  });
});
