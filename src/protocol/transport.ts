/**
 * Typed send/receive over `browser.runtime` messaging, bound to the maps in `messages.ts`.
 *
 * Messages travel in an envelope tagged `sourcelight: 1` so our listeners ignore anything else on
 * the runtime channel, and a listener returns `undefined` for messages it does not handle so other
 * listeners can still answer them.
 */
import { browser, type Browser } from 'wxt/browser';
import type {
  BackgroundMessage,
  BackgroundProtocol,
  ContentMessage,
  ContentProtocol,
  Envelope,
} from './messages';

/** Any message map; checked per key so interfaces (which have no index signature) qualify. */
type Protocol<P> = { [M in keyof P]: { payload: unknown; reply: unknown } };

/** Handler table for one side of the protocol; a side implements only what it receives. */
export type Handlers<P extends Protocol<P>> = {
  [M in keyof P]?: (
    payload: P[M]['payload'],
    sender: Browser.runtime.MessageSender,
  ) => P[M]['reply'] | Promise<P[M]['reply']>;
};

function envelope<M extends string>(type: M, payload: unknown): Envelope<M> {
  return { sourcelight: 1, type, payload };
}

/** True for messages we sent; anything else on the channel is someone else's. */
export function isEnvelope(message: unknown): message is Envelope {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as Partial<Envelope>).sourcelight === 1 &&
    typeof (message as Partial<Envelope>).type === 'string'
  );
}

/** Popup/background → content script of one tab. */
export function sendToTab<M extends ContentMessage>(
  tabId: number,
  type: M,
  payload: ContentProtocol[M]['payload'],
): Promise<ContentProtocol[M]['reply']> {
  return browser.tabs.sendMessage(tabId, envelope(type, payload)) as Promise<
    ContentProtocol[M]['reply']
  >;
}

/** Content script → background. */
export function sendToBackground<M extends BackgroundMessage>(
  type: M,
  payload: BackgroundProtocol[M]['payload'],
): Promise<BackgroundProtocol[M]['reply']> {
  return browser.runtime.sendMessage(envelope(type, payload)) as Promise<
    BackgroundProtocol[M]['reply']
  >;
}

/** Listen for one side's messages until `signal` aborts. */
export function onMessages<P extends Protocol<P>>(
  handlers: Handlers<P>,
  signal: AbortSignal,
): void {
  const listener = (message: unknown, sender: Browser.runtime.MessageSender) => {
    if (!isEnvelope(message)) return undefined;
    const handler = handlers[message.type as keyof P];
    if (!handler) return undefined;
    return Promise.resolve(handler(message.payload as never, sender));
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), {
    once: true,
  });
}

export type { ContentProtocol, BackgroundProtocol };
