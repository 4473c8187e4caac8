import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, paragraphs: string[], speaker: string | null, content: string | null];

/**
 * "sources close to X", "people familiar with X": the post-modifier belongs to the speaker phrase
 * (so a trailing clause still finds its subject), and a name inside it is the matter the source
 * knows about, not the source.
 */
const ROWS: Row[] = [
  [
    'a trailing "close to" speaker with a time word',
    [
      'The ferry line has lost its licence to sail at night, sources close to the harbour board confirmed Tuesday.',
    ],
    'sources close to the harbour board',
    'The ferry line has lost its licence to sail at night',
  ],
  [
    'a trailing "close to" speaker at the end',
    ['The bakery will reopen in the spring, people close to the owners said.'],
    'people close to the owners',
    'The bakery will reopen in the spring',
  ],
  [
    'a named person inside "close to" is not the speaker',
    [
      'Marta Lindqvist left the orchestra last month.',
      'A friend close to Lindqvist said that she had been unhappy for a year.',
    ],
    'A friend close to Lindqvist',
    'she had been unhappy for a year.',
  ],
  [
    'a named organisation inside "familiar with" is not the speaker',
    [
      'Brightwater Foods cut its prices in March.',
      'People familiar with Brightwater said the cuts would continue into the summer.',
    ],
    'People familiar with Brightwater',
    'the cuts would continue into the summer.',
  ],
  [
    '"close to" plus a verb is the verb "close"',
    ['The shops close to protest the new rent law, the union said.'],
    'union',
    'The shops close to protest the new rent law',
  ],
  [
    'a place that is close to something is no speaker phrase',
    ['The depot was moved close to the river last year, Ms Okafor said.'],
    'Okafor',
    'The depot was moved close to the river last year',
  ],
];

describe('sources close to / familiar with a matter', () => {
  it.each(ROWS)('%s', (_name, paragraphs, speaker, content) => {
    const got = simplify(paragraphs).map((r) => [r.speaker, r.content]);
    expect(got).toContainEqual([speaker, content]);
  });
});
