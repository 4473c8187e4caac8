import { describe, expect, it } from 'vitest';
import { attributeTokens, unicodeTokens } from './rules';

describe('attributeTokens', () => {
  const cases: Array<[string, string[]]> = [
    ['', []],
    ['share-bar', ['share', 'bar']],
    ['articleBody', ['article', 'body']],
    ['ArticleBody main_content', ['article', 'body', 'main', 'content']],
    ['HTMLParser', ['htmlparser']],
    ['ad2 col-12 Mstart(82px)', ['ad', 'col', 'mstart', 'px']],
    ['--nav--', ['nav']],
    ['ÉditionSpéciale', ['édition', 'spéciale']],
    ['новости-дня', ['новости', 'дня']],
    ['ΣΟΦΙΑ', ['σοφια']],
    ['記事 body', ['body']],
  ];
  it.each(cases)('%j', (value, expected) => {
    expect(attributeTokens(value)).toEqual(expected);
  });

  it('the ASCII path agrees with the any-script path on random class names', () => {
    const chars = 'aZbYc-_ 09(:)Mx';
    let seed = 11;
    for (let k = 0; k < 500; k++) {
      let value = '';
      const len = k % 17;
      for (let i = 0; i < len; i++) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        value += chars[seed % chars.length];
      }
      expect(attributeTokens(value), value).toEqual(unicodeTokens(value));
    }
  });
});
