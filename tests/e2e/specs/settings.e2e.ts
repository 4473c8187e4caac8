/**
 * Stored settings in real browsers: whatever sits in `storage.sync` — nothing, an old-format record,
 * or garbage from a sync conflict — the content script and the popup come up with a valid record
 * (defaults for what is unreadable, old choices kept where they still make sense); and a toggle
 * changed in the popup survives closing and relaunching the browser on the same profile.
 */
import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launch, type ExtensionSession, type TestPage } from '../browsers';
import { startServer, type TestServer } from '../server';
import { generateNewsPage } from '../../../scripts/bench/generate';
import { sleep } from './hardening';

const KEY = 'sourcelight.settings';

/** Runs in an extension page: replace (or clear, for undefined) the stored settings record. */
function writeStored(arg: { key: string; value: unknown; clear: boolean }): Promise<void> {
  type Area = { set(items: object): Promise<void>; remove(key: string): Promise<void> };
  const scope = globalThis as unknown as {
    browser?: { storage: { sync: Area } };
    chrome?: { storage: { sync: Area } };
  };
  const sync = (scope.browser ?? scope.chrome)!.storage.sync;
  return arg.clear ? sync.remove(arg.key) : sync.set({ [arg.key]: arg.value });
}

/** Runs in the page: which of our highlight names are registered. */
function registered(): string[] {
  const names: string[] = [];
  (CSS as unknown as { highlights: Map<string, unknown> }).highlights.forEach((_v, k) =>
    names.push(k),
  );
  return names.filter((n) => n.startsWith('sourcelight-')).sort();
}

/** Runs in the popup: the category checkboxes' states. */
function checkboxes(): Record<string, boolean> {
  const out: Record<string, boolean> = {};
  document
    .querySelectorAll<HTMLInputElement>('fieldset.toggles input[type=checkbox]')
    .forEach((i) => {
      out[i.name] = i.checked;
    });
  return out;
}

const CORRUPT: Array<[string, unknown]> = [
  ['a string', 'not a settings record'],
  ['a number', 42],
  ['an array', [1, 2, 3]],
  ['null', null],
  ['categories of the wrong type', { version: 1, categories: 'all', disabledSites: 'everywhere' }],
  [
    'flags of the wrong type',
    { version: 1, categories: { direct: 'no', cue: 0 }, disabledSites: [7, null] },
  ],
  [
    'a future version with unknown fields',
    { version: 99, theme: { dark: true }, categories: null },
  ],
];

describe.each(BROWSERS)('settings in %s', (name) => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startServer();
    server.route('/news/tass.html', () => generateNewsPage(600));
  });
  afterAll(async () => {
    await server?.close();
  });

  async function annotatedPage(session: ExtensionSession): Promise<TestPage> {
    const page = await session.open(`${server.origin}/news/tass.html`);
    await page.waitFor(() =>
      [...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys()].some((k) =>
        k.startsWith('sourcelight-'),
      ),
    );
    await sleep(300);
    return page;
  }

  async function popupFor(
    session: ExtensionSession,
    page: TestPage,
  ): Promise<Record<string, boolean>> {
    const popup = await session.openPopup(page);
    await popup.waitFor(() => document.querySelectorAll('fieldset.toggles input').length === 7);
    const state = await popup.evaluate(checkboxes);
    await popup.close();
    return state;
  }

  describe('corrupt and old-format records', () => {
    let session: ExtensionSession;
    let probe: TestPage;
    let defaults: string[];

    beforeAll(async () => {
      session = await launch(name);
      probe = await session.open(`${session.extensionOrigin}/popup.html?probe=1`);
      await probe.evaluate(writeStored, { key: KEY, value: null, clear: true });
      defaults = await (await annotatedPage(session)).evaluate(registered);
    });
    afterAll(async () => {
      await session?.close();
    });

    it('with nothing stored, every category is shown', () => {
      expect(defaults.length).toBeGreaterThanOrEqual(5);
    });

    it.each(CORRUPT)('%s falls back to the defaults', async (_label, value) => {
      await probe.evaluate(writeStored, { key: KEY, value, clear: false });
      const page = await annotatedPage(session);
      expect(await page.evaluate(registered)).toEqual(defaults);
      const toggles = await popupFor(session, page);
      expect(Object.values(toggles)).toEqual(Array(7).fill(true));
      await page.close();
    });

    it('an old-format record (no version, `toggles`, `disabled`) is migrated, choices kept', async () => {
      const old = { toggles: { direct: false, hedge: false }, disabled: ['example.org'] };
      await probe.evaluate(writeStored, { key: KEY, value: old, clear: false });
      const page = await annotatedPage(session);
      const shown = await page.evaluate(registered);
      expect(shown).toEqual(
        defaults.filter((n) => n !== 'sourcelight-direct' && n !== 'sourcelight-hedge'),
      );
      const toggles = await popupFor(session, page);
      expect(toggles).toMatchObject({ direct: false, hedge: false, reported: true, cue: true });
      await page.close();
    });
  });

  it('a toggle changed in the popup survives a browser restart', async () => {
    const profileDir = mkdtempSync(join(tmpdir(), `sourcelight-restart-${name}-`));
    try {
      const first = await launch(name, { profileDir });
      try {
        const page = await annotatedPage(first);
        expect(await page.evaluate(registered)).toContain('sourcelight-reported');
        const popup = await first.openPopup(page);
        await popup.waitFor(() => document.querySelectorAll('fieldset.toggles input').length === 7);
        await popup.click('input[name=reported]');
        await page.waitFor(
          () =>
            !(CSS as unknown as { highlights: Map<string, unknown> }).highlights.has(
              'sourcelight-reported',
            ),
        );
        await sleep(500); // let storage flush before the browser goes away
      } finally {
        await first.close();
      }
      const second = await launch(name, { profileDir });
      try {
        const page = await annotatedPage(second);
        const shown = await page.evaluate(registered);
        expect(shown).not.toContain('sourcelight-reported');
        expect(shown).toContain('sourcelight-direct');
        expect(await popupFor(second, page)).toMatchObject({ reported: false, direct: true });
      } finally {
        await second.close();
      }
    } finally {
      await rm(profileDir, { recursive: true, force: true });
    }
  });
});
