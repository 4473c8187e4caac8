/**
 * The popup: reads the page's report through the connector and shows the state it is in, the
 * summary when there is one, and the controls that change the page (toggles, per-site switch,
 * annotate anyway, inject). All text comes from the translator it is given.
 */
import { useLayoutEffect, useState } from 'preact/hooks';
import type { Category } from '../page/types';
import type { PageReport } from '../protocol/messages';
import type { Connector, PopupSettings } from './connector';
import { AnnotatedView } from './components/AnnotatedView';
import { SiteSwitch } from './components/Toggles';
import { TranslateContext, type Translate } from './i18n';
import { summaryMarkdown } from './markdown';
import { defaultSettings, hostOf } from '../settings/schema';
import { exportFileName, exportJson, type AnnotatedReport } from './report';
import { withSite } from './sites';
import { StatePanel } from './StatePanel';
import { usePage } from './usePage';
import { usePaintedMark } from './usePaintedMark';

export interface AppProps {
  connector: Connector;
  t: Translate;
  /** Clock for export timestamps (tests pin it). */
  now?: () => Date;
}

/** The popup's root, providing the translator to every component. */
export function App({ connector, t, now = () => new Date() }: AppProps) {
  return (
    <TranslateContext.Provider value={t}>
      <Popup connector={connector} t={t} now={now} />
    </TranslateContext.Provider>
  );
}

function Popup({ connector, t, now }: Required<AppProps>) {
  const page = usePage(connector);
  const [settings, setSettings] = useState<PopupSettings | null>(null);
  const [notice, setNotice] = useState('');
  // Read with the report, before the first frame (see usePage).
  useLayoutEffect(() => {
    connector.loadSettings().then(setSettings, () => {
      // Unreadable storage must not keep the popup loading: show the defaults and say so.
      const { categories, disabledSites } = defaultSettings();
      setSettings({ categories, disabledSites });
      setNotice(t('settingsFailed'));
    });
  }, [connector, t]);

  const report: PageReport | null = page.state.phase === 'report' ? page.state.report : null;
  const site = report ? hostOf(report.url) : null;
  const loading = page.state.phase === 'loading' || settings === null;
  usePaintedMark(!loading && report?.status === 'annotated');

  const onCategory = (category: Category, on: boolean) => {
    if (!settings) return;
    const categories = { ...settings.categories, [category]: on };
    setSettings({ ...settings, categories });
    // Live in the page first, then persisted; a page that cannot be reached still gets the setting.
    connector.setCategories(categories).catch(() => undefined);
    connector.saveSettings({ categories }).then(setSettings, () => setNotice(t('settingsFailed')));
  };
  const onSite = (enabled: boolean) => {
    if (!settings || !site) return;
    const disabledSites = withSite(settings.disabledSites, site, enabled);
    page.refresh(
      async () => setSettings(await connector.saveSettings({ disabledSites })),
      (next) => next.status !== 'working' && (next.status === 'disabled-site') !== enabled,
    );
  };
  const onJump = (id: number) => {
    setNotice('');
    connector.jumpToClaim(id).then(
      (found) => setNotice(found ? '' : t('claimGone')),
      () => setNotice(t('claimGone')),
    );
  };
  const annotated = (copy: (r: AnnotatedReport) => Promise<void> | void) => () => {
    if (report?.status === 'annotated') void copy(report);
  };
  const onCopy = annotated(async (r) => {
    await connector.copyText(summaryMarkdown(t, r)).then(
      () => setNotice(t('copied')),
      () => setNotice(t('copyFailed')),
    );
  });
  const onDownload = annotated((r) => {
    const at = now();
    connector.download(exportFileName(r, at), 'application/json', exportJson(r, at));
    setNotice(t('downloaded'));
  });

  return (
    <main class="popup" aria-busy={loading}>
      <header class="brand">
        <h1>{t('extName')}</h1>
        <p class="page-title">{report?.title ?? '\u00a0'}</p>
      </header>
      {loading || settings === null ? (
        <StatePanel state={{ phase: 'loading' }} />
      ) : report?.status === 'annotated' ? (
        <AnnotatedView
          report={report}
          categories={settings.categories}
          onCategory={onCategory}
          onJump={onJump}
          onCopy={onCopy}
          onDownload={onDownload}
          siteSwitch={site && <SiteSwitch site={site} enabled onChange={onSite} />}
        />
      ) : (
        <StatePanel
          state={page.state}
          onInject={() => page.refresh(() => connector.inject(), undefined, true)}
          onAnnotate={() => page.refresh(() => connector.annotateAnyway())}
          onEnableSite={() => onSite(true)}
        />
      )}
      {!loading && site && report?.status === 'not-news' && (
        <SiteSwitch site={site} enabled onChange={onSite} />
      )}
      <p class="notice" role="status">
        {notice}
      </p>
    </main>
  );
}
