import { describe, expect, it } from 'vitest';
import type { BlockKind } from '../types';
import { simplify } from '../testing/simplify';

const records = (blocks: ReadonlyArray<string | [BlockKind, string]>) =>
  simplify(blocks).map((r) => [r.speaker, r.cue, r.content]);

/**
 * A reporting verb joined to an earlier predicate of the same subject: the speaker is that
 * subject, not the object or adjunct right before the joiner.
 */
describe('second predicates', () => {
  it.each([
    [
      '"and" after a predicate ending in a name',
      ['The minister visited Athens on Monday and said the reforms had worked.'],
      [['minister', 'said', 'the reforms had worked.']],
    ],
    [
      '"and" after a copula with a participle in its object',
      [
        'Acme is one of the firms bidding for the contract, and confirmed that its design uses steel.',
      ],
      [['Acme', 'confirmed', 'its design uses steel.']],
    ],
    [
      'a headline joining predicates with a comma',
      [
        ['headline', 'Mayor Visits Bridge, Says Repairs Will Take a Year'],
        'The mayor toured the site on Friday.',
      ],
      [['Mayor', 'Says', 'Repairs Will Take a Year']],
    ],
  ])('%s', (_label, blocks, expected) => {
    expect(records(blocks as ReadonlyArray<string | [BlockKind, string]>)).toEqual(expected);
  });

  it.each([
    [
      'coordinated subjects, no earlier verb',
      ['Ann Lee and Bo Park said the plan would fail.'],
      'Ann Lee and Bo Park',
    ],
    [
      'a subordinate clause before the main one keeps its own verb out',
      ['When fans began to stir, Lee tried to quiet them and said the player had not hit yet.'],
      'Lee',
    ],
  ])('%s', (_label, blocks, speaker) => {
    expect(records(blocks).map((r) => r[0])).toContain(speaker);
  });

  it('a participle before a bare noun is an adjective of a coordinated object', () => {
    const out = records([
      'Overall, both groups had fewer colds and confirmed infections than the others.',
    ]);
    expect(out).toEqual([]);
  });

  it('an inverted speaker after a comma in a standfirst is not a second predicate', () => {
    const out = records([
      [
        'standfirst',
        'Life expectancy at 65 is lower in the South, says a new report from the agency.',
      ],
      'The report was published on Monday.',
    ]);
    expect(out.map((r) => r[0])).not.toContain('South');
    expect(out.map((r) => r[2])).toContain('Life expectancy at 65 is lower in the South');
  });
});
