import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, text: string, expected: Array<[speaker: string, content: string]>];

/** A noun phrase after the claim whose verb closes the sentence speaks, whatever its head. */
const ROWS: Row[] = [
  [
    'after a quotation, a head no list holds',
    '"The hives are empty," the beekeeper said.',
    [['beekeeper', 'The hives are empty,']],
  ],
  [
    'after a quotation, with adjectives and a time adjunct',
    '"The hives are empty," the weary beekeeper said on Tuesday.',
    [['weary beekeeper', 'The hives are empty,']],
  ],
  [
    'after an indirect claim and its comma',
    'The hives were empty, the beekeeper said.',
    [['beekeeper', 'The hives were empty']],
  ],
  [
    'inverted after a quotation',
    '"The hives are empty," said the beekeeper.',
    [['beekeeper', 'The hives are empty,']],
  ],
  [
    'not: a bare noun run ending a list',
    'The chart lists the data it holds: email, photos, social networking details, and more.',
    [],
  ],
  [
    'after an indirect claim, two conjoined nouns',
    'The ferry sank near the harbour, port and coast guard officials said.',
    [['port and coast guard officials', 'The ferry sank near the harbour']],
  ],
  [
    'after an indirect claim, conjoined nouns with an adjective',
    'The ferry sank near the harbour, police and local sources said on Friday.',
    [['police and local sources', 'The ferry sank near the harbour']],
  ],
  [
    'after an indirect claim, a document phrase with a post-modifier',
    'The mill had closed for good, a forum post from the town council said.',
    [['a forum post from the town council', 'The mill had closed for good']],
  ],
  [
    "a relayed claim: the outer claim is the trailing speaker's, the inner the first speaker's",
    'Engineers said the dam was sound, a statement from the water board said.',
    [
      ['Engineers', 'the dam was sound'],
      ['a statement from the water board', 'Engineers said the dam was sound'],
    ],
  ],
  [
    'not: conjoined nouns with an adjective that do not trail the claim',
    'With money at stake, farmers and small shops will fiercely resist the plan.',
    [],
  ],
  [
    'not: a phrase after a verb that does not close the sentence',
    'The hives were empty, the beekeeper said to have seen nothing like it.',
    [],
  ],
];

describe('trailing attributions', () => {
  it.each(ROWS)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
