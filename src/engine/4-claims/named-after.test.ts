import { describe, expect, it } from 'vitest';
import { buildBlockModel } from '../1-text/model';
import { speakerRight } from '../5-speakers/phrase';
import { renamedSpeaker } from './named-after';

/** The speaker after the word "said" in `text`, as written, after any renaming. */
function speakerAfterSaid(text: string): string | null {
  const block = buildBlockModel(0, 'paragraph', text);
  const cue = block.tokens.findIndex((t) => t.lower === 'said');
  const np = speakerRight(block, cue + 1, block.tokens.length);
  if (np === null) return null;
  const renamed = renamedSpeaker(block, np, block.tokens.length);
  const from = block.tokens[renamed.from]?.start ?? 0;
  return text.slice(from, block.tokens[renamed.to - 1]?.end ?? 0);
}

describe('renamedSpeaker', () => {
  it.each([
    [
      'a name closed by a comma',
      'Rents will rise, said a board member, Karen Holt, on Monday.',
      'Karen Holt',
    ],
    [
      'a name at the sentence end',
      'Prices will fall, said a company spokesman, Paul Fenner.',
      'Paul Fenner',
    ],
    ['a one-word name', 'We lost, said the coach, Dorran, afterwards.', 'Dorran'],
    [
      'a role the tagger reads as a title',
      "Rents will rise, said the bank's president, Doug Lane.",
      'Doug Lane',
    ],
    [
      'a hyphenated role',
      "Rents will rise, said the Harbour Trust's vice-president, Ada Moss.",
      'Ada Moss',
    ],
    [
      'no name after the phrase',
      'Rents will rise, said a board member, adding that costs grew.',
      'a board member',
    ],
    ['a name, not a role: a list', 'Rents will rise, said Holt, Fenner and Dorran.', 'Holt'],
    [
      'a lower-case word after the name',
      'Rents will rise, said a board member, Karen Holt and others.',
      'a board member',
    ],
  ])('%s', (_what, text, want) => expect(speakerAfterSaid(text)).toBe(want));
});
