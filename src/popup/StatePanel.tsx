/**
 * Chooses the message for every state that has no summary: loading, still working, restricted
 * page, content script not injected, not news, site switched off, unexpected failure.
 */
import { StateMessage } from './components/StateMessage';
import { verdictLabel } from './format';
import { useT } from './i18n';
import type { PageState } from './usePage';
import { verdictReasons } from './verdict';

export interface StatePanelProps {
  state: PageState;
  onInject?: () => void;
  onAnnotate?: () => void;
  onEnableSite?: () => void;
}

/** The state message for `state` (annotated reports are shown by `AnnotatedView` instead). */
export function StatePanel({ state, onInject, onAnnotate, onEnableSite }: StatePanelProps) {
  const t = useT();
  if (state.phase === 'loading') {
    return <StateMessage state="loading" title={t('loadingTitle')} body={t('loadingBody')} />;
  }
  if (state.phase === 'failed') {
    if (state.reason === 'restricted')
      return (
        <StateMessage state="restricted" title={t('restrictedTitle')} body={t('restrictedBody')} />
      );
    if (state.reason === 'not-injected')
      return (
        <StateMessage
          state="not-injected"
          title={t('notInjectedTitle')}
          body={t('notInjectedBody')}
          action={onInject && { label: t('injectAction'), onClick: onInject }}
        />
      );
    return <StateMessage state="error" title={t('errorTitle')} body={t('errorBody')} />;
  }
  const { report } = state;
  switch (report.status) {
    case 'working':
      return <StateMessage state="working" title={t('loadingTitle')} body={t('workingBody')} />;
    case 'disabled-site':
      return (
        <StateMessage
          state="disabled-site"
          title={t('disabledTitle')}
          body={t('disabledBody', report.host)}
          action={onEnableSite && { label: t('enableSiteAction'), onClick: onEnableSite }}
        />
      );
    case 'not-news': {
      const reasons = verdictReasons(report.detection);
      return (
        <StateMessage
          state="not-news"
          title={t('notNewsTitle', verdictLabel(t, report.detection.verdict))}
          body={t('notNewsBody')}
          action={onAnnotate && { label: t('annotateAction'), onClick: onAnnotate }}
        >
          {reasons.length > 0 && (
            <ul class="reasons" aria-label={t('why')}>
              {reasons.map((reason) => (
                <li key={reason.name}>{reason.detail}</li>
              ))}
            </ul>
          )}
        </StateMessage>
      );
    }
    case 'annotated':
      return null;
  }
}
