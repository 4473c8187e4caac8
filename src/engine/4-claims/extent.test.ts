import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';
import { buildBlockModel } from '../1-text/model';
import { isCommaLike } from './extent';

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
  ['a pronoun, then a plain object: no clause', 'Pilot Ann Ruiz showed them the new runway.', []],
];

/** A capitalised venue that ends the sentence belongs to a trailing attribution clause. */
const VENUES: Row[] = [
  [
    'a journal after a trailing clause-taking verb',
    'The glue holds under water, Ada Pell and her colleagues report today in Science.',
    [['Ada Pell', 'The glue holds under water']],
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
