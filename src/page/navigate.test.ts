import { afterEach, describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import type { PlacedClaim } from './annotate';
import type { HighlightLayer } from './highlight/layer';
import { ClaimNavigator } from './navigate';

const windows: Window[] = [];
afterEach(async () => {
  for (const w of windows.splice(0)) await w.happyDOM.close();
});

function setup(count: number) {
  const window = new Window();
  windows.push(window);
  const doc = window.document as unknown as Document;
  doc.body.innerHTML = Array.from({ length: count }, (_, i) => `<p>Claim number ${i}.</p>`).join(
    '',
  );
  const claims: PlacedClaim[] = Array.from(doc.querySelectorAll('p')).map((p, id) => {
    const range = doc.createRange();
    range.selectNodeContents(p);
    return { id, range };
  });
  const flashed: string[] = [];
  const layer = { flash: (r: Range) => flashed.push(r.toString()) } as unknown as HighlightLayer;
  const navigator = new ClaimNavigator(layer);
  navigator.setClaims(claims);
  return { doc, navigator, flashed };
}

describe('ClaimNavigator', () => {
  it('steps forward and back with wrap-around, flashing each claim', () => {
    const { navigator, flashed } = setup(3);
    for (const direction of [1, 1, 1, 1, -1] as const) expect(navigator.step(direction)).toBe(true);
    expect(flashed).toEqual([
      'Claim number 0.',
      'Claim number 1.',
      'Claim number 2.',
      'Claim number 0.',
      'Claim number 2.',
    ]);
  });

  it('starts from the end when the first step is backwards', () => {
    const { navigator, flashed } = setup(3);
    navigator.step(-1);
    expect(flashed).toEqual(['Claim number 2.']);
  });

  it('jumps to a claim by id, and refuses unknown or vanished claims', () => {
    const { doc, navigator, flashed } = setup(3);
    expect(navigator.jumpTo(1)).toBe(true);
    expect(flashed).toEqual(['Claim number 1.']);
    expect(navigator.jumpTo(42)).toBe(false);
    doc.querySelectorAll('p')[2]?.remove();
    expect(navigator.jumpTo(2)).toBe(false);
  });

  it('reports false when there is nothing to step to', () => {
    expect(setup(0).navigator.step(1)).toBe(false);
  });
});
