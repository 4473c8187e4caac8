import { describe, expect, it } from 'vitest';
import { tokenize } from '../1-text/tokenize';
import { epithetOf } from './epithet';
import { simplify } from '../testing/simplify';

describe('epithetOf', () => {
  it.each([
    ['the actor', 'actor', { gender: null }],
    ['the actress', 'actress', { gender: 'female' }],
    ['the first lady', 'lady', { gender: 'female' }],
    ['the 37-year-old', '37-year-old', { gender: null }],
    ['the 64-year-old former minister', 'minister', { gender: null }],
    ['the Oscar-winning Broadway actress', 'actress', { gender: 'female' }],
    ['the Grand Falls Ballet Company dancer', 'dancer', null],
    ['the Grand Falls Ballet songwriter', 'songwriter', { gender: null }],
    // Not epithets: an office, an indefinite phrase, a possessor or a second phrase in between.
    ['the spokesman', 'spokesman', null],
    ['an actress', 'actress', null],
    ["the big studio's lead actress", 'actress', null],
    ['the director and the actress', 'actress', null],
    ['the actress in the lead role', 'actress', null],
  ])('%s', (text, head, want) => {
    const tokens = tokenize(text).filter((t) => t.isWord);
    expect(epithetOf(tokens, head)).toEqual(want);
  });
});

type Row = [name: string, input: string[], expected: Array<[speaker: string, content: string]>];

const ROWS: Row[] = [
  [
    'an epithet that shows a gender skips the more salient person of the other',
    [
      'Director Tom Vale met Nora Quist at a festival.',
      'Vale said the script was done in a week.',
      '“It was a strange day,” the actress said.',
    ],
    [
      ['Tom Vale', 'the script was done in a week.'],
      ['Nora Quist', 'It was a strange day,'],
    ],
  ],
  [
    'a long epithet with a title as modifier goes to the person the story is about',
    [
      'Nora Quist posted a photo from the set on Monday.',
      '“We finished the last scene,” the Ferry Lane actress wrote.',
    ],
    [['Nora Quist', 'We finished the last scene,']],
  ],
  [
    'a title held alone goes to the person the story is about',
    [
      'Karen Brill spoke at a school in Ohio on Friday.',
      'The first lady said reading had changed her life.',
    ],
    [['Karen Brill', 'reading had changed her life.']],
  ],
  [
    'kept: no one of the gender the epithet shows is in play',
    ['Tom Vale opened the festival on Friday.', '“It was a strange day,” the actress said.'],
    [['actress', 'It was a strange day,']],
  ],
];

describe('epithets resolved', () => {
  it.each(ROWS)('%s', (_name, input, expected) => {
    expect(simplify(input).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
