import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, text: string, expected: Array<[speaker: string, content: string]>];

/** A claim inside a quotation is relayed only when it is shaped as a clause. */
const ROWS: Row[] = [
  [
    'a finding with "that" is relayed',
    '“Studies show that the drug is safe for children,” said Dr. Lena Ortiz.',
    [
      ['Lena Ortiz', 'Studies show that the drug is safe for children,'],
      ['Studies', 'the drug is safe for children'],
    ],
  ],
  [
    'an object and infinitive ("asking banks to do this") is the quoted act',
    '“It is troubling that the agency is asking banks to do this,” said Dr. Lena Ortiz.',
    [['Lena Ortiz', 'It is troubling that the agency is asking banks to do this,']],
  ],
  [
    'a noun object ("reaffirmed their readiness") is the quoted act',
    '“While our two mayors reaffirmed their readiness to expand cooperation, the talks stalled,” the council statement said.',
    [
      [
        'council statement',
        'While our two mayors reaffirmed their readiness to expand cooperation, the talks stalled,',
      ],
    ],
  ],
  [
    'a bare clause whose subject holds a parenthesis is relayed',
    '“There were many people, including those at the agency, who said the (new) model was not a well built model,” said Dr. Lena Ortiz.',
    [
      [
        'Lena Ortiz',
        'There were many people, including those at the agency, who said the (new) model was not a well built model,',
      ],
      ['agency', 'the (new) model was not a well built model'],
    ],
  ],
  [
    'a clause opened by a subordinator is relayed',
    '“Coach always says when you focus on the team, he will back you,” said Dr. Lena Ortiz.',
    [
      ['Lena Ortiz', 'Coach always says when you focus on the team, he will back you,'],
      ['Coach', 'when you focus on the team, he will back you'],
    ],
  ],
];

describe('claims inside a quotation', () => {
  it.each(ROWS)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
