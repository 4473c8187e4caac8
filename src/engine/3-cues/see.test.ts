import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, text: string, expected: Array<[speaker: string, content: string]>];

/** Judgements "V X as Y": a verb of judging, its object, "as" and the judgement. */
const ROWS: Row[] = [
  [
    'an object pronoun before "as"',
    'Farm unions saw it as a betrayal of the growers.',
    [['Farm unions', 'it as a betrayal of the growers.']],
  ],
  [
    'a judging verb other than "see"',
    'The mayor portrayed the walkout as an attack on the harbour trade.',
    [['mayor', 'the walkout as an attack on the harbour trade.']],
  ],
  [
    'a clause-only verb takes a judgement as its object',
    'Ines Valdt has dismissed the petition as the work of a few landlords.',
    [['Ines Valdt', 'the petition as the work of a few landlords.']],
  ],
  [
    'a head noun read as a verb before "as"',
    'Lisbon sees the Spanish move as a warning to the fishing fleets.',
    [['Lisbon', 'the Spanish move as a warning to the fishing fleets.']],
  ],
  [
    'the judgement ends before a comma and a preposition',
    'Tenants viewed the ruling as a victory, after years of disputes with the owners.',
    [['Tenants', 'the ruling as a victory']],
  ],
  [
    'the judgement ends before a subordinate clause of its own',
    'The guild defines it as a fair wage while the owners disagree.',
    [['guild', 'it as a fair wage']],
  ],
  ['a passive is no active judgement', 'The plan was presented as a compromise.', []],
  ['a noun after a determiner is no verb', 'The view as a whole was grey and cold.', []],
  ['"as" before a clause is a time, not a judgement', 'They saw it as they drove past.', []],
];

describe('judgements "V X as Y"', () => {
  it.each(ROWS)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
