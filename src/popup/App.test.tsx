// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { PageReport } from '../protocol/messages';
import { App } from './App';
import { anonymousReport } from './testing/anonymous-fixture';
import { createFakeConnector, type FakeOptions } from './testing/fake-connector';
import { tassReport } from './testing/tass-fixture';
import { englishTranslate } from './testing/translate';

const t = englishTranslate();
const NOW = new Date('2026-04-05T10:00:00Z');

afterEach(cleanup);

function open(options: FakeOptions | ReturnType<typeof createFakeConnector>) {
  const connector = 'calls' in options ? options : createFakeConnector(options);
  const view = render(<App connector={connector} t={t} now={() => NOW} />);
  return { connector, view };
}

const tass = tassReport();
const notNews: PageReport = {
  status: 'not-news',
  url: 'https://shop.example/cart',
  title: 'Your cart',
  detection: {
    verdict: 'not-news',
    score: -3,
    signals: [
      { name: 'no-article', weight: -3, detail: 'No article element or schema' },
      { name: 'short', weight: -1, detail: 'Under 200 words of text' },
    ],
  },
};

describe('states', () => {
  it.each<[string, FakeOptions, string, RegExp | null]>([
    ['restricted page', { reports: ['restricted'] }, "Sourcelight can't run here", null],
    [
      'content script not injected',
      { reports: ['not-injected'] },
      "Sourcelight hasn't loaded on this page yet",
      /Load Sourcelight on this page/,
    ],
    [
      'not news',
      { reports: [notNews] },
      'Not detected as news: no highlights',
      /Annotate this page/,
    ],
    [
      'site switched off',
      {
        reports: [{ status: 'disabled-site', url: tass.url, title: tass.title, host: 'tass.com' }],
      },
      'Sourcelight is off for this site',
      /Turn on for this site/,
    ],
    [
      'no attributions',
      { reports: [{ ...tass, result: { attributions: [], entities: [], hedges: [] } }] },
      'No attributions found',
      null,
    ],
  ])('%s', async (_name, options, heading, action) => {
    open(options);
    expect(await screen.findByRole('heading', { name: heading })).toBeTruthy();
    const buttons = screen.queryAllByRole('button').map((button) => button.textContent);
    if (action) expect(buttons.some((label) => action.test(label ?? ''))).toBe(true);
    else expect(buttons).toEqual([]);
  });

  it('shows loading first, in the same frame as the header', async () => {
    open({ reports: [tass] });
    expect(screen.getByRole('heading', { name: 'Reading the page…' })).toBeTruthy();
    expect(screen.getByRole('main').getAttribute('aria-busy')).toBe('true');
    await screen.findByRole('heading', { name: 'Speakers' });
    expect(screen.getByRole('main').getAttribute('aria-busy')).toBe('false');
  });

  it('waits while the page is still working', async () => {
    const working: PageReport = { status: 'working', url: tass.url, title: tass.title };
    const { connector } = open({ reports: [working, working, tass] });
    await screen.findByRole('heading', { name: 'Speakers' });
    expect(connector.calls.filter(({ method }) => method === 'getReport')).toHaveLength(3);
  });

  it('falls back to the default toggles when storage cannot be read', async () => {
    open({ reports: [tass], storageFails: true });
    await screen.findByRole('heading', { name: 'Speakers' });
    expect(screen.getByText("Your settings couldn't be read or saved.")).toBeTruthy();
    const boxes = screen.getAllByRole('checkbox') as HTMLInputElement[];
    expect(boxes.filter((box) => box.name !== 'site').every((box) => box.checked)).toBe(true);
  });

  it('explains why a page is not news', async () => {
    open({ reports: [notNews] });
    const reasons = await screen.findByRole('list', { name: 'Why:' });
    expect(
      within(reasons)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['No article element or schema', 'Under 200 words of text']);
  });
});

describe('actions that change the page', () => {
  it('annotates a rejected page on request', async () => {
    const { connector } = open({ reports: [notNews], forced: anonymousReport() });
    fireEvent.click(await screen.findByRole('button', { name: 'Annotate this page' }));
    expect(await screen.findByText('Not detected as news (annotated on request)')).toBeTruthy();
    expect(connector.calls.map(({ method }) => method)).toContain('annotateAnyway');
  });

  it('injects the content script, then reads the report', async () => {
    const { connector } = open({ reports: ['not-injected', 'not-injected', tass] });
    fireEvent.click(await screen.findByRole('button', { name: 'Load Sourcelight on this page' }));
    await screen.findByRole('heading', { name: 'Speakers' });
    const methods = connector.calls.map(({ method }) => method);
    expect(methods.indexOf('inject')).toBeLessThan(methods.lastIndexOf('getReport'));
  });

  it('turns the site off and back on', async () => {
    const off: PageReport = {
      status: 'disabled-site',
      url: tass.url,
      title: tass.title,
      host: 'tass.com',
    };
    const { connector } = open({ reports: [tass, off] });
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Run Sourcelight on tass.com' }));
    await screen.findByRole('heading', { name: 'Sourcelight is off for this site' });
    expect(connector.stored.disabledSites).toEqual(['tass.com']);
    fireEvent.click(screen.getByRole('button', { name: 'Turn on for this site' }));
    await waitFor(() => expect(connector.stored.disabledSites).toEqual([]));
  });
});
