import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attributeTokens, unicodeTokens } from './attribute-tokens';

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
    const classNames = fc.string({ unit: fc.constantFrom(...'aZbYc-_ 09(:)Mx'), maxLength: 16 });
    fc.assert(
      fc.property(classNames, (value) => {
        expect(attributeTokens(value), value).toEqual(unicodeTokens(value));
      }),
      { seed: 11, numRuns: 500 },
    );
  });
});
