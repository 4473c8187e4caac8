import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTranslate, getMessageFrom } from './i18n';
import { englishMessages, englishTranslate } from './testing/translate';

describe('getMessageFrom follows the browsers placeholder rules', () => {
  const get = getMessageFrom({
    plain: { message: 'Hello' },
    named: { message: 'Hi $WHO$!', placeholders: { who: { content: '$1' } } },
    two: {
      message: '$B$ before $A$',
      placeholders: { a: { content: '$1' }, b: { content: '$2' } },
    },
    fixed: { message: 'Go to $SITE$', placeholders: { site: { content: 'example.com' } } },
    dollars: { message: 'Costs $$5' },
  });
  it.each([
    ['plain', undefined, 'Hello'],
    ['named', ['Ann'], 'Hi Ann!'],
    ['named', 'Bob', 'Hi Bob!'],
    ['two', ['first', 'second'], 'second before first'],
    ['fixed', undefined, 'Go to example.com'],
    ['dollars', undefined, 'Costs $5'],
    ['missing', undefined, ''],
  ])('%s with %j', (key, subs, expected) => {
    expect(get(key, subs)).toBe(expected);
  });

  it('translate shows the key for a missing string and stringifies numbers', () => {
    const t = createTranslate(get);
    expect(t('missing')).toBe('missing');
    expect(t('named', 3)).toBe('Hi 3!');
  });
});

/** Every `t('key'…)` and `'key'` in a key table under src/popup must exist in messages.json. */
describe('the English catalogue', () => {
  const messages = englishMessages();
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return name === 'testing' ? [] : files(path);
      return /\.tsx?$/.test(name) && !name.includes('.test.') ? [path] : [];
    });
  const used = new Set<string>();
  for (const file of files(resolve(process.cwd(), 'src/popup'))) {
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/\bt\('(\w+)'/g)) used.add(match[1]!);
    for (const match of source.matchAll(/: '((?:type|kind|verdict|category)[A-Z]\w*)'/g))
      used.add(match[1]!);
  }

  it('finds the keys the popup uses', () => {
    expect(used.size).toBeGreaterThan(40);
  });

  it.each([...used].sort())('has %s', (key) => {
    expect(messages[key]?.message).toBeTruthy();
  });

  it.each(['countClaims', 'countSpeakers'])('has singular and plural of %s', (key) => {
    const t = englishTranslate();
    expect(t(key, 9)).toContain('9');
    expect(t(`${key}One`, 1)).toContain('1');
  });

  it('keeps the manifest keys', () => {
    for (const key of ['extName', 'extDescription', 'actionTitle', 'commandToggle'])
      expect(messages[key]).toBeDefined();
  });
});
