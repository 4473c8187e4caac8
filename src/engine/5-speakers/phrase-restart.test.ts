import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, input: string, speaker: string];

/** A fronted adverbial before an article is not part of the speaker's phrase. */
const ROWS: Row[] = [
  [
    'an age adverbial before the subject',
    'At age 52 the farmer said he would sell the land.',
    'farmer',
  ],
  [
    'a time adverbial before the subject',
    'In March of last year a researcher found that the lock could be opened.',
    'a researcher',
  ],
  [
    'kept: an article after "of"',
    'The head of the harbour board said the port would close.',
    'head of the harbour board',
  ],
  [
    'kept: an article after a preposition',
    'A spokesman for the Tarn rangers said the trail was shut.',
    'A spokesman for the Tarn rangers',
  ],
  [
    'kept: a middle initial "A." inside a name',
    'According to Omar A. Quill, the trail was shut.',
    'Omar A. Quill',
  ],
  [
    'an article "A" after a name still restarts',
    'According to Quill a ranger shut the trail.',
    'Quill',
  ],
];

describe('a phrase restarting at an article', () => {
  it.each(ROWS)('%s', (_name, input, speaker) => {
    expect(simplify([input]).map((r) => r.speaker)).toEqual([speaker]);
  });
});
