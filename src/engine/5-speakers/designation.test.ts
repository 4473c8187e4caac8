import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, input: string, speaker: string];

/** What stands between commas after a name without naming anyone leaves the name the speaker. */
const ROWS: Row[] = [
  ['a degree after a name', 'Ann Lee, PhD, said the ice was thinning.', 'Ann Lee'],
  ['a dotted degree after a name', 'Ben Roe, M.D., said the clinic would reopen.', 'Ben Roe'],
  [
    'a degree before an affiliation',
    'Ann Lee, PhD, of Tarn State University, said the ice was thinning.',
    'Ann Lee',
  ],
  [
    'a degree after the source of "according to"',
    'The ice is thinning, according to Ann Lee, PhD, of Tarn State University.',
    'Ann Lee',
  ],
  ['a company suffix', 'Acme, Inc., said profits fell.', 'Acme'],
  [
    'kept: a bare name renaming a role',
    'The mayor, Ann Lee, said the bridge would reopen.',
    'Ann Lee',
  ],
];

describe('designations after a name', () => {
  it.each(ROWS)('%s', (_name, input, speaker) => {
    expect(simplify([input]).map((r) => r.speaker)).toEqual([speaker]);
  });

  it('leaves the affiliation after a degree out of the claim', () => {
    const input = 'The ice is thinning, according to Ann Lee, PhD, of Tarn State University.';
    expect(simplify([input]).map((r) => r.content)).toEqual(['The ice is thinning']);
  });
});
