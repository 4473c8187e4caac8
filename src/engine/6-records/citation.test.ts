import { describe, expect, it } from 'vitest';
import { isCitation } from './citation';

const ROWS: Array<[text: string, citation: boolean]> = [
  ['Moss, Ada. "Rivers run dry in the north." Daily Ledger. 4 May 2012. Web.', true],
  ['Moss, A. (2012, May 4). "Rivers run dry in the north." Daily Ledger. Retrieved from x.', true],
  ['Moss, Ada J. “Rivers run dry.” Daily Ledger, 2012.', true],
  // Prose that opens with a name and a comma is no citation.
  ['Moss, the mayor, said: "Rivers run dry in the north."', false],
  ['Moss, 52, said "the rivers are dry."', false],
  ['"Rivers run dry," Moss said.', false],
];

describe('isCitation', () => {
  it.each(ROWS)('%s', (text, citation) => {
    expect(isCitation(text)).toBe(citation);
  });
});
