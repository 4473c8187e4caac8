import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, text: string, expected: Array<[speaker: string, content: string]>];

/** A lone dash before a qualifier of the claim's last phrase keeps the claim going. */
const ROWS: Row[] = [
  [
    'a relative pronoun after the dash qualifies the claim’s noun',
    'The baker said the shop was built for commuters — who buy most of the bread before nine.',
    [['baker', 'the shop was built for commuters — who buy most of the bread before nine.']],
  ],
  [
    '"like" after the dash gives the claim’s own comparison',
    'The engineer said the bridge can fail in odd ways — like a cable snapping in a cold snap.',
    [['engineer', 'the bridge can fail in odd ways — like a cable snapping in a cold snap.']],
  ],
  [
    '"for example" after an unspaced dash gives the claim’s example',
    'The nurse said the ward can be reached by anyone—for example, by a visitor with a badge.',
    [['nurse', 'the ward can be reached by anyone—for example, by a visitor with a badge.']],
  ],
  [
    'a noun phrase after the dash is the author’s aside',
    'The mayor said the bridge was safe — a sign of how little has changed.',
    [['mayor', 'the bridge was safe']],
  ],
  [
    'a new clause after the dash is the author’s',
    'The mayor said the bridge was safe for trucks — the engineers had not yet signed off.',
    [['mayor', 'the bridge was safe for trucks']],
  ],
  [
    '"which" after the dash stays the author’s comment',
    'The mayor said the bridge was safe for trucks — which is what he said last year too.',
    [['mayor', 'the bridge was safe for trucks']],
  ],
];

describe('dash continuation', () => {
  it.each(ROWS)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
