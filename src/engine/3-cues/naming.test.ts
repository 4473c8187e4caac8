import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, text: string, expected: Array<[speaker: string, content: string]>];

/** A naming verb reports only an object with a quoted label; otherwise it names or likens. */
const ROWS: Row[] = [
  [
    'dubbed with a quoted label',
    'Ellen Marsh dubbed the new ring road "a rolling disaster."',
    [['Ellen Marsh', 'the new ring road "a rolling disaster."']],
  ],
  [
    'branded, the adjunct after the label left out',
    'Council leader Tom Rees branded the festival a "fiasco" after the rain.',
    [['Tom Rees', 'the festival a "fiasco"']],
  ],
  [
    'termed after an auxiliary',
    'The union has termed the layoffs "a betrayal of trust."',
    [['union', 'the layoffs "a betrayal of trust."']],
  ],
  [
    'compared ... to a quoted label',
    'Coach Dan Pruitt compared lobbyists to "vultures" in a radio interview.',
    [['Dan Pruitt', 'lobbyists to "vultures"']],
  ],
  [
    'likened, with a longer object before the label',
    'Mayor Jill Ortega likened the new parking rules to "highway robbery."',
    [['Jill Ortega', 'the new parking rules to "highway robbery."']],
  ],
  [
    'no quotation: a name given in narration',
    'Sailors dubbed the cape the Iron Gate long ago.',
    [],
  ],
  ['a quoted name right after the verb, with no object', 'A robot dubbed "Rusty" rolled in.', []],
  ['compared to with no object', 'Tickets cost less compared to "premium" seats.', []],
  [
    'the quotation past a comma belongs to another clause',
    'Lena Brandt compared the two bids, which were "cheap" by any measure.',
    [],
  ],
  [
    'called with a pronoun object before a noun and its label',
    'The ministry called it part of a "reckless gamble with public money".',
    [['ministry', 'it part of a "reckless gamble with public money".']],
  ],
  [
    'called with a long object before its label',
    'The league called its ruling on the late transfer of the striker a "long overdue correction."',
    [['league', 'its ruling on the late transfer of the striker a "long overdue correction."']],
  ],
  [
    'called with a quotation past the comma that ends its object',
    'Dana Cole called the players over, and a "captain" was chosen.',
    [],
  ],
  ['the noun "label"', 'The record label "Blue Fern" signed three bands.', []],
  ['the noun "terms"', 'Under its terms "all staff" keep their jobs.', []],
];

describe('naming verbs cue a claim only with a quoted label', () => {
  it.each(ROWS)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
