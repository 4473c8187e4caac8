import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, text: string, expected: Array<[speaker: string, content: string]>];

/**
 * A verb far from its subject (failure class 5 of issue 11): whatever stands between commas — a
 * prepositional phrase, a participle phrase, a relative clause — is walked over to the subject.
 */
const ROWS: Row[] = [
  [
    'a long prepositional aside',
    'The ministry, in a statement released on Tuesday after days of silence, said the strikes hit depots.',
    [['ministry', 'the strikes hit depots.']],
  ],
  [
    'a participle aside',
    'Smith, speaking at a news conference in Geneva, said the talks had failed.',
    [['Smith', 'the talks had failed.']],
  ],
  [
    'a past participle aside',
    'The new audit, published on Friday, says that the port lost money for a decade.',
    [['new audit', 'the port lost money for a decade.']],
  ],
  [
    'a lone past participle between commas is no aside',
    'The harbour, flooded, says nothing of the storm.',
    [],
  ],
  [
    'a relative clause after a subject no lexicon lists',
    'Residents of the town, many of whom lost their homes, say the government abandoned them.',
    [['Residents of the town', 'the government abandoned them.']],
  ],
  [
    'not a clause of its own between the commas',
    'The ministry, the report says, has ignored the warnings.',
    [['report', 'has ignored the warnings.']],
  ],
  [
    '"according to" a source with a post-modifier',
    'The decision, according to two people familiar with the talks, was made on Friday.',
    [['two people familiar with the talks', 'was made on Friday.']],
  ],
  [
    '"as X put it" before a quotation',
    'As Smith put it: “Nobody saw this coming.”',
    [['Smith', 'Nobody saw this coming.']],
  ],
  ['"put" without "it" reports nothing', 'Smith put the files on the desk.', []],
  [
    'a party-and-state tag between commas',
    'Sen. Mara Quill, R-Ohio, said the bill would fail.',
    [['Mara Quill', 'the bill would fail.']],
  ],
  [
    'a party tag with a dotted state',
    'Rep. Tom Vance, D-N.H., argued that the tax was too high.',
    [['Tom Vance', 'the tax was too high.']],
  ],
  [
    'a party tag in brackets, then a role',
    'Rep. Lena Ortiz (D-NM), chair of the panel, said the money would not come.',
    [['Lena Ortiz', 'the money would not come.']],
  ],
  [
    'a company suffix after the employer in an appositive',
    'Ivo Stark, head of sales for Brightwell, Inc., says the device ships in May.',
    [['Ivo Stark', 'the device ships in May.']],
  ],
  [
    'a dotted country before a title after an inverted verb',
    '“The case is closed,” said U.S. Attorney Ruth Lamb.',
    [['Ruth Lamb', 'The case is closed,']],
  ],
];

describe('asides between subject and verb', () => {
  it.each(ROWS)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
