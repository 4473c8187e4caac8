import { afterEach, describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { highlightCss, removeLeftoverStyles } from './styles';

const windows: Window[] = [];
afterEach(async () => {
  for (const w of windows.splice(0)) await w.happyDOM.close();
});

function page(): Document {
  const window = new Window();
  windows.push(window);
  const doc = window.document as unknown as Document;
  doc.head.innerHTML = '<style>p { color: red }</style>';
  return doc;
}

describe('removeLeftoverStyles', () => {
  it('removes the <style> a dead earlier instance left, and nothing of the page', () => {
    const doc = page();
    const leftover = doc.createElement('style');
    leftover.setAttribute('data-sourcelight', '');
    leftover.textContent = highlightCss();
    doc.head.append(leftover);
    removeLeftoverStyles(doc);
    expect(doc.querySelectorAll('style[data-sourcelight]').length).toBe(0);
    expect(doc.querySelectorAll('style').length).toBe(1);
  });

  it('leaves a page without our styles as it was', () => {
    const doc = page();
    const before = doc.documentElement.outerHTML;
    removeLeftoverStyles(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
