import { describe, expect, it } from 'vitest';
import { findHedges } from './3-cues/hedging';
import { buildBlockModel } from './1-text/model';
import { findQuotes } from './2-quotes/quotes';
import { tokenize } from './1-text/tokenize';

describe('tokenize', () => {
  it.each([
    ["Netanyahu's vow", ["Netanyahu's", 'vow']],
    ['the U.S. government', ['the', 'U.S', '.', 'government']],
    ['3,600 kilometers', ['3,600', 'kilometers']],
    ['don’t go', ['don’t', 'go']],
    ['Lee Jae-myung said:', ['Lee', 'Jae-myung', 'said', ':']],
    ['“Hi,” he said.', ['“', 'Hi', ',', '”', 'he', 'said', '.']],
    ['saidOpens a window', ['said', 'Opens', 'a', 'window']],
    ['the iPhone and eBay', ['the', 'iPhone', 'and', 'eBay']],
    ['McDonald reportedly', ['McDonald', 'reportedly']],
  ])('%s', (text, expected) => {
    expect(tokenize(text).map((t) => t.text)).toEqual(expected);
  });

  it('keeps offsets into the text', () => {
    const text = '  Officials  said';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
});

describe('findQuotes', () => {
  const inner = (text: string) => findQuotes(text).map((q) => text.slice(q.innerStart, q.innerEnd));
  it.each([
    ['curly', '“We will win,” he said.', ['We will win,']],
    ['straight', '"We will win," he said.', ['We will win,']],
    ['angle', '«We will win», he said.', ['We will win']],
    ['low-9', '„We will win“, he said.', ['We will win']],
    [
      'single quotes in a headline',
      "Obama admits gun laws are his 'biggest frustration'",
      ['biggest frustration'],
    ],
    ['apostrophes are not quotes', "Mugabe's wife and the generals' plan", []],
    ['two quotes', '“A,” he said, “B.”', ['A,', 'B.']],
  ])('%s', (_name, text, expected) => {
    expect(inner(text)).toEqual(expected);
  });

  it('leaves a quote open at the end of a paragraph', () => {
    const [q] = findQuotes('“As Eloise deteriorated, the staff did all they could.');
    expect(q?.unclosed).toBe(true);
  });
});

describe('sentences', () => {
  const sentences = (text: string) => {
    const m = buildBlockModel(0, 'paragraph', text);
    return m.sentences.map((s) => text.slice(m.tokens[s.from]?.start, m.tokens[s.to - 1]?.end));
  };
  it.each([
    [
      'abbreviations',
      'Mr. Reeves said no. Officials agreed.',
      ['Mr. Reeves said no.', 'Officials agreed.'],
    ],
    ['initials', 'Robert M. Danin said so.', ['Robert M. Danin said so.']],
    [
      'dotted acronym before a name',
      'He works at the D.A. Davidson brokerage.',
      ['He works at the D.A. Davidson brokerage.'],
    ],
    [
      'quote spanning sentences',
      '“We must act. This is our duty,” he said. He left.',
      ['“We must act. This is our duty,” he said.', 'He left.'],
    ],
    ['closing quote after the period', '“It is done.” He left.', ['“It is done.”', 'He left.']],
    [
      'quoted question and its attribution',
      '“Is it over?” Tom Forte said. He left.',
      ['“Is it over?” Tom Forte said.', 'He left.'],
    ],
    [
      'quoted question and a new sentence',
      '“Is it over?” Forte left the room.',
      ['“Is it over?”', 'Forte left the room.'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });
});

describe('findHedges', () => {
  it.each([
    ['The company is reportedly for sale.', ['reportedly']],
    ['He is said to be ill.', ['is said to']],
    ['The tablets were believed to contain DNP.', ['were believed to']],
    ['He said he was ill.', []],
  ])('%s', (text, expected) => {
    expect(findHedges(buildBlockModel(0, 'paragraph', text)).map((h) => h.text)).toEqual(expected);
  });
});
