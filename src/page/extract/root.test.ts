import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { Window } from 'happy-dom';
import { parsePage } from '../../../tests/unit/page/corpus';
import { findBodyContainers, linkDensity, textLength } from './root';

const samples: Array<[string, string]> = [
  ['plain text', '<div id="x">Some text here</div>'],
  ['nested inline and block', '<div id="x">a <b>bold <i>deep</i></b><p>para</p> tail</div>'],
  ['comments are not text', '<div id="x">one<!-- a long comment -->two</div>'],
  ['scripts and styles are', '<div id="x"><script>var a = 1;</script><style>p{}</style>t</div>'],
  ['entities and whitespace', '<div id="x">\n  Tom &amp; Jerry&nbsp;  <br> x </div>'],
  ['empty', '<div id="x"></div>'],
];

describe('textLength equals textContent.length', () => {
  it.each(samples)('%s (linkedom)', (_name, html) => {
    const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
    const el = document.getElementById('x') as unknown as Element;
    expect(textLength(el)).toBe((el.textContent ?? '').length);
  });
  it.each(samples)('%s (happy-dom)', (_name, html) => {
    const window = new Window();
    const doc = window.document as unknown as Document;
    doc.body.innerHTML = html;
    const el = doc.getElementById('x') as Element;
    expect(textLength(el)).toBe((el.textContent ?? '').length);
  });
});

describe('linkDensity', () => {
  const cases: Array<[string, number]> = [
    ['<div id="x">no links at all</div>', 0],
    ['<div id="x"><a href="#">all link</a></div>', 1],
    ['<div id="x">text<a href="#">link</a></div>', 0.5],
    ['<div id="x"></div>', 0],
  ];
  it.each(cases)('%s', (html, density) => {
    const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
    expect(linkDensity(document.getElementById('x') as unknown as Element)).toBeCloseTo(density);
  });
});

describe('the body is found wherever the parser puts the page', () => {
  const story = `<div id="story">${Array.from(
    { length: 4 },
    (_, i) =>
      `<p>Paragraph ${i} of the story, with a clause, and another, long enough to vote.</p>`,
  ).join('')}</div>`;
  const cases: Array<[string, string]> = [
    ['a well-formed page', `<!doctype html><html><body>${story}</body></html>`],
    // linkedom makes the stray tag the document element, and `<html>` its sibling.
    ['a stray <meta> before <html>', `<META charset="utf-8"><HTML><BODY>${story}</BODY></HTML>`],
    [
      'a comment and a stray tag first',
      `<!-- saved --><meta name="x"><html><body>${story}</body></html>`,
    ],
  ];
  it.each(cases)('%s', (_name, html) => {
    const containers = findBodyContainers(parsePage(html));
    expect(containers.map((el) => el.getAttribute('id'))).toEqual(['story']);
  });
});
