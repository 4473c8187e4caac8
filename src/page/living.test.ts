import { afterEach, describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { MUTATION_DEBOUNCE_MS, MUTATION_MAX_WAIT_MS, watchText } from './living';
import { CARD_HOST_TAG } from './ui/card';

const windows: Window[] = [];
afterEach(async () => {
  for (const w of windows.splice(0)) await w.happyDOM.close();
});

function setup() {
  const window = new Window();
  windows.push(window);
  const doc = window.document as unknown as Document;
  doc.body.innerHTML = '<article><p>First paragraph.</p></article>';
  let calls = 0;
  const lifetime = new AbortController();
  watchText(doc, () => calls++, lifetime.signal);
  return { doc, lifetime, calls: () => calls };
}

const settle = () => new Promise((r) => setTimeout(r, MUTATION_DEBOUNCE_MS + 150));

describe('watchText', () => {
  it('reports one debounced change for a burst of text mutations', async () => {
    const { doc, calls } = setup();
    for (let i = 0; i < 3; i++) {
      const p = doc.createElement('p');
      p.textContent = `Added ${i}`;
      doc.querySelector('article')?.append(p);
    }
    await settle();
    expect(calls()).toBe(1);
  });

  it('ignores our own card host and attribute churn', async () => {
    const { doc, calls } = setup();
    const host = doc.createElement(CARD_HOST_TAG);
    doc.body.append(host);
    doc.querySelector('p')?.setAttribute('class', 'x');
    await settle();
    expect(calls()).toBe(0);
  });

  it('still reports a page that never stops re-rendering, at most every max wait', async () => {
    const { doc, calls } = setup();
    const article = doc.querySelector('article');
    const started = Date.now();
    // Re-render every 100 ms, well inside the debounce, for 1.6× the max wait.
    while (Date.now() - started < MUTATION_MAX_WAIT_MS * 1.6) {
      article?.replaceChildren(doc.createElement('p'));
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(calls()).toBeGreaterThanOrEqual(1);
    expect(calls()).toBeLessThanOrEqual(2);
  });

  it('stops after abort', async () => {
    const { doc, lifetime, calls } = setup();
    lifetime.abort();
    doc.querySelector('p')?.append('more text');
    await settle();
    expect(calls()).toBe(0);
  });
});
