import { describe, expect, it } from 'vitest';
import { buildBlockModel } from '../1-text/model';
import type { RawAttribution } from '../4-claims/content';
import { simplify } from '../testing/simplify';
import { isQuestion } from './exchange';

type Row = [name: string, input: string[], expected: Array<[speaker: string, content: string]>];

/** Cue-less quote paragraphs in a question-and-answer exchange. */
const POSITIVE: Row[] = [
  [
    'testimony: the asker asks again, the witness answers again',
    [
      '“Were you at the gate that night?” the prosecutor asked.',
      '“Yes,” said Tom Berger, the night guard.',
      '“Did you see the defendant at the gate?”',
      '“I did. He was standing by the door.”',
      '“What did he do next?”',
      '“He ran toward the river.”',
    ],
    [
      ['prosecutor', 'Were you at the gate that night?'],
      ['Tom Berger', 'Yes,'],
      ['prosecutor', 'Did you see the defendant at the gate?'],
      ['Tom Berger', 'I did. He was standing by the door.'],
      ['prosecutor', 'What did he do next?'],
      ['Tom Berger', 'He ran toward the river.'],
    ],
  ],
  [
    '"X asked Y": the one asked answers',
    [
      '“Why did you leave the company?” Anna Berg asked Tom Weller.',
      '“Because they stopped paying me on time.”',
    ],
    [
      ['Anna Berg', 'Why did you leave the company?'],
      ['Tom Weller', 'Because they stopped paying me on time.'],
    ],
  ],
];

/** No exchange: the last speaker goes on. */
const NEGATIVE: Row[] = [
  [
    'a rhetorical question with "said" is no exchange',
    [
      '“Who would have thought this could happen here?” said Tom Weller, the mayor.',
      '“We never expected a flood of this size.”',
    ],
    [
      ['Tom Weller', 'Who would have thought this could happen here?'],
      ['Tom Weller', 'We never expected a flood of this size.'],
    ],
  ],
  [
    'a question asked of no one named, then more from the asker',
    ['“Why did nobody warn us?” Anna Berg asked.', '“We had no sirens and no radio that night.”'],
    [
      ['Anna Berg', 'Why did nobody warn us?'],
      ['Anna Berg', 'We had no sirens and no radio that night.'],
    ],
  ],
];

describe('question-and-answer exchanges', () => {
  it.each(POSITIVE)('%s', (_name, input, expected) => {
    expect(simplify(input).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
  it.each(NEGATIVE)('no turn: %s', (_name, input, expected) => {
    expect(simplify(input).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});

describe('isQuestion', () => {
  const raw = (text: string): [ReturnType<typeof buildBlockModel>, RawAttribution] => [
    buildBlockModel(0, 'paragraph', text),
    {
      block: 0,
      start: 0,
      end: text.length,
      kind: 'direct',
      cue: null,
      speaker: { kind: 'previous' },
      clause: { from: 0, to: 0 },
      confidence: 1,
    },
  ];
  it.each([
    ['Did you see him?', true],
    ['“Did you see him?”', true],
    ['Did you see him? ', true],
    ['I saw him.', false],
    ['Why? Because I had to.', false],
  ])('%s → %s', (text, expected) => {
    const [block, r] = raw(text);
    expect(isQuestion(block, r)).toBe(expected);
  });
});
