import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, text: string, expected: Array<[string, string, string | null]>];

/** A clause that relays another speaker's words: the words are the inner speaker's, via the outer. */
const RELAYED: Row[] = [
  [
    '"According to X, Y told him: ..."',
    'According to Tom Weller, the mayor told him: “We will not pay for the repairs.”',
    [
      ['Tom Weller', 'the mayor told him: “We will not pay for the repairs.”', null],
      ['mayor', 'We will not pay for the repairs.', 'Tom Weller'],
    ],
  ],
  [
    '"X recalled what Y told him: ..."',
    'Tom Weller recalled what the mayor told him: “We will not pay for the repairs.”',
    [
      ['Tom Weller', 'the mayor told him: “We will not pay for the repairs.”', null],
      ['mayor', 'We will not pay for the repairs.', 'Tom Weller'],
    ],
  ],
  [
    '"X said Y told him, ..." (the inner clause inside the outer claim)',
    'Tom Weller said the mayor told him, “We will not pay for the repairs.”',
    [
      ['Tom Weller', 'the mayor told him, “We will not pay for the repairs.”', null],
      ['mayor', 'We will not pay for the repairs.', 'Tom Weller'],
    ],
  ],
  [
    '"our ancestors say" inside a quotation still quotes others',
    '“Our elders say the river is angry,” Tom Weller told the council.',
    [
      ['Tom Weller', 'Our elders say the river is angry,', null],
      ['Our elders', 'the river is angry', 'Tom Weller'],
    ],
  ],
];

/** Two clauses that relay nothing. */
const SEPARATE: Row[] = [
  [
    'two speakers, two claims',
    '“We will pay,” the mayor said, but Tom Weller said the council would refuse.',
    [
      ['mayor', 'We will pay,', null],
      ['Tom Weller', 'the council would refuse.', null],
    ],
  ],
  [
    '"as my report said" inside a quotation is the quoted speaker’s own claim',
    '“As my report said, the bridge is safe,” Tom Weller told the council.',
    [
      ['Tom Weller', 'As my report said, the bridge is safe,', null],
      ['Tom Weller', 'the bridge is safe', null],
    ],
  ],
  [
    'the same speaker again in a relative clause: a claim of its own about the noun',
    'Tom Weller said the council was slowed by the audit which he said has cost the town dearly.',
    [
      [
        'Tom Weller',
        'the council was slowed by the audit which he said has cost the town dearly.',
        null,
      ],
      ['Tom Weller', 'has cost the town dearly.', null],
    ],
  ],
  [
    'the same speaker restating the claim: one record',
    'Tom Weller said he thought the council would refuse.',
    [['Tom Weller', 'the council would refuse.', null]],
  ],
];

describe('relayed claims', () => {
  it.each(RELAYED)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content, r.via])).toEqual(expected);
  });
  it.each(SEPARATE)('not relayed: %s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content, r.via])).toEqual(expected);
  });
});
