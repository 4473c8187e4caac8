import { describe, expect, it } from 'vitest';
import { buildBlockModel } from '../1-text/model';
import { bareComplementAt, isCommaLike } from './extent';
import { simplify } from '../testing/simplify';

/** isCommaLike at the last token before `before` in `text`. */
function commaLikeBefore(text: string, before: string): boolean {
  const block = buildBlockModel(0, 'paragraph', text);
  const at = block.tokens.findIndex((t) => t.text === before);
  return isCommaLike(block, at - 1);
}

describe('isCommaLike', () => {
  it.each([
    ['a comma', 'We waited, Weller said.'],
    ['a closing quote after a comma', '“We waited,” Weller said.'],
    ['a closing quote after a question mark', '“Why wait?” Weller said.'],
    ['a nested quote closing with the outer one', '“They told me, ‘Wait,’” Weller said.'],
    ['a dash', 'We waited — Weller said.'],
    ['a closing quote after dots typed one by one', '“We waited and waited ...” Weller said.'],
  ])('comma-like: %s', (_name, text) => expect(commaLikeBefore(text, 'Weller')).toBe(true));

  it.each([
    ['a closing quote after a period', '“We waited.” Weller said so.'],
    ['a nested quote closing after a period', '“They told me, ‘Wait.’” Weller said so.'],
    ['a plain word', 'We waited Weller said.'],
  ])('not comma-like: %s', (_name, text) => expect(commaLikeBefore(text, 'Weller')).toBe(false));
});

type Row = [name: string, text: string, expected: Array<[speaker: string, content: string]>];

/** An object pronoun right after the verb is its addressee when a clause follows it. */
const ADDRESSEES: Row[] = [
  [
    'a pronoun, then a contracted subject',
    'Coach Mira Vance thanked the squad but warned them they’ll face a long season.',
    [['Mira Vance', 'they’ll face a long season.']],
  ],
  [
    'a pronoun, then "that"',
    'Governor Hal Brenner assured us that the bridge would reopen in May.',
    [['Hal Brenner', 'the bridge would reopen in May.']],
  ],
  [
    'a generic "you" after "tell"',
    'Any farmer in the valley will tell you the rain is late this year.',
    [['Any farmer in the valley', 'the rain is late this year.']],
  ],
  [
    '"her" as the addressee before a pronoun subject',
    'Pilot Ann Ruiz told her they would close the runway.',
    [['Ann Ruiz', 'they would close the runway.']],
  ],
  ['a pronoun, then a plain object: no clause', 'Pilot Ann Ruiz showed them the new runway.', []],
  [
    'a manner adverb and a day before "that"',
    'Mayor Lena Ortiz stated unequivocally Thursday that she would run again.',
    [['Lena Ortiz', 'she would run again.']],
  ],
  [
    'a manner adverb and "on" a day before "that"',
    'Mayor Lena Ortiz said firmly on Monday that the bridge would reopen.',
    [['Lena Ortiz', 'the bridge would reopen.']],
  ],
  [
    'not: an adverb inside the claim',
    'Mayor Lena Ortiz said the bridge would probably reopen.',
    [['Lena Ortiz', 'the bridge would probably reopen.']],
  ],
];

/** A capitalised venue that ends the sentence belongs to a trailing attribution clause. */
const VENUES: Row[] = [
  [
    'a journal after a trailing clause-taking verb',
    'The glue holds under water, Ada Pell and her colleagues report today in Science.',
    [['Ada Pell and her colleagues', 'The glue holds under water']],
  ],
  [
    'a journal named after its common noun',
    'The glue holds under water, the team reports in the journal Nature.',
    [['team', 'The glue holds under water']],
  ],
  [
    'a place that is no venue: the clause goes on after it',
    'The glue holds, the team reports in Oslo to a crowd of chemists.',
    [],
  ],
];

describe('venues and addressees inside the attribution clause', () => {
  it.each([...VENUES, ...ADDRESSEES])('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});

/** bareComplementAt right after `after` in `text`. */
function bareAfter(text: string, after: string): boolean {
  const block = buildBlockModel(0, 'paragraph', text);
  const at = block.tokens.findIndex((t) => t.text === after);
  return bareComplementAt(block, at + 1, block.tokens.length);
}

describe('bareComplementAt', () => {
  it.each([
    ['a pronoun and its verb', 'She said they will close the mill.'],
    ['a noun phrase and its verb', 'She said the council had approved the plan.'],
  ])('a clause: %s', (_name, text) => expect(bareAfter(text, 'said')).toBe(true));

  it.each([
    ['a preposition', 'She pointed to a report that says otherwise.', 'pointed'],
    ['an object with a relative clause', 'She cited a report that says otherwise.', 'cited'],
    ['a quotation', 'She said “they will close the mill.”', 'said'],
  ])('no clause: %s', (_name, text, verb) => expect(bareAfter(text, verb)).toBe(false));
});

/** A clause right after the verb is its claim; the lead before the speaker is the author's. */
describe('a lead before "X said <clause>"', () => {
  it.each([
    [
      'Lena sold her old car last spring, but this time, Ms Berg said she will keep the bike.',
      'she will keep the bike.',
    ],
    [
      'Still, pressing for a quick vote, Mr Okafor said the council had approved the plan.',
      'the council had approved the plan.',
    ],
  ])('%s', (text, content) => {
    expect(simplify([text]).map((r) => r.content)).toEqual([content]);
  });
  it('a lead with no clause after the verb stays the claim', () => {
    const got = simplify(['The mill will close next year, Mr Okafor said.']).map((r) => r.content);
    expect(got).toEqual(['The mill will close next year']);
  });
  it('a quoted lead stays the claim', () => {
    const got = simplify(['“We are ready,” Mr Okafor said.']).map((r) => r.content);
    expect(got).toEqual(['We are ready,']);
  });
});

/** Time phrases between the verb and its claim: "this week" and "back in May" are no claim. */
describe('time phrases after the verb', () => {
  it.each([
    [
      'Coach Ida Brandt explained this week she closed practice to the press.',
      [['Ida Brandt', 'she closed practice to the press.']],
    ],
    [
      'The Ledger noted back in May that the bridge had been closed twice.',
      [['Ledger', 'the bridge had been closed twice.']],
    ],
    // "this" before a clause is the claim's own subject, not a time.
    [
      'Coach Ida Brandt said this was her last season.',
      [['Ida Brandt', 'this was her last season.']],
    ],
  ])('%s', (text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
