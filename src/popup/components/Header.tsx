/**
 * The popup's header for an analysed page: what detection concluded and why, and how many claims
 * and speakers were found, so the reader can judge the rest of the popup at a glance.
 */
import type { Detection } from '../../page/types';
import { plural, verdictLabel } from '../format';
import { useT } from '../i18n';
import { verdictReasons } from '../verdict';

export interface HeaderProps {
  detection: Detection;
  forced: boolean;
  claims: number;
  speakers: number;
}

/** Verdict, the reasons for it, and the counts. */
export function Header({ detection, forced, claims, speakers }: HeaderProps) {
  const t = useT();
  const verdict = verdictLabel(t, detection.verdict);
  const reasons = verdictReasons(detection);
  return (
    <section class="summary-header" aria-label={t('verdict')}>
      <p class="verdict" data-verdict={detection.verdict}>
        <span class="verdict-label">{forced ? t('verdictForced', verdict) : verdict}</span>
        <span class="counts">
          {plural(t, 'countClaims', claims)} · {plural(t, 'countSpeakers', speakers)}
        </span>
      </p>
      {reasons.length > 0 && (
        <p class="why">
          {t('why')}{' '}
          {reasons.map((reason, index) => (
            <span key={reason.name}>
              {index > 0 && '; '}
              {reason.detail}
            </span>
          ))}
        </p>
      )}
    </section>
  );
}
