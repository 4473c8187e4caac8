import { describe, expect, it } from 'vitest';
import { buildBlockModel } from './model';

/** The tag of `word` in `text` (its first occurrence). */
function tagOf(text: string, word: string): string | undefined {
  const block = buildBlockModel(0, 'paragraph', text);
  const i = block.tokens.findIndex((t) => t.text === word);
  return block.tags[i];
}

describe('openingAdjective: a common adjective capitalised by its place is no name', () => {
  it.each([
    [
      'before a plural and a comma',
      'Early results, printed in a journal, showed gains.',
      'Early',
      'adj',
    ],
    [
      'and the plural heads the subject',
      'Early results, printed in a journal, showed gains.',
      'results',
      'noun',
    ],
    ['before a plural and a preposition', 'New views of the moon show craters.', 'views', 'noun'],
    ['a suffixed adjective', 'Preliminary tests by the lab reveal lead.', 'tests', 'noun'],
    ['a surname-like adjective is not listed', 'Young said the plan failed.', 'Young', 'name'],
    ['a past form after it keeps a name', 'Early said the plan failed.', 'Early', 'name'],
    ['a name after it keeps a name', 'New York officials said so.', 'New', 'name'],
    ['mid-sentence capitals stay names', 'They met New views editors.', 'New', 'name'],
  ])('%s', (_name, text, word, tag) => {
    expect(tagOf(text, word)).toBe(tag);
  });
});

describe('postposedAdjective: an adjective after a plural subject modifies it', () => {
  it.each([
    [
      '"present" between a plural and a verb',
      'The managers present said it failed.',
      'present',
      false,
    ],
    ['and the verb after it stays a verb', 'The managers present said it failed.', 'said', true],
    [
      '"involved" between a plural and a verb',
      'The officials involved said it failed.',
      'involved',
      false,
    ],
    ['a verb with its object stays a verb', 'The managers present a plan today.', 'present', true],
    ['after a singular it stays a verb', 'The firm involved said it failed.', 'involved', true],
  ])('%s', (_name, text, word, verb) => {
    expect(tagOf(text, word) === 'verb').toBe(verb);
  });
});
