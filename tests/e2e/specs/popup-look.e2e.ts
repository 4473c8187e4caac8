/**
 * The popup's summary in real browsers, from a fixed report: the theme follows the system, no
 * axe-core violations in light or dark, the popup's width, and screenshots of both themes kept under
 * test-artifacts/.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tassReport } from '../../../src/popup/testing/tass-fixture';
import { BROWSERS, launch } from '../browsers';
import { PROJECT_ROOT, startServer, type TestServer } from '../server';
import { axeViolations, screenshotPopup } from './popup-page';
import { previewPage } from './popup-preview';

const ARTIFACTS = resolve(PROJECT_ROOT, 'test-artifacts');

/** Runs in the page: the body's background as "r g b". */
function backgroundRgb(): string {
  return getComputedStyle(document.body)
    .backgroundColor.replace(/[^\d,]/g, '')
    .split(',')
    .slice(0, 3)
    .join(' ');
}

describe.each(BROWSERS)('popup look in %s', (name) => {
  let server: TestServer;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await startServer();
    const html = await previewPage(tassReport());
    server.route('/popup-preview.html', () => html);
  });
  afterAll(async () => {
    await server?.close();
  });

  it.each([
    ['light', '255 255 255'],
    ['dark', '22 25 29'],
  ] as const)('is accessible and 380px wide in the %s theme', async (scheme, background) => {
    const session = await launch(name, { colorScheme: scheme });
    try {
      const popup = await session.open(`${server.origin}/popup-preview.html`);
      await popup.waitFor(() => document.querySelector('.speaker-head') !== null);
      await popup.evaluate(() => {
        document.querySelectorAll<HTMLButtonElement>('.speaker-head')[3]?.click();
      });
      expect(await popup.evaluate(backgroundRgb)).toBe(background);
      // Only the expanded speaker's claims are on screen.
      const shown = await popup.evaluate(
        () =>
          [...document.querySelectorAll('.claims')].filter(
            (list) => getComputedStyle(list).display !== 'none',
          ).length,
      );
      expect(shown).toBe(1);
      expect(await popup.evaluate(() => document.body.getBoundingClientRect().width)).toBe(380);
      expect(await axeViolations(popup)).toEqual([]);
      await screenshotPopup(popup, resolve(ARTIFACTS, `popup-preview-${name}-${scheme}.png`));
    } finally {
      await session.close();
    }
  });
});
