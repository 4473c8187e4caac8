/**
 * The content script's side of the engine in the background: `extract` answers with the plan the
 * highlights are drawn from and a ticket; the records are collected with `records` only when first
 * wanted (the controller asks right after drawing, so the popup and the hover card find them
 * ready). The records are most of the bytes, and messaging them no longer delays the highlights.
 */
import type { ExtractionResult, TextBlock } from '../engine/types';
import { unpackJson } from '../protocol/compact';
import type { BackgroundProtocol } from '../protocol/messages';
import type { EngineAnswer } from './controller';
import { isHighlightPlan } from './highlight/plan';

/** Sends one background message (`sendToBackground`, or a fake in tests). */
export type SendToBackground = <M extends 'extract' | 'records'>(
  type: M,
  payload: BackgroundProtocol[M]['payload'],
) => Promise<BackgroundProtocol[M]['reply']>;

const NO_RECORDS: ExtractionResult = { attributions: [], entities: [], hedges: [] };

/**
 * The records behind `ticket`, decoded against the blocks they came from. If the background lost
 * them (it restarted), it is asked once more from the blocks; none (and a warning) if that fails.
 */
async function collect(
  send: SendToBackground,
  ticket: number,
  blocks: readonly TextBlock[],
): Promise<ExtractionResult> {
  try {
    let json = await send('records', { ticket });
    if (json === null) {
      const again = await send('extract', { blocks: [...blocks] });
      json = await send('records', { ticket: again.ticket });
    }
    if (json === null) throw new Error('records gone twice');
    return unpackJson(json, blocks);
  } catch (error) {
    console.warn('[sourcelight] engine records unreadable', error);
    return NO_RECORDS;
  }
}

/** The controller's `extract` dependency over background messaging. */
export function engineClient(
  send: SendToBackground,
): (blocks: TextBlock[]) => Promise<EngineAnswer> {
  return async (blocks) => {
    const reply = await send('extract', { blocks });
    if (!isHighlightPlan(reply.plan) || typeof reply.ticket !== 'number') {
      throw new Error('malformed engine reply');
    }
    let records: Promise<ExtractionResult> | undefined;
    return {
      plan: reply.plan,
      engineMs: reply.engineMs,
      records: () => (records ??= collect(send, reply.ticket, blocks)),
    };
  };
}
