import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, text: string, expected: Array<[speaker: string, content: string]>];

/** "saying" after a main verb's object: the main subject's words, carried by the object. */
const ROWS: Row[] = [
  [
    'a sign saying a quotation',
    'Mayor Ida Rusk held up a sign saying “Keep the library open.”',
    [['Ida Rusk', 'Keep the library open.']],
  ],
  [
    'an advert saying that',
    'Senator Paul Odom aired a radio advert saying that he would cut fuel taxes.',
    [['Paul Odom', 'he would cut fuel taxes.']],
  ],
  [
    'people saying, with no verb before them',
    'Crowds of people saying nothing filled the square.',
    [],
  ],
  [
    'a comma before the object ends the main clause',
    'After the vote, the posters saying “no” came down.',
    [],
  ],
];

describe('saying after a main verb object', () => {
  it.each(ROWS)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
