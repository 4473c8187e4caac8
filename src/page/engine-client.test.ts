import { describe, expect, it, vi } from 'vitest';
import { extractAttributions } from '../engine/index';
import { packJson } from '../protocol/compact';
import type { BackgroundProtocol } from '../protocol/messages';
import { engineClient, type SendToBackground } from './engine-client';
import { highlightPlan } from './highlight/plan';

const blocks = [
  { kind: 'headline' as const, text: 'Minister defends plan' },
  { kind: 'paragraph' as const, text: '"We will not retreat," the minister said on Tuesday.' },
];
const records = extractAttributions(blocks);

/** A background that answers `extract` and hands out records as `lose` says (null: gone). */
function background(lose: (call: number) => boolean) {
  const calls: string[] = [];
  let ticket = 0;
  let recordCalls = 0;
  const send = (async (type: 'extract' | 'records', payload: unknown) => {
    calls.push(type);
    if (type === 'extract') {
      const reply: BackgroundProtocol['extract']['reply'] = {
        plan: highlightPlan(extractAttributions((payload as { blocks: typeof blocks }).blocks)),
        ticket: ++ticket,
        engineMs: 1,
      };
      return JSON.parse(JSON.stringify(reply)) as unknown;
    }
    return lose(recordCalls++) ? null : packJson(records, blocks);
  }) as SendToBackground;
  return { send, calls };
}

describe('engineClient', () => {
  it('draws from the plan without asking for the records', async () => {
    const { send, calls } = background(() => false);
    const answer = await engineClient(send)(blocks);
    expect(answer.plan).toEqual(highlightPlan(records));
    expect(calls).toEqual(['extract']);
  });

  it.each([
    ['held by the background', () => false, ['records']],
    [
      'lost once (the background restarted)',
      (n: number) => n === 0,
      ['records', 'extract', 'records'],
    ],
  ])('collects the records when %s, once', async (_name, lose, expected) => {
    const { send, calls } = background(lose);
    const answer = await engineClient(send)(blocks);
    expect(await answer.records()).toEqual(records);
    expect(await answer.records()).toEqual(records);
    expect(calls).toEqual(['extract', ...expected]);
  });

  it('gives no records (and warns) when they are lost twice', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { send } = background(() => true);
    const answer = await engineClient(send)(blocks);
    expect(await answer.records()).toEqual({ attributions: [], entities: [], hedges: [] });
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  it('rejects a reply without a plan', async () => {
    const send = (async () => ({ plan: null, ticket: 1, engineMs: 0 })) as SendToBackground;
    await expect(engineClient(send)(blocks)).rejects.toThrow('malformed');
  });
});
