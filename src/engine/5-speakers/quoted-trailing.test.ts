import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, text: string, expected: Array<[speaker: string, content: string]>];

/** A long speaker phrase between an opening quotation and its verb, post-modifiers and all. */
const ROWS: Row[] = [
  [
    'a role, a full name and two institutions joined by "and"',
    '"The reef is recovering," the survey\'s chief diver Mara Holt of the Marine Institute (MI) and Coral State University said in a statement.',
    [['Mara Holt', 'The reef is recovering,']],
  ],
  [
    'a described role with an "out of" phrase',
    '"I never doubted it," the 6-foot-4 goalkeeper out of Lakeside College said.',
    [['6-foot-4 goalkeeper', 'I never doubted it,']],
  ],
  [
    'a name, then a description with a list in it and no closing comma',
    '"The archive will stay open," Mara Holt, also a collector of maps, coins, and stamps says.',
    [['Mara Holt', 'The archive will stay open,']],
  ],
  [
    "a team's plural possessive before the player's full name",
    '“We were lucky tonight,” the Harbour Rovers’ Tomas Lind said.',
    [['Tomas Lind', 'We were lucky tonight,']],
  ],
  [
    "a company's possessive before a role and a full name",
    '"The plant will reopen," Acme\'s chief engineer Mara Holt said.',
    [['Mara Holt', 'The plant will reopen,']],
  ],
  [
    'two full names with middle initials, joined by "and": one joint source',
    '"Rivers remember," Mara J. Holt and Ivo T. Brandt write in their atlas.',
    [['Mara J. Holt and Ivo T. Brandt', 'Rivers remember,']],
  ],
  [
    'two full names joined by "and": one joint source',
    '"Rivers remember," Mara Holt and Ivo Brandt write in their atlas.',
    [['Mara Holt and Ivo Brandt', 'Rivers remember,']],
  ],
  [
    'a name and an institution after a possessive: the person heads the phrase',
    '"Rivers remember," the survey’s Mara Holt and the museum said.',
    [['Mara Holt', 'Rivers remember,']],
  ],
  [
    'not: a description with a clause of its own before the verb',
    '"The archive will stay open," Mara Holt, who collects maps, coins, and stamps, then left.',
    [],
  ],
  [
    'not: a quoted title inside the sentence, not a claim opening it',
    'After playing "Harbour Lights," the singer and drummer of the band told the crowd that the tour was over.',
    [],
  ],
  [
    'not: a describing phrase after a quoted word',
    'She liked him because he was a "Walker," a member of the hiking club who held the record.',
    [],
  ],
];

describe('long trailing attributions after a quotation', () => {
  it.each(ROWS)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
