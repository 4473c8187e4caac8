/**
 * Export actions: the summary as Markdown to the clipboard, every record as a JSON download.
 */
import { useT } from '../i18n';

/** Two buttons; what they produce is built by the App from the report. */
export function ExportBar({ onCopy, onDownload }: { onCopy: () => void; onDownload: () => void }) {
  const t = useT();
  return (
    <section class="export" aria-label={t('export')}>
      <button type="button" onClick={onCopy}>
        {t('copyMarkdown')}
      </button>
      <button type="button" onClick={onDownload}>
        {t('downloadJson')}
      </button>
    </section>
  );
}
