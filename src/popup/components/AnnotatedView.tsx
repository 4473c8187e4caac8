/**
 * The summary of an analysed page: header, speakers, sourcing profile, highlight toggles and
 * exports, in that order, because the reader's first question is who is speaking.
 */
import type { ComponentChildren } from 'preact';
import { useMemo } from 'preact/hooks';
import type { Category, CategoryToggles } from '../../page/types';
import { useT } from '../i18n';
import { sourcingProfile } from '../profile';
import type { AnnotatedReport } from '../report';
import { summariseSpeakers } from '../summary';
import { ExportBar } from './ExportBar';
import { Header } from './Header';
import { ProfileView } from './ProfileView';
import { SpeakerList } from './SpeakerList';
import { StateMessage } from './StateMessage';
import { CategoryToggleList } from './Toggles';

export interface AnnotatedViewProps {
  report: AnnotatedReport;
  categories: CategoryToggles;
  onCategory: (category: Category, on: boolean) => void;
  onJump: (claimId: number) => void;
  onCopy: () => void;
  onDownload: () => void;
  /** The per-site switch, shown with the other page controls. */
  siteSwitch?: ComponentChildren;
}

/** Everything shown for an annotated page. */
export function AnnotatedView(props: AnnotatedViewProps) {
  const { report } = props;
  const t = useT();
  const speakers = useMemo(() => summariseSpeakers(report.result), [report]);
  const profile = useMemo(() => sourcingProfile(report.result), [report]);
  const empty = report.result.attributions.length === 0;
  return (
    <>
      <Header
        detection={report.detection}
        forced={report.forced}
        claims={profile.total}
        speakers={speakers.length}
      />
      {empty ? (
        <StateMessage state="empty" title={t('emptyTitle')} body={t('emptyBody')} />
      ) : (
        <>
          <SpeakerList speakers={speakers} onJump={props.onJump} />
          <ProfileView profile={profile} />
        </>
      )}
      <CategoryToggleList categories={props.categories} onCategory={props.onCategory} />
      {props.siteSwitch}
      {!empty && <ExportBar onCopy={props.onCopy} onDownload={props.onDownload} />}
      <p class="timings">{t('timings', Math.round(report.timings.total))}</p>
    </>
  );
}
