import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, text: string, expected: Array<[speaker: string, content: string]>];

/** An adjective after its noun ends the subject before the verb; the phrase before it speaks. */
const ROWS: Row[] = [
  [
    '"present" after a quote and its subject',
    '“It was a mess,” one of the engineers present said later.',
    [['one of the engineers', 'It was a mess,']],
  ],
  [
    '"involved" after a plural subject',
    '“We were never told,” the families involved said.',
    [['families', 'We were never told,']],
  ],
  [
    '"there" after a plural subject',
    'Nurses there say the ward is short of staff.',
    [['Nurses', 'the ward is short of staff.']],
  ],
  [
    'an adjective inside the claim is no subject',
    'Officials said conditions there were poor.',
    [['Officials', 'conditions there were poor.']],
  ],
];

describe('subjectBeforePostpositive', () => {
  it.each(ROWS)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
