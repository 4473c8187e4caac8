import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { readSingleBlock } from '../extract/blocks';
import { TextMapBuilder, offsetAt, pointBefore, rangeFor } from './text-map';

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

/**
 * The reference: the map as first written, one recorded offset per block character. The builder
 * must give the same text and the same DOM point for every character, whatever its runs look like.
 */
function referenceMap(nodes: ReadonlyArray<Text | 'br'>): { text: string; points: string[] } {
  const space = (c: string) => /^[ \t\n\r\f\u00a0\u202f\u2000-\u200a]$/u.test(c);
  const invisible = (c: string) => /^[\u00ad\u200b-\u200d\u2060\ufeff]$/u.test(c);
  let text = '';
  const points: string[] = [];
  let pending: string | null = null;
  let last: [number, number] | null = null;
  nodes.forEach((node, n) => {
    if (node === 'br') {
      if (pending === null && last) pending = `${last[0]}:${last[1] + 1}`;
      return;
    }
    Array.from(node.data).forEach((c, i) => {
      if (invisible(c)) return;
      if (space(c)) {
        pending ??= `${n}:${i}`;
        return;
      }
      if (pending !== null && text.length > 0) {
        text += ' ';
        points.push(pending);
      }
      pending = null;
      text += c;
      points.push(`${n}:${i}`);
      last = [n, i];
    });
  });
  return { text, points };
}

describe('TextMapBuilder against the per-character reference', () => {
  const alphabet = ['a', 'b', ' ', ' ', '  ', '\n', '\t', '\u00a0', '\u00ad', '\u200b', '.', 'é'];
  let seed = 7;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const cases = Array.from({ length: 300 }, (_, k) => {
    const parts: Array<string | 'br'> = [];
    const count = 1 + Math.floor(next() * 5);
    for (let p = 0; p < count; p++) {
      if (next() < 0.15) parts.push('br');
      else {
        const len = Math.floor(next() * 8);
        parts.push(Array.from({ length: len }, () => alphabet[Math.floor(next() * 12)]).join(''));
      }
    }
    return [k, parts] as const;
  });
  it.each(cases)('case %i', (_k, parts) => {
    const window = new Window();
    const doc = window.document as unknown as Document;
    const nodes = parts.map((p) => (p === 'br' ? 'br' : doc.createTextNode(p)));
    const builder = new TextMapBuilder();
    for (const node of nodes) {
      if (node === 'br') builder.addBreak();
      else builder.addText(node);
    }
    const { text, map } = builder.finish();
    const expected = referenceMap(nodes);
    expect(text).toBe(expected.text);
    const points = Array.from(text, (_c, i) => {
      const point = pointBefore(map, i);
      return point ? `${nodes.indexOf(point.node)}:${point.offset}` : 'none';
    });
    expect(points).toEqual(expected.points);
  });
});

describe('run layout', () => {
  // Ordinary prose costs one run per text node; irregular whitespace splits runs where it must.
  const cases: Array<[string, string[], number]> = [
    ['one node of prose', ['The minister said the talks went well.'], 1],
    ['prose across inline nodes', ['The minister ', 'said', ' the talks'], 3],
    ['a collapsed run of spaces', ['two  spaces'], 2],
    ['a newline inside', ['line\nbreak'], 1],
    ['a soft hyphen', ['min\u00adister'], 2],
  ];
  it.each(cases)('%s', (_name, data, runs) => {
    const window = new Window();
    const doc = window.document as unknown as Document;
    const builder = new TextMapBuilder();
    for (const d of data) builder.addText(doc.createTextNode(d));
    expect(builder.finish().map.runs.length).toBe(runs);
  });
});
