/**
 * The analysed form of one block that every pattern reads: tokens, quotations, sentences and which
 * tokens sit inside a quotation. Built once per block.
 */
import { findQuotes, quoteAt, type Quote } from './quotes';
import { splitSentences, type Sentence } from './sentences';
import { tokenize, type Token } from './tokenize';
import type { BlockKind } from './types';

/** A block with everything the patterns need. */
export interface BlockModel {
  index: number;
  kind: BlockKind;
  text: string;
  tokens: Token[];
  quotes: Quote[];
  sentences: Sentence[];
  /** `quoted[i]`: token i lies inside a quotation (marks excluded). */
  quoted: boolean[];
}

/** Analyse one block. */
export function buildBlockModel(index: number, kind: BlockKind, text: string): BlockModel {
  const tokens = tokenize(text);
  const quotes = findQuotes(text);
  const sentences = splitSentences(tokens, quotes);
  const quoted = tokens.map((t) => {
    const q = quoteAt(quotes, t.start);
    return q !== undefined && t.start >= q.innerStart && t.end <= q.innerEnd;
  });
  return { index, kind, text, tokens, quotes, sentences, quoted };
}
