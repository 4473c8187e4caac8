import { describe, expect, it } from 'vitest';
import { isDisplayKind } from './display';
import type { BlockKind } from '../types';

describe('isDisplayKind', () => {
  it.each<BlockKind>(['headline', 'standfirst', 'crosshead'])('%s is display text', (kind) => {
    expect(isDisplayKind(kind)).toBe(true);
  });
  it.each<BlockKind>(['paragraph', 'blockquote', 'listItem'])('%s is body text', (kind) => {
    expect(isDisplayKind(kind)).toBe(false);
  });
});
