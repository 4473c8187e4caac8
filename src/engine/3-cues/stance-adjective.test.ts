import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, text: string, expected: Array<[speaker: string, content: string]>];

/** Stance adjectives after "be": "are sure that", with a degree or time word in between. */
const ROWS: Row[] = [
  [
    'a time word between "be" and the adjective',
    'Geologists were once sure that the valley had been carved by ice.',
    [['Geologists', 'the valley had been carved by ice.']],
  ],
  [
    'a degree word the tagger reads as a noun',
    'The engineers are pretty sure that the crack is only in the paint.',
    [['engineers', 'the crack is only in the paint.']],
  ],
  [
    '"certain" with a bare clause',
    'The growers are certain the frost will spare the late vines.',
    [['growers', 'the frost will spare the late vines.']],
  ],
  [
    'an adverb before "concerned"',
    'The union is clearly concerned the new rota will tire the drivers.',
    [['union', 'the new rota will tire the drivers.']],
  ],
  [
    "a stance adjective set off after the main clause is its subject's view",
    'The mayor closed the pier, worried that the storm would break the railings.',
    [['mayor', 'the storm would break the railings.']],
  ],
  [
    'a set-off adjective without "that" states nothing',
    'The mayor left early, worried about the cost.',
    [],
  ],
  [
    '"aware" with its clause after an aside',
    'The pilot is aware that, by its nature, the route has no margin.',
    [['pilot', 'by its nature, the route has no margin.']],
  ],
  [
    '"afraid" with a bare clause',
    'The tenants are afraid they will lose their deposits.',
    [['tenants', 'they will lose their deposits.']],
  ],
  ['"aware of" a thing states nothing', 'The pilot was aware of the noise in the cabin.', []],
  ['"afraid of" a thing states nothing', 'The children are afraid of the dark.', []],
  ['"afraid to" act states nothing', 'The tenants were afraid to complain.', []],
  ['an expletive subject holds no view', 'It is certain that the ferry will sail late.', []],
  ['"to be sure" is an aside, not a view', 'To be sure, the ferry will sail late.', []],
  [
    'an embedded question states nothing',
    'The porters were quite sure what the crates contained.',
    [],
  ],
  ['a negation leaves no view', 'The porters were not sure that the cargo was safe.', []],
];

describe('stance adjectives with a copula', () => {
  it.each(ROWS)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
