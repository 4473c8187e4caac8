/**
 * One panel for every state that is not a summary (loading, restricted page, not injected, not
 * news, site switched off, nothing found): a heading, one sentence, and at most one action, so the
 * reader always knows what happened and what they can do.
 */
import type { ComponentChildren } from 'preact';

export interface StateAction {
  label: string;
  onClick: () => void;
}

export interface StateMessageProps {
  /** Stable hook for tests and styling ("loading", "restricted"…). */
  state: string;
  title: string;
  body: string;
  action?: StateAction;
  children?: ComponentChildren;
}

/** A state panel; the action button is the panel's only control. */
export function StateMessage({ state, title, body, action, children }: StateMessageProps) {
  return (
    <section class="state" data-state={state} aria-labelledby={`state-${state}`}>
      <h2 id={`state-${state}`}>{title}</h2>
      <p>{body}</p>
      {children}
      {action && (
        <button type="button" class="primary" onClick={action.onClick}>
          {action.label}
        </button>
      )}
    </section>
  );
}
