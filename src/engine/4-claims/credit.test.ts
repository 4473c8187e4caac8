import { describe, expect, it } from 'vitest';
import { isCreditLine } from './credit';

describe('isCreditLine', () => {
  it.each([
    ['French President Emmanuel Macron Sergey Guneyev/POOL/TASS'],
    ['© Sergey Guneyev/POOL/TASS'],
    ['Protesters outside parliament © Reuters'],
    ['A rescue team at work Photo: John Smith/AFP'],
  ])('a credit: %s', (line) => expect(isCreditLine(line)).toBe(true));

  it.each([
    ['PARIS, April 4. /TASS/. France needs to cooperate with any country, Macron said.'],
    ['He said the talks were held at France\u2019s initiative.'],
    ['French President Emmanuel Macron'],
    ['The 24/7 news cycle never stops'],
    ['"It was a 50/50 call," the referee said'],
  ])('not a credit: %s', (line) => expect(isCreditLine(line)).toBe(false));
});
