/**
 * A browser page rendering the real popup against the fake connector, with a report and the English
 * catalogue handed in as data. End-to-end specs use it to check the summary's accessibility and take
 * its screenshots in both themes with a fixed, known report.
 */
import { render } from 'preact';
import type { PageReport } from '../../protocol/messages';
import { App } from '../App';
import { createTranslate, getMessageFrom, type LocaleMessage } from '../i18n';
import { createFakeConnector } from './fake-connector';

/** What the preview page receives from the spec. */
export interface PreviewData {
  report: PageReport;
  messages: Record<string, LocaleMessage>;
}

const data = (globalThis as { PREVIEW?: PreviewData }).PREVIEW;
const root = document.getElementById('app');
if (data && root) {
  const t = createTranslate(getMessageFrom(data.messages));
  render(<App connector={createFakeConnector({ reports: [data.report] })} t={t} />, root);
}
