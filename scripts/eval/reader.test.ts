import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../src/cli/article';
import { readerLines, readerText } from './reader';

/** Write `text` to a fresh `.txt` file and return its path. */
function textFile(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'reader-')), 'article.txt');
  writeFileSync(path, text);
  return path;
}

describe('readerText on a plain-text article', () => {
  it.each<[string, string, string, string[]]>([
    [
      'headline, then one paragraph a line, blank lines between',
      'Mayor opens the bridge\n\nThe mayor said the bridge would open.\n\n“It is ready,” she said.\n',
      'Mayor opens the bridge',
      ['The mayor said the bridge would open.', '“It is ready,” she said.'],
    ],
    [
      'spaces squashed and empty lines dropped, CRLF too',
      '  Rain  expected \r\n\r\n\r\nForecasters   said rain was likely.\r\n',
      'Rain expected',
      ['Forecasters said rain was likely.'],
    ],
    ['a headline alone', 'Only a headline', 'Only a headline', []],
  ])('%s', (_name, text, headline, paragraphs) => {
    const view = readerText(textFile(text));
    expect(view.headline).toBe(headline);
    expect(view.title).toBe(headline);
    expect(view.paragraphs).toEqual(paragraphs);
    expect(view.standfirstShown).toBe(false);
  });

  it('shows the annotator exactly the blocks the engine reads', () => {
    const text = 'Shares fall\n\nAnalysts said shares fell.\nTraders, however, disagreed.\n';
    const engine = blocksFromText(text).blocks.map((b) => b.text);
    expect(readerLines(readerText(textFile(text)))).toEqual(engine);
  });
});
