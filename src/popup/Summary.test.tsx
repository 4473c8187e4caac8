// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { App } from './App';
import { anonymousReport } from './testing/anonymous-fixture';
import { allCategories, createFakeConnector, type FakeConnector } from './testing/fake-connector';
import { tassReport } from './testing/tass-fixture';
import { englishTranslate } from './testing/translate';

const t = englishTranslate();
const NOW = new Date('2026-04-05T10:00:00Z');

afterEach(cleanup);

async function openOn(connector: FakeConnector) {
  render(<App connector={connector} t={t} now={() => NOW} />);
  await screen.findByRole('heading', { name: 'Speakers' });
}

const speakerItems = () =>
  within(screen.getByRole('region', { name: 'Speakers' })).getAllByRole('listitem');
const speakerButtons = () =>
  within(screen.getByRole('region', { name: 'Speakers' }))
    .getAllByRole('button')
    .filter((button) => button.hasAttribute('aria-expanded'));

describe('header and speakers', () => {
  it('shows the verdict, why, and the counts', async () => {
    await openOn(createFakeConnector({ reports: [tassReport()] }));
    expect(screen.getByText('News')).toBeTruthy();
    expect(screen.getByText('15 claims · 4 speakers')).toBeTruthy();
    expect(document.querySelector('.why')?.textContent).toBe(
      'Why: NewsArticle in JSON-LD; og:type is "article"; Dateline before the first paragraph',
    );
  });

  it('lists speakers by number of claims, with type badges', async () => {
    await openOn(createFakeConnector({ reports: [tassReport()] }));
    expect(speakerButtons().map((button) => button.textContent)).toEqual([
      'Emmanuel MacronPerson9 claims',
      'Sergey ShoiguPerson3 claims',
      'Russian Defense MinistryGovernment2 claims',
      'Sebastien LecornuPerson1 claim',
    ]);
  });

  it('flags loaded verbs and relays on the speaker', async () => {
    await openOn(createFakeConnector({ reports: [tassReport()] }));
    const lecornu = speakerItems().find((item) =>
      item.textContent?.startsWith('Sebastien Lecornu'),
    );
    expect(lecornu?.querySelector('mark')?.textContent).toBe('“insisted” ×1');
    expect(within(lecornu!).getByText('via Russian Defense Ministry')).toBeTruthy();
    expect(within(lecornu!).getByText('Partly quoted 1')).toBeTruthy();
    const macron = speakerItems()[0]!;
    expect(within(macron).getByText('Quoted 3 · Paraphrased 6')).toBeTruthy();
    expect(macron.querySelector('mark')).toBeNull();
  });

  it('expands a speaker to list claims, and a claim jumps to the page', async () => {
    const connector = createFakeConnector({ reports: [tassReport()] });
    await openOn(connector);
    const head = speakerButtons()[0]!;
    const list = document.getElementById(head.getAttribute('aria-controls')!)!;
    expect(head.getAttribute('aria-expanded')).toBe('false');
    expect(list.hidden).toBe(true);
    fireEvent.click(head);
    expect(head.getAttribute('aria-expanded')).toBe('true');
    expect(list.hidden).toBe(false);
    const claims = within(list).getAllByRole('button');
    expect(claims).toHaveLength(9);
    expect(claims[3]?.textContent).toContain('We must work together with all those');
    fireEvent.click(claims[3]!);
    await waitFor(() =>
      expect(connector.calls.find(({ method }) => method === 'jumpToClaim')?.args).toEqual([3]),
    );
  });

  it('says so when a claim is no longer in the page', async () => {
    await openOn(createFakeConnector({ reports: [tassReport()], jumpFinds: false }));
    fireEvent.click(speakerButtons()[3]!);
    fireEvent.click(screen.getByRole('button', { name: /in attempts to assure/ }));
    expect(await screen.findByText('That passage is no longer on the page.')).toBeTruthy();
  });

  it('renders page text only as text', async () => {
    await openOn(createFakeConnector({ reports: [anonymousReport()] }));
    fireEvent.click(speakerButtons()[3]!);
    expect(screen.getByText(/the losses are allegedly worth <b>millions<\/b>/)).toBeTruthy();
    expect(document.querySelector('main b')).toBeNull();
  });
});

describe('sourcing profile', () => {
  it('draws bars for source types, anonymity and kinds', async () => {
    await openOn(createFakeConnector({ reports: [anonymousReport()] }));
    const profile = screen.getByRole('region', { name: 'Sourcing profile' });
    const rows = within(profile)
      .getAllByRole('listitem')
      .map((row) => row.textContent);
    expect(rows).toEqual([
      'Document50% (2)',
      'Anonymous25% (1)',
      'Organization25% (1)',
      'Anonymous sources25% (1)',
      'Quoted25% (1)',
      'Paraphrased75% (3)',
      'Partly quoted0% (0)',
    ]);
    const widths = [...profile.querySelectorAll<HTMLElement>('.bar-fill')].map(
      (bar) => bar.style.width,
    );
    expect(widths[0]).toBe('50%');
    expect(within(profile).getByText('“claimed” ×1')).toBeTruthy();
    expect(within(profile).getByText('“reportedly” ×2')).toBeTruthy();
  });
});

describe('category toggles', () => {
  it('applies a toggle live, persists it, and shows it on reopening', async () => {
    const connector = createFakeConnector({ reports: [tassReport()] });
    await openOn(connector);
    const direct = screen.getByRole('checkbox', { name: 'Direct quotes' }) as HTMLInputElement;
    expect(direct.checked).toBe(true);
    fireEvent.click(direct);
    const expected = { ...allCategories(), direct: false };
    await waitFor(() => expect(connector.stored.categories).toEqual(expected));
    expect(connector.calls.find(({ method }) => method === 'setCategories')?.args).toEqual([
      expected,
    ]);
    cleanup();
    await openOn(connector);
    expect(
      (screen.getByRole('checkbox', { name: 'Direct quotes' }) as HTMLInputElement).checked,
    ).toBe(false);
    expect((screen.getByRole('checkbox', { name: 'Hedges' }) as HTMLInputElement).checked).toBe(
      true,
    );
  });

  it('labels every category', async () => {
    await openOn(createFakeConnector({ reports: [tassReport()] }));
    const group = screen.getByRole('group', { name: 'Highlights in the page' });
    expect(
      within(group)
        .getAllByRole('checkbox')
        .map((box) => box.getAttribute('name')),
    ).toEqual(['direct', 'reported', 'cue', 'speaker', 'anonymous', 'loaded', 'hedge']);
  });
});

describe('export', () => {
  it('copies the summary as Markdown', async () => {
    const connector = createFakeConnector({ reports: [tassReport()] });
    await openOn(connector);
    fireEvent.click(screen.getByRole('button', { name: 'Copy summary (Markdown)' }));
    expect(await screen.findByText('Summary copied to the clipboard.')).toBeTruthy();
    const [markdown] = connector.copied;
    expect(markdown).toContain('### Emmanuel Macron (Person): 9 claims');
    expect(markdown).toContain('### Sebastien Lecornu (Person): 1 claim');
    expect(markdown).toContain('- Loaded verbs: “insisted” ×1');
  });

  it('downloads every record as JSON', async () => {
    const connector = createFakeConnector({ reports: [tassReport()] });
    await openOn(connector);
    fireEvent.click(screen.getByRole('button', { name: 'Download all records (JSON)' }));
    const [download] = connector.downloads;
    expect(download?.fileName).toBe('sourcelight-tass.com-2026-04-05.json');
    expect(download?.mimeType).toBe('application/json');
    const parsed = JSON.parse(download!.text) as { attributions: unknown[]; entities: unknown[] };
    expect(parsed.attributions).toHaveLength(15);
    expect(parsed.entities).toHaveLength(4);
  });
});

describe('keyboard and labels', () => {
  it('uses only native, named controls', async () => {
    await openOn(createFakeConnector({ reports: [tassReport()] }));
    fireEvent.click(speakerButtons()[0]!);
    const controls = [...document.querySelectorAll('button, input, a, [tabindex]')];
    expect(controls.length).toBeGreaterThan(15);
    for (const control of controls) {
      expect(['BUTTON', 'INPUT']).toContain(control.tagName);
      const name =
        control.tagName === 'INPUT' ? control.closest('label')?.textContent : control.textContent;
      expect(name?.trim()).toBeTruthy();
      expect(control.getAttribute('tabindex')).toBeNull();
    }
  });
});
