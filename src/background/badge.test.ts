import { describe, expect, it } from 'vitest';
import { BADGE_COLOR, badgeText, clearsBadge, showCount, type BadgeApi } from './badge';

describe('badgeText', () => {
  it.each([
    [0, ''],
    [-3, ''],
    [Number.NaN, ''],
    [1, '1'],
    [15, '15'],
    [999, '999'],
    [1000, '999+'],
  ])('%s → %j', (count, expected) => {
    expect(badgeText(count)).toBe(expected);
  });
});

describe('clearsBadge', () => {
  it.each([
    [{ status: 'loading' }, true],
    [{ status: 'complete' }, false],
    [{}, false],
  ])('%j → %s', (change, expected) => {
    expect(clearsBadge(change)).toBe(expected);
  });
});

describe('showCount', () => {
  it('sets the tab’s text and colour', async () => {
    const calls: unknown[] = [];
    const api: BadgeApi = {
      setBadgeText: async (details) => void calls.push(details),
      setBadgeBackgroundColor: async (details) => void calls.push(details),
    };
    await showCount(api, 7, 15);
    await showCount(api, 7, 0);
    expect(calls).toEqual([
      { tabId: 7, text: '15' },
      { tabId: 7, color: BADGE_COLOR },
      { tabId: 7, text: '' },
      { tabId: 7, color: BADGE_COLOR },
    ]);
  });
});
