import { describe, expect, it } from 'vitest';
import { extractAttributions } from '../engine/index';
import { highlightPlan } from '../page/highlight/plan';
import { unpackJson } from '../protocol/compact';
import { answerExtract, extractForPage, isBlockList, packRecords } from './engine';

const article = [
  { kind: 'headline' as const, text: 'Minister defends plan' },
  { kind: 'paragraph' as const, text: '"We will not retreat," the minister said on Tuesday.' },
];

describe('extractForPage', () => {
  it('gives the same records as the engine called directly', () => {
    const result = extractForPage({ blocks: article });
    expect(result).toEqual(extractAttributions(article));
    expect(result.attributions.length).toBeGreaterThan(0);
  });

  it('survives the JSON round trip runtime messaging applies', () => {
    const result = extractForPage(JSON.parse(JSON.stringify({ blocks: article })));
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('ignores fields other than kind and text', () => {
    const padded = article.map((b) => ({ ...b, html: '<img src=x onerror=alert(1)>' }));
    expect(extractForPage({ blocks: padded })).toEqual(extractAttributions(article));
  });
});

describe('answerExtract', () => {
  it('plans the highlights and keeps the records with the blocks sent, to pack later', () => {
    const answer = answerExtract({ blocks: article });
    const records = extractAttributions(article);
    expect(JSON.parse(JSON.stringify(answer.plan))).toEqual(highlightPlan(records));
    expect(answer.result).toEqual(records);
    expect(answer.engineMs).toBeGreaterThanOrEqual(0);
    const packed = JSON.parse(JSON.stringify(packRecords(answer))) as string;
    expect(unpackJson(packed, article)).toEqual(records);
  });

  it('answers a malformed request with no records', () => {
    const answer = answerExtract({ blocks: 'said' });
    expect(answer.plan.count).toBe(0);
    const packed = packRecords(answer);
    expect(packed === null ? null : unpackJson(packed, [])).toEqual({
      attributions: [],
      entities: [],
      hedges: [],
    });
  });

  it('packs nothing for records no longer held', () => {
    expect(packRecords(undefined)).toBeNull();
  });
});

describe('isBlockList', () => {
  it.each([
    ['an article', article, true],
    ['no blocks', [], true],
    ['null', null, false],
    ['a string', 'said', false],
    ['a block without text', [{ kind: 'paragraph' }], false],
    ['a block with a number for text', [{ kind: 'paragraph', text: 4 }], false],
    ['an unknown kind', [{ kind: 'script', text: 'x' }], false],
    ['a kind named after an object method', [{ kind: 'toString', text: 'x' }], false],
    ['a null block', [null], false],
  ])('%s → %s', (_name, value, expected) => {
    expect(isBlockList(value)).toBe(expected);
    if (!expected) {
      expect(extractForPage({ blocks: value })).toEqual({
        attributions: [],
        entities: [],
        hedges: [],
      });
    }
  });
});
