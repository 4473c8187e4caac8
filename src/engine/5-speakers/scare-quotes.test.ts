import { describe, expect, it } from 'vitest';
import { buildBlockModel } from '../1-text/model';
import { simplify } from '../testing/simplify';
import { scareQuotesPlain } from './scare-quotes';

/** The words still read as quoted after `scareQuotesPlain` over the whole block. */
const stillQuoted = (text: string): string[] => {
  const block = buildBlockModel(0, 'paragraph', text);
  const plain = scareQuotesPlain(block, 0, block.tokens.length);
  return block.tokens.filter((t, i) => plain.quoted[i] === true && t.isWord).map((t) => t.text);
};

describe('scareQuotesPlain', () => {
  it.each([
    ['a scare-quoted word after running text', 'Lee called the plan “reckless,” he said.', []],
    [
      'a short quoted phrase inside an appositive',
      'Dan Roe, a clerk who kept his name back “for safety,” spoke.',
      [],
    ],
    ['kept: a quotation opening the sentence', '“We are done,” said Lee.', ['We', 'are', 'done']],
    [
      'kept: a long quotation after running text',
      'Lee said “we will not close the ward this winter or next,” and left.',
      ['we', 'will', 'not', 'close', 'the', 'ward', 'this', 'winter', 'or', 'next'],
    ],
    ['kept: a quotation after a colon', 'Lee said: “No more.”', ['No', 'more']],
  ])('%s', (_name, text, expected) => {
    expect(stillQuoted(text)).toEqual(expected);
  });
});

type Row = [name: string, input: string[], expected: Array<[speaker: string, content: string]>];

const ROWS: Row[] = [
  [
    'a scare quote in a relative clause of the appositive',
    ['Ann Lee, a nurse who called the plan “reckless,” said the ward was full.'],
    [['Ann Lee', 'the ward was full.']],
  ],
  [
    'a quoted phrase in the appositive of a first name alone',
    [
      'Dario, a junior at a state college who kept back his last name “given the mood,” said it was “tiring” to stay quiet.',
    ],
    [['Dario', 'it was “tiring” to stay quiet.']],
  ],
  [
    'kept: a quotation before an inverted verb has the speaker after it',
    ['Lee called the plan “a complete and utter disaster,” said Tom Roe.'],
    [
      ['Lee', 'the plan “a complete and utter disaster,”'],
      ['Tom Roe', 'Lee called the plan “a complete and utter disaster,”'],
    ],
  ],
];

describe('a scare quote inside a speaker’s appositive', () => {
  it.each(ROWS)('%s', (_name, input, expected) => {
    expect(simplify(input).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
