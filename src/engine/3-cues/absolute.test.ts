import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, text: string, expected: Array<[speaker: string, content: string]>];

/** "..., with X calling it Y": the phrase after "with" speaks, and the main clause's claim ends. */
const ROWS: Row[] = [
  [
    'a named speaker after "with"',
    'The council approved the budget, with deputy mayor Lena Orsk calling it a modest plan.',
    [['Lena Orsk', 'it a modest plan.']],
  ],
  [
    'a group after "with", with a that-clause',
    'The comet brightened overnight, with some experts saying that it may break apart.',
    [['some experts', 'it may break apart.']],
  ],
  [
    'the main claim stops before the absolute',
    'The union said the offer was too low, with its members warning that a strike was near.',
    [
      ['union', 'the offer was too low'],
      ['its members', 'a strike was near.'],
    ],
  ],
  [
    'a profession known by its suffix, not by a list',
    'The glacier shrank again, with glaciologists warning that the valley could flood.',
    [['glaciologists', 'the valley could flood.']],
  ],
  [
    'a thing with an "-ist" ending does not speak',
    'The band released a new album, with checklists saying nothing about the tour.',
    [],
  ],
  [
    'no comma before "with": a companion, not an absolute',
    'She walked home with her brother saying nothing at all.',
    [],
  ],
  ['an object that is no noun phrase', 'He left the room, with nothing saying goodbye.', []],
  [
    'a subject no source list knows, found by its tags',
    'Fog will cover the coast tonight, with meteorologists warning that flights may be delayed.',
    [['meteorologists', 'flights may be delayed.']],
  ],
  [
    'a determiner and a plain noun after "with"',
    'The statue drew crowds, with some visitors claiming that it had moved overnight.',
    [['some visitors', 'it had moved overnight.']],
  ],
  [
    'a past participle after "with" is an adjective, not an absolute',
    'The town is calm, but with two reported thefts, the shops are closing early.',
    [],
  ],
];

describe('with-absolutes', () => {
  it.each(ROWS)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
