import { describe, expect, it } from 'vitest';
import { withSite } from './sites';

describe('withSite', () => {
  it.each<[string, string[], string, boolean, string[]]>([
    ['switches a site off', [], 'tass.com', false, ['tass.com']],
    [
      'keeps others when switching off',
      ['bbc.co.uk'],
      'tass.com',
      false,
      ['bbc.co.uk', 'tass.com'],
    ],
    ['does not duplicate', ['tass.com'], 'tass.com', false, ['tass.com']],
    ['a parent entry already covers it', ['tass.com'], 'www.tass.com', false, ['tass.com']],
    ['switches a site on', ['tass.com', 'bbc.co.uk'], 'tass.com', true, ['bbc.co.uk']],
    ['removes the covering parent too', ['tass.com'], 'www.tass.com', true, []],
    ['leaves look-alike hosts alone', ['ass.com'], 'tass.com', true, ['ass.com']],
    ['leaves subdomain entries alone', ['news.tass.com'], 'tass.com', true, ['news.tass.com']],
  ])('%s', (_name, list, host, enabled, expected) => {
    expect(withSite(list, host, enabled)).toEqual(expected);
  });
});
