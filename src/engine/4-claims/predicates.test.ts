import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, text: string, expected: Array<[speaker: string, content: string]>];

/**
 * Predicates whose claim is a bare clause of belief ("realized the plan was dead") or the object
 * of a phrasal verb of position ("ruled out any deal"), with the narration they must not catch.
 */
const ROWS: Row[] = [
  [
    'realized, bare clause',
    'The mayor realized the budget would not last the winter.',
    [['mayor', 'the budget would not last the winter.']],
  ],
  [
    'decided, bare clause',
    'The founder decided the firm should leave the advertising business.',
    [['founder', 'the firm should leave the advertising business.']],
  ],
  [
    'figured, bare clause',
    'The traders figured a weak harvest would push prices up.',
    [['traders', 'a weak harvest would push prices up.']],
  ],
  [
    'ruled out, noun-phrase object',
    'The ministry has ruled out any rebel involvement in the blast.',
    [['ministry', 'any rebel involvement in the blast.']],
  ],
  [
    'pushed for, noun-phrase object',
    'Senator Jane Holt pushed for tighter rules on drone flights.',
    [['Jane Holt', 'tighter rules on drone flights.']],
  ],
  [
    'appealed for, a request with a noun-phrase object',
    'The harbour council appealed for calm along the quays.',
    [['harbour council', 'calm along the quays.']],
  ],
  [
    'lobbied for, an object with its infinitive',
    'Nurse Ada Brenner lobbied for the board to reopen the ward.',
    [['Ada Brenner', 'the board to reopen the ward.']],
  ],
  [
    'has asked for, perfect tense',
    'The fishermen have asked for changes to the quota plan.',
    [['fishermen', 'changes to the quota plan.']],
  ],
  [
    'cautioned against, gerund object',
    'The economist cautioned against raising taxes before the election.',
    [['economist', 'raising taxes before the election.']],
  ],
  [
    'questioned, claim-noun object',
    'The auditor questioned the legality of the proposed merger.',
    [['auditor', 'the legality of the proposed merger.']],
  ],
  [
    'challenged, possessive claim-noun object',
    "The union challenged the ministry's figures on pay.",
    [['union', "the ministry's figures on pay."]],
  ],
  [
    'told of, the object is the claim',
    'The elders told of a flood that would cover the valley.',
    [['elders', 'a flood that would cover the valley.']],
  ],
  [
    'told an addressee of',
    'The nurse told them of a shortage of beds in the ward.',
    [['nurse', 'of a shortage of beds in the ward.']],
  ],
  [
    'fronted participle: the subject after its comma speaks',
    'Arguing that the levy was unfair, the union called a strike.',
    [['union', 'the levy was unfair']],
  ],
];

const NEGATIVE: Array<[name: string, text: string]> = [
  ['decided with an infinitive is an act', 'The mayor decided to leave the party early.'],
  ['decided with a noun object is an act', 'The court decided the case on Monday.'],
  ['figured without a clause', 'The skater figured in every poster of the season.'],
  ['pushed with no particle', 'The crowd pushed the barrier over.'],
  [
    'asked with a person object is no request for a position',
    'The clerk asked Ada for her ticket.',
  ],
  ['pressed with no particle', 'The chef pressed the garlic into the dough.'],
  ['told an addressee about a topic only', 'The nurse told them about it.'],
  ['a fronted participle with no claim', 'Speaking in Lyon, the mayor opened the bridge.'],
  ['a fronted stance participle', 'Fearing the storm, the crew turned back to port.'],
  ['questioned a person', 'Detectives questioned the driver for six hours.'],
  ['challenged a rival', 'The champion challenged the younger boxer to a rematch.'],
];

describe('belief and position predicates', () => {
  it.each(ROWS)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
  it.each(NEGATIVE)('%s', (_name, text) => {
    expect(simplify([text])).toEqual([]);
  });
});
