import { describe, expect, it } from 'vitest';
import { datelineEnd } from './sentences';
import { tokenize } from './tokenize';

/** Datelines open a wire report's first paragraph and belong to no sentence's subject. */
const ROWS: Array<[text: string, rest: string | null]> = [
  ['OSLO (Reuters) - The council voted on Monday.', 'The council voted on Monday.'],
  ['PORT LOUIS — Officials said the storm had passed.', 'Officials said the storm had passed.'],
  ['ST. PAUL, Minn. (AP) — The governor said no.', 'The governor said no.'],
  ['LIMA -- The mine reopened.', 'The mine reopened.'],
  ['(Wire)Premier Yuri Vale left early.', 'Premier Yuri Vale left early.'],
  // Not datelines: an acronym subject, a headline in capitals, a bracket mid-sentence.
  ['NATO said the drills would go on.', null],
  ['WHO IS THE FAVOURITE?', null],
  ['A HIGH-powered team has been touring the region.', null],
  ['The union (Unite) said talks had failed.', null],
];

describe('datelineEnd', () => {
  it.each(ROWS)('%s', (text, rest) => {
    const tokens = tokenize(text);
    const end = datelineEnd(tokens);
    expect(end === 0 ? null : text.slice(tokens[end]?.start)).toEqual(rest);
  });
});
