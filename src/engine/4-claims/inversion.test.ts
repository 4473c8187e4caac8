import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';
import type { BlockKind } from '../types';

type Input = Array<string | [BlockKind, string]>;
type Row = [name: string, input: Input, expected: Array<[speaker: string, content: string]>];

/** A speaker after its verb ("..., said X") only with verbs of saying (lexicon/inversion.ts). */
const ROWS: Row[] = [
  [
    'a verb of saying before its speaker',
    ['The ferry will run all winter, said the harbour master.'],
    [['harbour master', 'The ferry will run all winter']],
  ],
  [
    'a verb of explaining before a titled speaker',
    ['The hull is sound, explained Dr Ivo Marsh.'],
    [['Ivo Marsh', 'The hull is sound']],
  ],
  [
    'not: a title-case headline verb takes its object after it',
    [['headline', 'Harbour Chief Visits Port, Praises Crews']],
    [],
  ],
  [
    'not: "demand" after a comma takes its object',
    [['headline', 'Fishermen Take Council to Court, Demand New Quotas']],
    [],
  ],
  [
    // The verb is the headline's second predicate ('second-predicate.ts'), not an inversion.
    "not: a pronoun opening a clause after the verb is no speaker; the first verb's subject is",
    [['headline', 'Mayor Visits Bridge, Says It Will Reopen']],
    [['Mayor', 'It Will Reopen']],
  ],
  [
    'a speaker after the verb, with the pronoun in the claim before it',
    ['It will reopen in May, said the harbour chief.'],
    [['harbour chief', 'It will reopen in May']],
  ],
  [
    'not: "told" after a comma names the one told',
    ['The ferry will run all winter, told the harbour master.'],
    [],
  ],
];

describe('inverted speakers', () => {
  it.each(ROWS)('%s', (_name, input, expected) => {
    expect(simplify(input).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
