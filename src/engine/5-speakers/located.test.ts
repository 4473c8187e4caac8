import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, text: string, expected: Array<[speaker: string, content: string]>];

/** A place after "in" or "from", between the speaker and the cue, never speaks itself. */
const ROWS: Row[] = [
  [
    'a bearing from a place locates the phrase before it',
    'The harbour town of Kelby just north of Marsden reported that the river had burst its banks.',
    [['Kelby', 'the river had burst its banks.']],
  ],
  [
    'a bearing as a noun inside the source stays in it',
    'Officials in the north of the county said the roads were closed.',
    [['Officials in the north of the county', 'the roads were closed.']],
  ],
  [
    'an affiliation then a place: the person speaks',
    'Dr Ilse Varga from the Natural History Museum in Oslo says the skull is older than thought.',
    [['Ilse Varga', 'the skull is older than thought.']],
  ],
  [
    'a place with its country between commas',
    'Dr Ilse Varga from the Natural History Museum in Oslo, Norway, says the skull is older than thought.',
    [['Ilse Varga', 'the skull is older than thought.']],
  ],
  [
    // The same phrase as without the place: the place adds nothing to the speaker.
    '"at" an institution, then a place with its state',
    'Prof Tomas Lindqvist at the University of Ferrow in Springfield, Illinois, said the dye was safe.',
    [['Prof Tomas Lindqvist at the University of Ferrow', 'the dye was safe.']],
  ],
  [
    'a place inside the clause before the subject: the subject after the comma speaks',
    'After a meeting in Oslo, Norway, Ilse Varga said the skull was older than thought.',
    [['Ilse Varga', 'the skull was older than thought.']],
  ],
  [
    'a place inside an object: no opening phrase to locate, so nothing is invented',
    'Tomas Lindqvist met staff in Oslo, Norway, and said nothing.',
    [],
  ],
];

describe('subjects located by a place', () => {
  it.each(ROWS)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
