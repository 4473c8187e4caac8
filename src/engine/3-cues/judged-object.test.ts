import { describe, expect, it } from 'vitest';
import { buildBlockModel } from '../1-text/model';
import { judgedObjectAs } from './judged-object';

type Row = [name: string, text: string, object: string | null];

/** The object of a judging verb (the text after its first word, up to "as"), or no "as" at all. */
const ROWS: Row[] = [
  ['a pronoun', 'saw it as a betrayal', 'it'],
  [
    'a possessive pronoun opening a phrase',
    'listed her link to the firm as minor',
    'her link to the firm',
  ],
  ['a post-modifier', 'named the leader of the gang as Redfox', 'the leader of the gang'],
  [
    'an infinitive inside the phrase',
    'called the power to block sales as a threat',
    'the power to block sales',
  ],
  [
    'a relative aside in commas',
    'described the flyers, which ran all summer, as a smear',
    'the flyers, which ran all summer,',
  ],
  [
    'a list with an adverb',
    'saw Ames, Ruiz and perhaps Kell as stars',
    'Ames, Ruiz and perhaps Kell',
  ],
  ['a gerund with its object', 'saw beating the rivals as the key step', 'beating the rivals'],
  ['a clause before "as" is no object', 'saw prices rise as demand fell', null],
  ['no "as" at all', 'saw the report on Monday', null],
  ['an unclosed aside', 'described the flyers, which ran all summer as a smear', null],
  ['a title abbreviation before a name', 'sees Ms. Lane as a rival', 'Ms. Lane'],
  [
    'a plural possessive mark before its noun',
    'saw the farmers’ losses as a warning',
    'the farmers’ losses',
  ],
  ['a sentence period after a name ends the phrase', 'saw Lane. He left as planned', null],
  ['a closing quote mark after a word is no possessive', 'saw the ’trial’ as a sham', null],
];

describe('judgedObjectAs', () => {
  it.each(ROWS)('%s', (_name, text, object) => {
    const m = buildBlockModel(0, 'paragraph', text);
    const as = judgedObjectAs(m, 1, m.tokens.length);
    const got = as < 0 ? null : text.slice(m.tokens[1]?.start, m.tokens[as - 1]?.end).trim();
    expect(got).toBe(object);
  });
});
