import { describe, expect, it } from 'vitest';
import { injectedSomewhere } from './browser-connector';

describe('injectedSomewhere', () => {
  it.each([
    ['Chromium success', [{ frameId: 0, documentId: 'a', result: null }], true],
    ['Firefox success', [{ frameId: 0, documentId: 'b' }], true],
    ['Firefox on a privileged page', [null], false],
    ['nothing', [], false],
    ['a frame with an error', [{ frameId: 0, error: new Error('no') }], false],
    ['not an array', undefined, false],
  ])('%s', (_name, results, expected) => {
    expect(injectedSomewhere(results)).toBe(expected);
  });
});
