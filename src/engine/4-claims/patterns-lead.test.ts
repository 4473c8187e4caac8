import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, text: string, expected: Array<[speaker: string, content: string]>];

/** The words before a subject: a label before a colon is not part of an opening adverbial. */
const ROWS: Row[] = [
  [
    'a transcript label, then an opening adverbial',
    'PAUL ODENSE: Despite the wet spring, Tova Haring believes the harvest will be early.',
    [['Tova Haring', 'the harvest will be early.']],
  ],
  [
    'the same adverbial with no label',
    'Despite the wet spring, Tova Haring believes the harvest will be early.',
    [['Tova Haring', 'the harvest will be early.']],
  ],
  [
    'a verb with its infinitive after it takes no claim before it',
    'The mayor said that by building the bridge, the city hoped to make a case for new businesses.',
    [
      ['mayor', 'by building the bridge, the city hoped to make a case for new businesses.'],
      ['city', 'to make a case for new businesses.'],
    ],
  ],
  [
    'a lead with a scare-quoted word is still the author’s framing',
    'Because anyone can sell as a “partner,” or as a shop, Ola Brant says she stopped using the app.',
    [['Ola Brant', 'she stopped using the app.']],
  ],
  [
    'a quoted lead is the claim',
    '“We will sell as partners,” Ola Brant says she told the board.',
    [['Ola Brant', 'We will sell as partners,']],
  ],
  [
    'a verb that closes the sentence takes the clause before it',
    'The bridge will open in May, the city hoped.',
    [['city', 'The bridge will open in May']],
  ],
];

describe('the lead before a subject', () => {
  it.each(ROWS)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
