import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, text: string, expected: Array<[speaker: string, content: string]>];

/**
 * Speakers found by structure (failure class 5 of issue 11): a subject whose head no lexicon lists,
 * a subject before a relative clause, an appositive of any noun phrase, a clause with no "that".
 * Invented sentences; each positive case has a negative twin that must stay silent.
 */
const ROWS: Row[] = [
  [
    'a noun phrase with a post-modifier is the subject',
    'Farmers across the valley say the new dam will flood their fields.',
    [['Farmers across the valley', 'the new dam will flood their fields.']],
  ],
  [
    'two nouns joined by "and" head one group with a post-modifier',
    'Bakers and cooks of the flooded shops say the drains were never cleared.',
    [['Bakers and cooks of the flooded shops', 'the drains were never cleared.']],
  ],
  [
    'an object pronoun inside the relative clause before the verb',
    'The mill will shut in May, workers who met with her said.',
    [['workers', 'The mill will shut in May']],
  ],
  [
    'an object "them" inside the relative clause of a trailing subject',
    'The dam will flood the fields, farmers who saw them said.',
    [['farmers', 'The dam will flood the fields']],
  ],
  [
    'not a subject pronoun opening a clause of its own before the verb',
    'The mill will shut in May, because workers who left they said.',
    [],
  ],
  [
    'not a coordination that does not open the clause',
    'Rain soaked the shops and owners of the flooded stalls.',
    [],
  ],
  [
    'a speech verb opens the clause it reports, whose subject may report in turn',
    'The mayor said the gardener told him the pond had been drained twice.',
    [
      ['mayor', 'the gardener told him the pond had been drained twice.'],
      ['gardener', 'the pond had been drained twice.'],
    ],
  ],
  [
    'not a phrase whose own verb is no verb of saying',
    'The mayor said the old bridge had held through the storm.',
    [['mayor', 'the old bridge had held through the storm.']],
  ],
  [
    'not a phrase a possessive ties to the speaker',
    'The team say their work shows that bees can count.',
    [['team', 'their work shows that bees can count.']],
  ],
  [
    'a subordinator opens the clause whose subject no list names',
    'The driver was stopped after cooks from a nearby diner said he had run a red light.',
    [['cooks from a nearby diner', 'he had run a red light.']],
  ],
  [
    'a concessive clause with a document subject',
    'Although the leaflet claims the water is safe, residents boil it.',
    [['leaflet', 'the water is safe']],
  ],
  [
    'not a noun after a preposition that is no subordinator',
    'The driver was stopped by cooks from a nearby diner.',
    [],
  ],
  [
    'not when the noun phrase is the author’s demonstrative',
    'This shows the new dam will flood the fields.',
    [],
  ],
  [
    'the subject before a relative clause with no commas',
    'Engineers who have studied the bridge say it could collapse within a decade.',
    [['Engineers', 'it could collapse within a decade.']],
  ],
  [
    'not a noun inside the clause: the subject must open it',
    'After the storm the engineers inspected the bridge.',
    [],
  ],
  [
    'an appositive of any noun phrase between commas',
    'Maria Lopez, another resident, said the water had risen overnight.',
    [['Maria Lopez', 'the water had risen overnight.']],
  ],
  [
    'a bare clause after a clause-taking verb',
    'The mayor spoke first and added the real reason for the flood remained unknown.',
    [['mayor', 'the real reason for the flood remained unknown.']],
  ],
  [
    'not a plain noun object after a clause-taking verb',
    'The mayor added new pumps to the budget.',
    [],
  ],
  [
    'an explicit "that" puts the claim after an opening phrase',
    'Whatever the outcome, the council says that the road will reopen in May.',
    [['council', 'the road will reopen in May.']],
  ],
  [
    'a subordinate clause before the subject is the author’s, the claim follows the verb',
    'Even if the rains return, farmers in the north say the harvest is already lost.',
    [['farmers in the north', 'the harvest is already lost.']],
  ],
  [
    'a quoted lead is the claim',
    '“The harvest is lost,” farmers in the north say.',
    [['farmers in the north', 'The harvest is lost,']],
  ],
  [
    'a common noun no lexicon lists names the source',
    'Those figures suggest that the harvest will be the worst in decades.',
    [['Those figures', 'the harvest will be the worst in decades.']],
  ],
  [
    'a verb form after a preposition is a noun in the subject',
    'A decade of work in the region shows that the soil is recovering.',
    [['A decade of work in the region', 'the soil is recovering.']],
  ],
];

describe('speakers by structure', () => {
  it.each(ROWS)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
