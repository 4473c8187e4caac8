import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';
import type { BlockKind } from '../types';

type Row = [
  name: string,
  input: Array<string | [BlockKind, string]>,
  expected: Array<[speaker: string, content: string]>,
];

/**
 * A colon-ended cue hands its claim to the next block when that block is printed without
 * quotation marks: one record per paragraph, one per sentence of a flattened list.
 */
const ROWS: Row[] = [
  [
    'a statement paragraph after "X, the mayor, said:"',
    [
      'The city closed the old bridge on Monday.',
      'Ann Lee, the mayor, said:',
      'On behalf of the city I would like to thank the crews. Our thoughts are with them.',
    ],
    [
      [
        'Ann Lee',
        'On behalf of the city I would like to thank the crews. Our thoughts are with them.',
      ],
    ],
  ],
  [
    'a second paragraph in the first person goes on with the statement',
    [
      'Ann Lee, the mayor, said:',
      'The crews worked through the night.',
      'We will reopen the bridge in May.',
      'Traffic was light on Tuesday.',
    ],
    [
      ['Ann Lee', 'The crews worked through the night.'],
      ['Ann Lee', 'We will reopen the bridge in May.'],
    ],
  ],
  [
    'a flattened list of findings: one record per short sentence',
    [
      'The park service published its visitor survey.',
      'The survey also reveals:',
      'Most hikers arrive before nine. A third bring dogs. Few stay overnight. Parking is the top complaint.',
    ],
    [
      ['survey', 'Most hikers arrive before nine.'],
      ['survey', 'A third bring dogs.'],
      ['survey', 'Few stay overnight.'],
      ['survey', 'Parking is the top complaint.'],
    ],
  ],
  [
    'a colon after a phrase with no cue hands on nothing',
    ['Here is what we know:', 'The bridge will stay closed until May.'],
    [],
  ],
  [
    'a cue whose object is a question clause: what follows is no claim',
    [
      'The coastal agency maps who would be affected:',
      'Rising seas would reach thousands of homes by the end of the century.',
    ],
    [],
  ],
  [
    'a title-case heading after the cue ends the run',
    ['Ann Lee, the mayor, said:', 'The Bridge Reopens in May'],
    [],
  ],
  [
    'a sentence about the speaker in the third person is the author’s',
    ['Ann Lee, the mayor, said:', 'She has led the city since 2019.'],
    [],
  ],
  [
    'a later paragraph with no first person is the author’s again',
    [
      'Ann Lee, the mayor, said:',
      'The crews worked through the night.',
      'Traffic was light on Tuesday.',
    ],
    [['Ann Lee', 'The crews worked through the night.']],
  ],
  [
    'a next block with a cue of its own is that source’s',
    [
      'Ann Lee, the mayor, said:',
      'The engineers said the bridge needs new cables before it reopens.',
    ],
    [['engineers', 'the bridge needs new cables before it reopens.']],
  ],
  [
    'a next block quoting someone else is theirs',
    ['Ann Lee, the mayor, said:', '“The cables are worn,” said Tom Ray, an engineer.'],
    [['Tom Ray', 'The cables are worn,']],
  ],
  [
    'a dash-led item after the header is a list item, and the list goes on',
    [
      'The main hazards, according to a park survey:',
      '— Falls on wet rock.',
      '— Heat exhaustion on long climbs.',
    ],
    [
      ['a park survey', 'The main hazards'],
      ['a park survey', 'Falls on wet rock.'],
      ['a park survey', 'Heat exhaustion on long climbs.'],
    ],
  ],
];

describe('the block after a colon-ended cue', () => {
  it.each(ROWS)('%s', (_name, input, expected) => {
    expect(simplify(input).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
