/**
 * The popup's view of its page as a small state machine: loading → report | failed. Reports that
 * say the content script is still working are polled until it settles, and actions that change the
 * page (inject, annotate anyway, per-site switch) go back through loading, so no state is skipped.
 */
import { useCallback, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { PageReport } from '../protocol/messages';
import { ConnectorFailure, type Connector, type ConnectorError } from './connector';

/** Delay between polls of a page that is still working. */
export const POLL_MS = 150;
/** Polls before giving up waiting (≈ 15 s): the page keeps its last answer. */
export const MAX_POLLS = 100;
/** Polls for a just-injected script to start answering (≈ 3 s) before calling it not injected. */
export const MAX_MISSING_POLLS = 20;

export type PageState =
  | { phase: 'loading' }
  | { phase: 'report'; report: PageReport }
  | { phase: 'failed'; reason: ConnectorError | 'unknown' };

/** When a fetched report is final; by default anything but `working`. */
export type Settled = (report: PageReport) => boolean;

const notWorking: Settled = (report) => report.status !== 'working';

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Asks for the report until `settled` accepts it. `not-injected` is retried too when `retryMissing`
 * (just after injecting, the script needs a moment to start listening).
 */
export async function fetchSettled(
  connector: Connector,
  settled: Settled,
  retryMissing: boolean,
  isCancelled: () => boolean,
): Promise<PageState> {
  let last: PageState = { phase: 'loading' };
  for (let poll = 0; poll < MAX_POLLS && !isCancelled(); poll += 1) {
    try {
      const report = await connector.getReport();
      last = { phase: 'report', report };
      if (settled(report)) return last;
    } catch (error) {
      const reason = error instanceof ConnectorFailure ? error.reason : 'unknown';
      last = { phase: 'failed', reason };
      const retry = retryMissing && reason === 'not-injected' && poll < MAX_MISSING_POLLS;
      if (!retry) return last;
    }
    await sleep(POLL_MS);
  }
  return last.phase === 'loading' ? { phase: 'failed', reason: 'unknown' } : last;
}

export interface PageControls {
  state: PageState;
  /**
   * Runs `action`, then re-reads the report until `settled`; a settled report returned by the
   * action itself (annotateAnyway's reply) is shown without asking again.
   */
  refresh: (action?: PageAction, settled?: Settled, retryMissing?: boolean) => void;
}

/** Something the popup asks of the page before re-reading its report. */
export type PageAction = () => Promise<PageReport | void>;

/** Loads the page report on mount and exposes the transitions the popup's actions need. */
export function usePage(connector: Connector): PageControls {
  const [state, setState] = useState<PageState>({ phase: 'loading' });
  const generation = useRef(0);
  const refresh = useCallback(
    (action?: PageAction, settled: Settled = notWorking, retryMissing = false) => {
      const mine = ++generation.current;
      const cancelled = () => generation.current !== mine;
      setState({ phase: 'loading' });
      void (async () => {
        try {
          const reply = await action?.();
          if (reply && settled(reply)) {
            if (!cancelled()) setState({ phase: 'report', report: reply });
            return;
          }
        } catch (error) {
          if (!cancelled()) {
            const reason = error instanceof ConnectorFailure ? error.reason : 'unknown';
            setState({ phase: 'failed', reason });
          }
          return;
        }
        const next = await fetchSettled(connector, settled, retryMissing, cancelled);
        if (!cancelled()) setState(next);
      })();
    },
    [connector],
  );
  // Asked during the first render's commit, before its frame: a plain effect would wait for it.
  useLayoutEffect(() => {
    refresh();
    return () => {
      generation.current += 1;
    };
  }, [refresh]);
  return { state, refresh };
}
