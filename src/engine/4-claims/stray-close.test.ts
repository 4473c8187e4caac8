import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, text: string, expected: Array<[speaker: string, content: string]>];

/** A claim whose clause sits inside brackets ends where the brackets close. */
const ROWS: Row[] = [
  [
    'a parenthetical report ends at its closing parenthesis',
    'Harbor Press cut its staff last spring (the owner, Lena Ortiz, said the cuts were “temporary”) and Metro News closed two bureaus.',
    [['Lena Ortiz', 'the cuts were “temporary”']],
  ],
  [
    'a bracketed sentence whose full stop sits inside the bracket',
    'The film opens on a freeway. (Director Omar Vance says the scene hides two cuts.) It is the first of many long takes in the picture.',
    [['Omar Vance', 'the scene hides two cuts.']],
  ],
  [
    'a bracket opened and closed inside the claim stays in it',
    'Mayor Ann Lee said the bridge (built in 1961) would reopen in May.',
    [['Ann Lee', 'the bridge (built in 1961) would reopen in May.']],
  ],
  [
    'a claim with no bracket is untouched',
    'Mayor Ann Lee said the bridge would reopen in May.',
    [['Ann Lee', 'the bridge would reopen in May.']],
  ],
];

describe('a claim inside brackets', () => {
  it.each(ROWS)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
