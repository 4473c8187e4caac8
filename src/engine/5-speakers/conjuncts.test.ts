import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, text: string, expected: Array<[speaker: string, content: string]>];

/**
 * A subject of two conjuncts where the second only accompanies the first ("Roe and others", "she
 * and her aides"): the first names the speaker. Invented sentences, with negative twins.
 */
const ROWS: Row[] = [
  [
    'a name and "others" with a post-modifier',
    'Senator Ada Quell and others at the meeting said the bridge was unsafe.',
    [['Ada Quell', 'the bridge was unsafe.']],
  ],
  [
    'a name and "other" plus a plural noun',
    'Dr. Lund and other geologists say the fault has been quiet for a century.',
    [['Lund', 'the fault has been quiet for a century.']],
  ],
  [
    'a surname and "fellow" plus a plural noun',
    'Okafor and fellow engineers said the tunnel would open in spring.',
    [['Okafor', 'the tunnel would open in spring.']],
  ],
  [
    'a pronoun and a possessive group, in a later sentence',
    'Tom Brack said he would appeal. He and his lawyers said the verdict was unjust.',
    [
      ['Tom Brack', 'he would appeal.'],
      ['Tom Brack', 'the verdict was unjust.'],
    ],
  ],
  [
    'a name and a possessive work group speak as the group',
    'Dr. Ada Quell and her colleagues report that the gene acts in the brain.',
    [['Dr Ada Quell and her colleagues', 'the gene acts in the brain.']],
  ],
  [
    'a name and "his team"',
    'Quell and his team wrote that the ice was thin.',
    [['Quell and his team', 'the ice was thin.']],
  ],
  [
    'not a team: kin leave the name speaking',
    'Tom Brack and his family said the verdict was unjust.',
    [['Tom Brack', 'the verdict was unjust.']],
  ],
  [
    'not a companion: two named speakers keep the nearer one',
    'The mayor and the police chief said the parade would go ahead.',
    [['police chief', 'the parade would go ahead.']],
  ],
];

describe('companion conjuncts', () => {
  it.each(ROWS)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
