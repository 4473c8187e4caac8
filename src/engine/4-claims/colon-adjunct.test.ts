import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [header: string, expected: string];

const NEXT = 'We will reopen the bridge in May and I thank the crews.';

/**
 * Before a closing colon, words after the cue that only say when or how the speaker spoke leave
 * the claim to the next block; a clause with a subject and verb of its own is the claim.
 */
const ROWS: Row[] = [
  ['Ann Lee told me just after the vote:', NEXT],
  ['Ann Lee said shortly before leaving:', NEXT],
  ['Ann Lee said, while visiting the site:', NEXT],
  ['Ann Lee told the BBC when asked about the cables:', NEXT],
  ['Ann Lee said simply:', NEXT],
  ['Ann Lee said in 2019 the bridge had failed twice:', 'in 2019 the bridge had failed twice'],
  ['Ann Lee said there were two options:', 'there were two options'],
  ['Ann Lee said only two options remained:', 'only two options remained'],
  ['Ann Lee explained how the cables had failed:', 'how the cables had failed'],
];

describe('an adjunct before a closing colon is no claim', () => {
  it.each(ROWS)('%s', (header, expected) => {
    const records = simplify(['The city closed the old bridge.', header, NEXT]);
    expect(records.map((r) => r.content)).toEqual([expected]);
  });
});
