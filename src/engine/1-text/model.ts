/**
 * The analysed form of one block that every pattern reads: tokens, quotations, sentences and which
 * tokens sit inside a quotation. Built once per block.
 */
import { findQuotes, quoteAt, type Quote } from '../2-quotes/quotes';
import { splitSentences, type Sentence } from './sentences';
import { tagTokens, type Tag } from './tags';
import { retagTitleCase } from './title-tags';
import { isDisplayKind } from './display';
import { tokenize, type Token } from './tokenize';
import type { BlockKind } from '../types';

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
  /** `tags[i]`: the part of speech of token i (`tags.ts`). */
  tags: Tag[];
}

/** Analyse one block. */
export function buildBlockModel(index: number, kind: BlockKind, text: string): BlockModel {
  const tokens = tokenize(text);
  const quotes = findQuotes(text);
  const sentences = splitSentences(tokens, quotes);
  const quoted = quotedTokens(tokens, quotes);
  const tags = tagTokens(tokens, sentences);
  if (isDisplayKind(kind)) retagTitleCase(tokens, quoted, sentences, tags);
  return { index, kind, text, tokens, quotes, sentences, quoted, tags };
}

/**
 * `quoted[i]` for every token. Most blocks have no quotation at all: those skip the search per
 * token. (Quotes may nest — a single-quoted span around a double-quoted one — so the search stays
 * `quoteAt`'s, not a merged walk, to answer exactly as it always did.)
 */
function quotedTokens(tokens: readonly Token[], quotes: readonly Quote[]): boolean[] {
  // Pushed, not `new Array(n).fill()`: a packed array, filled without a call into the runtime.
  const quoted: boolean[] = [];
  for (let i = 0; i < tokens.length; i += 1) quoted.push(false);
  if (quotes.length === 0) return quoted;
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i];
    if (t === undefined) continue;
    const q = quoteAt(quotes, t.start);
    quoted[i] = q !== undefined && t.start >= q.innerStart && t.end <= q.innerEnd;
  }
  return quoted;
}
