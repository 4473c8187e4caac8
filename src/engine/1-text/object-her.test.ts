import { describe, expect, it } from 'vitest';
import { buildBlockModel } from './model';

/** The tags of `word` and the word before it in `text` (its first occurrence). */
function tagsAt(text: string, word: string): [string | undefined, string | undefined] {
  const block = buildBlockModel(0, 'paragraph', text);
  const i = block.tokens.findIndex((t) => t.text === word);
  return [block.tags[i - 1], block.tags[i]];
}

describe('pastAfterObjectHer: "her" as an object before a past of saying', () => {
  it.each([
    ['at the sentence end', 'The mill will shut, staff who met her said.', 'said', 'pron', 'verb'],
    [
      'before a listener',
      'Guards who saw her told reporters the gate shut.',
      'told',
      'pron',
      'verb',
    ],
    ['a possessive before a noun stays one', 'Her report was late.', 'report', 'poss', 'noun'],
    [
      'a past used as a modifier before a verb',
      'Her said remarks were odd.',
      'said',
      'poss',
      'noun',
    ],
    ['not a past of saying', 'Staff who met her thought so.', 'thought', 'poss', 'noun'],
  ])('%s', (_name, text, word, before, tag) => {
    expect(tagsAt(text, word)).toEqual([before, tag]);
  });
});
