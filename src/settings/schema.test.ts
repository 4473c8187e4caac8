import { describe, expect, it } from 'vitest';
import {
  applyPatch,
  defaultSettings,
  hostOf,
  isSiteDisabled,
  migrateSettings,
  normalizeHost,
} from './schema';

const defaults = defaultSettings();

describe('migrateSettings', () => {
  const cases: Array<[string, unknown, unknown]> = [
    ['nothing stored', undefined, defaults],
    ['null', null, defaults],
    ['a string', 'garbage', defaults],
    ['an array', [1, 2], defaults],
    [
      'a current record',
      {
        version: 1,
        categories: { ...defaults.categories, hedge: false },
        disabledSites: ['a.com'],
      },
      {
        ...defaults,
        categories: { ...defaults.categories, hedge: false },
        disabledSites: ['a.com'],
      },
    ],
    [
      'version 0 with toggles and disabled',
      { toggles: { direct: false }, disabled: ['Example.COM.'] },
      {
        ...defaults,
        categories: { ...defaults.categories, direct: false },
        disabledSites: ['example.com'],
      },
    ],
    [
      'wrong types inside are dropped',
      { version: 1, categories: { direct: 'no', loaded: false, bogus: true }, disabledSites: 'x' },
      { ...defaults, categories: { ...defaults.categories, loaded: false } },
    ],
    [
      'bad and duplicate hosts are filtered',
      { disabledSites: ['a.com', 'A.com', 42, '', 'bad host', 'b.org'] },
      { ...defaults, disabledSites: ['a.com', 'b.org'] },
    ],
  ];
  it.each(cases)('%s', (_name, stored, expected) => {
    expect(migrateSettings(stored)).toEqual(expected);
  });

  it('always returns every category', () => {
    expect(Object.keys(migrateSettings({ categories: {} }).categories).sort()).toEqual(
      Object.keys(defaults.categories).sort(),
    );
  });
});

describe('applyPatch', () => {
  it('merges categories and replaces sites', () => {
    const next = applyPatch(defaults, { categories: { ...defaults.categories, cue: false } });
    expect(next.categories.cue).toBe(false);
    expect(next.categories.direct).toBe(true);
    expect(applyPatch(next, { disabledSites: ['x.org'] }).disabledSites).toEqual(['x.org']);
  });
});

describe('hosts', () => {
  const hostCases: Array<[string, string | null]> = [
    ['https://www.BBC.com/news/x', 'www.bbc.com'],
    ['http://127.0.0.1:8080/a', '127.0.0.1'],
    ['chrome://extensions', null],
    ['not a url', null],
  ];
  it.each(hostCases)('hostOf(%s)', (url, host) => expect(hostOf(url)).toBe(host));

  const disabledCases: Array<[string[], string, boolean]> = [
    [['bbc.com'], 'www.bbc.com', true],
    [['bbc.com'], 'bbc.com', true],
    [['bbc.com'], 'notbbc.com', false],
    [[], 'bbc.com', false],
  ];
  it.each(disabledCases)('%j disables %s: %s', (sites, host, expected) => {
    expect(isSiteDisabled({ ...defaults, disabledSites: sites }, host)).toBe(expected);
  });

  it('normalizes host names', () => {
    expect(normalizeHost(' Example.com. ')).toBe('example.com');
    expect(normalizeHost('a b')).toBeNull();
  });
});
