import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS, commandMessage, forwardCommand, type CommandMessage } from './commands';

describe('commandMessage', () => {
  it.each([
    ['toggle-highlights', { type: 'toggleHighlights', payload: null }],
    ['next-claim', { type: 'stepClaim', payload: { direction: 1 } }],
    ['previous-claim', { type: 'stepClaim', payload: { direction: -1 } }],
    ['_execute_action', null],
    ['', null],
  ])('%j', (command, expected) => {
    expect(commandMessage(command)).toEqual(expected);
  });

  it('covers every command the manifest declares', () => {
    const config = readFileSync(resolve(process.cwd(), 'wxt.config.ts'), 'utf8');
    for (const command of COMMANDS) expect(config).toContain(`'${command}'`);
    for (const command of COMMANDS) expect(commandMessage(command)).not.toBeNull();
  });
});

describe('forwardCommand', () => {
  const run = async (command: string, tabId: number | undefined, fails = false) => {
    const sent: [number, CommandMessage][] = [];
    const ok = await forwardCommand(command, {
      activeTabId: async () => tabId,
      send: async (id, message) => {
        if (fails) throw new Error('Could not establish connection. Receiving end does not exist.');
        sent.push([id, message]);
      },
    });
    return { ok, sent };
  };

  it.each([
    ['forwards to the active tab', 'next-claim', 4, false, true, 1],
    ['ignores unknown commands', 'nope', 4, false, false, 0],
    ['ignores windows without a tab', 'toggle-highlights', undefined, false, false, 0],
    ['tolerates pages without a content script', 'toggle-highlights', 4, true, false, 0],
  ])('%s', async (_name, command, tabId, fails, expectedOk, expectedSent) => {
    const { ok, sent } = await run(command, tabId, fails);
    expect(ok).toBe(expectedOk);
    expect(sent).toHaveLength(expectedSent);
    if (expectedSent)
      expect(sent[0]).toEqual([4, { type: 'stepClaim', payload: { direction: 1 } }]);
  });
});
