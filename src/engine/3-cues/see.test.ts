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
  [
    'a view stated with "regard"',
    'The growers regarded the levy as a tax on their harvest.',
    [['growers', 'the levy as a tax on their harvest.']],
  ],
  [
    'an account stated with "identify"',
    'The indictment identifies the courier as a former customs officer.',
    [['indictment', 'the courier as a former customs officer.']],
  ],
  [
    'an object with an infinitive inside it',
    'Retailers have characterized the power to cap card fees as a lifeline for small shops.',
    [['Retailers', 'the power to cap card fees as a lifeline for small shops.']],
  ],
  [
    'a list object after "have seen"',
    'Scouts have seen Ames, Ruiz and perhaps Kell as the only sure picks.',
    [['Scouts', 'Ames, Ruiz and perhaps Kell as the only sure picks.']],
  ],
  [
    'a gerund object',
    'The coach saw beating the Hawks as the key step toward the title.',
    [['coach', 'beating the Hawks as the key step toward the title.']],
  ],
  [
    'the judgement ends before a contrast after a quoted comma',
    'Astronomers recognized the comet as a possible "visitor of the decade," but it may break up.',
    [['Astronomers', 'the comet as a possible "visitor of the decade,"']],
  ],
  ['a passive is no active judgement', 'The plan was presented as a compromise.', []],
  [
    '"seen" after "be" is a passive with its holders left out, not the subject\'s view',
    'The levy was seen as a tax on growers.',
    [['unnamed source', 'The levy was seen as a tax on growers.']],
  ],
  ['a noun after a determiner is no verb', 'The view as a whole was grey and cold.', []],
  ['"as" before a clause is a time, not a judgement', 'They saw it as they drove past.', []],
  [
    'a partitive pronoun opens the judgement',
    'Growers welcomed what many see as one of the wettest springs on record.',
    [['many', 'one of the wettest springs on record.']],
  ],
  ['a pronoun with no "of" opens a clause', 'The pilots saw it as one landed.', []],
  [
    'a present "sees" with a counted object is a forecast',
    'The central bank sees two rate cuts in 2031.',
    [['central bank', 'two rate cuts in 2031.']],
  ],
  ['a past "saw" with a counted object is what was seen', 'Guards saw three men at the gate.', []],
  [
    'a counted object doing something is an event seen',
    'The coach sees three players training hard.',
    [],
  ],
];

describe('judgements "V X as Y"', () => {
  it.each(ROWS)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
