import { describe, expect, it } from 'vitest';
import { collectNames as collect } from '../testing/names';

describe('roles set off by commas beside a full name', () => {
  it.each([
    ["Tomas Greve, the town's mayor, said the pier was shut.", 'tomas greve', ['mayor']],
    ['Tomas Greve, veep for river freight, said little.', 'tomas greve', ['veep']],
    ['Tomas Greve, a senior lawyer at the firm, said little.', 'tomas greve', ['lawyer']],
    [
      'Tomas Greve, executive director of the fund, said little.',
      'tomas greve',
      ['executive', 'director'],
    ],
    // "vice" makes the post an officer's below the head: both words are kept.
    [
      'Tomas Greve, vice president for river freight, said little.',
      'tomas greve',
      ['vice', 'president'],
    ],
    ['Tomas Greve, the deputy mayor, said little.', 'tomas greve', ['mayor']],
    ['The suspect, Tomas Greve, was held overnight.', 'tomas greve', ['suspect']],
    ["Norland's president, Tomas Greve, was re-elected.", 'tomas greve', ['president']],
    // A role word with no determiner or possessor before it opens no appositive.
    ['Elected president, Tomas Greve, now 61, signed it.', 'tomas greve', []],
    // Not an appositive: the role phrase is the subject of the next clause.
    ['Aboard the Mira Kell, the navy chief said the crew was ready.', 'mira kell', []],
    // No role word in the appositive.
    ['Tomas Greve, who lives nearby, said little.', 'tomas greve', []],
    // Inside a quotation: the speaker's words, not the writer's description.
    ['"Tomas Greve, the mayor, lied," she said.', 'tomas greve', []],
  ])('%s', (text, key, roles) => {
    const known = collect([text]).get(key);
    expect([...(known?.roles ?? [])]).toEqual(roles);
  });
});
