import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, input: string, speaker: string];

/** A person's name followed by the body they belong to: the person speaks. */
const ROWS: Row[] = [
  [
    'a name of a body before the verb',
    'Robin Vale of the Harbour Design Office said the ferry was safe.',
    'Robin Vale',
  ],
  [
    'a name from a body after an inverted verb',
    '“The ice is thinning,” said Dr Ann Lee from the Polar Research Centre.',
    'Ann Lee',
  ],
  [
    'a name at a body before a relative clause',
    'Ann Lee at Tarn University, who led the study, said the ice was thinning.',
    'Ann Lee',
  ],
  [
    'a name from a possessive body before a relative clause',
    'Tom Reed from Lakeside’s Water Board, who ran the tests, said the water was clean.',
    'Tom Reed',
  ],
  [
    'a role before a name of a body after an inverted verb',
    'The dunes are moving, said lead geologist Ann Lee of the Polar Research Centre.',
    'Ann Lee',
  ],
  [
    'a capitalised title before a name of a body before the verb',
    'Chief Engineer Robin Vale of the Harbour Design Office said the ferry was safe.',
    'Robin Vale',
  ],
  [
    'kept: a role of a body with no name',
    'The chief scientist of the Polar Research Centre said the ice was thinning.',
    'Polar Research Centre',
  ],
  ['kept: a body named with "of"', 'Bank of Tarn said profits fell.', 'Bank of Tarn'],
  [
    'kept: a title with "of" before a name',
    'Secretary of State Mara Quint said the talks would resume.',
    'Secretary of State Mara Quint',
  ],
];

describe('a person before their affiliation', () => {
  it.each(ROWS)('%s', (_name, input, speaker) => {
    expect(simplify([input]).map((r) => r.speaker)).toEqual([speaker]);
  });
});
