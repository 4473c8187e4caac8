import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { readSingleBlock } from '../extract/blocks';
import { BlockRangeMaker } from './block-ranges';
import { rangeFor } from './text-map';

function block(html: string) {
  const window = new Window();
  const doc = window.document as unknown as Document;
  doc.body.innerHTML = `<p id="p">${html}</p>`;
  const read = readSingleBlock(doc.getElementById('p') as Element, 'paragraph');
  if (!read) throw new Error('no block');
  return { doc, map: read.map };
}

type Bounds = [Node, number, Node, number] | null;
const bounds = (r: Range | null): Bounds =>
  r ? [r.startContainer, r.startOffset, r.endContainer, r.endOffset] : null;

describe('BlockRangeMaker', () => {
  const cases = [
    'The minister said <a href="#">talks</a> went well.',
    'line one<br>line two',
    'The min&shy;is&shy;ter   said',
    '  spaced <b> out </b>  words  ',
  ];
  it.each(cases)('gives rangeFor’s range for every span of %j', (html) => {
    const { doc, map } = block(html);
    const maker = new BlockRangeMaker(map, doc);
    for (let start = -1; start <= map.length + 1; start++) {
      for (let end = start - 1; end <= map.length + 1; end++) {
        expect(bounds(maker.range(start, end)), `${start}-${end}`).toEqual(
          bounds(rangeFor(map, start, end, doc)),
        );
      }
    }
  });

  it('sees a removed node only after forget()', () => {
    const { doc, map } = block('gone <b>soon</b>');
    const maker = new BlockRangeMaker(map, doc);
    expect(maker.range(0, 4)).not.toBeNull();
    (doc.getElementById('p') as Element).remove();
    maker.forget();
    expect(maker.range(0, 4)).toBeNull();
  });
});
