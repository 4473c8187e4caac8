import { describe, expect, it } from 'vitest';
import { escapeMarkdown, summaryMarkdown } from './markdown';
import { anonymousReport } from './testing/anonymous-fixture';
import { tassReport } from './testing/tass-fixture';
import { englishTranslate } from './testing/translate';

const t = englishTranslate();

describe('escapeMarkdown', () => {
  it.each([
    ['plain words', 'plain words'],
    ['*bold* _it_', '\\*bold\\* \\_it\\_'],
    ['[link](http://x)', '\\[link\\]\\(http://x\\)'],
    ['<b>html</b>', '\\<b\\>html\\</b\\>'],
    ['# heading', '\\# heading'],
    ['a\\b', 'a\\\\b'],
  ])('%s', (text, expected) => {
    expect(escapeMarkdown(text)).toBe(expected);
  });
});

describe('summaryMarkdown', () => {
  const tass = summaryMarkdown(t, tassReport());
  const lines = tass.split('\n');

  it.each([
    [
      'title',
      '# Who claims what: Macron says France needs to work with any country facing risk of terrorism',
    ],
    ['url', '<https://tass.com/politics/1770009>'],
    ['verdict and counts', '**Verdict:** News · 15 claims · 4 speakers'],
    ['Macron first', '### Emmanuel Macron (Person): 9 claims'],
    ['Lecornu', '### Sebastien Lecornu (Person): 1 claim'],
    ['Lecornu loaded verb', '- Loaded verbs: “insisted” ×1'],
    ['relay', '- via Russian Defense Ministry'],
    [
      'a quoted claim',
      '4. (Quoted, said) “We must work together with all those who face the threat of terrorism. When we have data, we must conduct technical exchange of information. This is our duty,”',
    ],
    ['anonymous share', '- Anonymous sources 0% (0)'],
    [
      'kinds',
      '- Quoted vs paraphrased: Quoted 20% (3), Paraphrased 53% (8), Partly quoted 27% (4)',
    ],
    ['hedges', '- Hedges: none'],
  ])('has the %s line', (_name, line) => {
    expect(lines).toContain(line);
  });

  it('lists speakers in order of claims', () => {
    const headings = lines
      .filter((line) => line.startsWith('### '))
      .map((line) => line.split(' (')[0]);
    expect(headings).toEqual([
      '### Emmanuel Macron',
      '### Sergey Shoigu',
      '### Russian Defense Ministry',
      '### Sebastien Lecornu',
    ]);
  });

  it('escapes page text and marks forced annotation', () => {
    const ports = summaryMarkdown(t, anonymousReport());
    expect(ports).toContain('\\<b\\>millions\\</b\\>');
    expect(ports).not.toContain('<b>');
    expect(ports).toContain('Not detected as news (annotated on request)');
    expect(ports).toContain('- Hedges: “reportedly” ×2, “allegedly” ×1');
    expect(ports).toContain('- Anonymous sources 25% (1)');
  });
});
