import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { readSingleBlock } from '../extract/blocks';
import { offsetAt, pointBefore, rangeFor } from './text-map';

function block(html: string) {
  const window = new Window();
  const doc = window.document as unknown as Document;
  doc.body.innerHTML = `<p id="p">${html}</p>`;
  const el = doc.getElementById('p') as Element;
  const read = readSingleBlock(el, 'paragraph');
  if (!read) throw new Error('no block');
  return { doc, read };
}

/** What a reader sees of a range: soft hyphens dropped, whitespace collapsed. */
function visible(range: Range | null): string {
  return (range?.toString() ?? '').replaceAll('\u00AD', '').replace(/\s+/gu, ' ');
}

describe('block text normalization', () => {
  const cases: Array<[string, string]> = [
    ['plain text', 'plain text'],
    ['  leading and   trailing  ', 'leading and trailing'],
    ['a <b>bold</b> <i>and <em>nested</em></i> word', 'a bold and nested word'],
    ['line one<br>line two', 'line one line two'],
    ['line one <br> line two', 'line one line two'],
    ['min&shy;is&shy;ter', 'minister'],
    ['Tom &amp; Jerry &quot;said&quot;', 'Tom & Jerry "said"'],
    ['non&nbsp;breaking', 'non breaking'],
    ['split<span>word</span>s', 'splitwords'],
    ['zero\u200Bwidth', 'zerowidth'],
    ['tab\tand\nnewline', 'tab and newline'],
  ];
  it.each(cases)('%s', (html, expected) => {
    expect(block(html).read.text).toBe(expected);
  });
});

describe('rangeFor', () => {
  // `seen`: the range's own text where it differs (a <br> has no text of its own).
  const cases: Array<{ html: string; find: string; seen?: string }> = [
    { html: 'The minister said <a href="#">talks</a> went well.', find: 'said talks went' },
    { html: 'a <b>bold</b> <i>and <em>nested</em></i> word', find: 'bold and nested' },
    { html: 'line one<br>line two', find: 'one line', seen: 'oneline' },
    { html: 'The min&shy;is&shy;ter said', find: 'minister said' },
    { html: 'Tom &amp; Jerry', find: '& Jerry' },
    { html: '  spaced    out   words  ', find: 'out words' },
    { html: 'end of <b>text</b>', find: 'text' },
    { html: 'x', find: 'x' },
  ];
  it.each(cases)('$html → $find', ({ html, find, seen }) => {
    const { doc, read } = block(html);
    const start = read.text.indexOf(find);
    expect(start).toBeGreaterThanOrEqual(0);
    const range = rangeFor(read.map, start, start + find.length, doc);
    expect(visible(range).trim()).toBe(seen ?? find);
  });

  it('rejects empty and out-of-bounds spans', () => {
    const { doc, read } = block('short text');
    expect(rangeFor(read.map, 3, 3, doc)).toBeNull();
    expect(rangeFor(read.map, 0, 99, doc)).toBeNull();
    expect(rangeFor(read.map, -1, 2, doc)).toBeNull();
  });

  it('returns null once the text nodes have left the document', () => {
    const { doc, read } = block('gone <b>soon</b>');
    (doc.getElementById('p') as Element).remove();
    expect(rangeFor(read.map, 0, 4, doc)).toBeNull();
  });
});

describe('offsetAt', () => {
  it('maps every DOM position of a kept character back to its block offset', () => {
    const { read } = block('The <b>min&shy;ister</b> said <i>so</i>.');
    for (let i = 0; i < read.text.length; i++) {
      const point = pointBefore(read.map, i);
      if (!point) throw new Error('no point');
      expect(offsetAt(read.map, point.node, point.offset)).toBe(i);
    }
  });

  it('returns null for a node outside the block', () => {
    const { doc, read } = block('inside');
    expect(offsetAt(read.map, doc.createTextNode('outside'), 0)).toBeNull();
  });
});
