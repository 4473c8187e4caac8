/**
 * Lexicon memberships computed once per token. Several stages walk every token of every sentence
 * asking one table each whether the word is theirs ("reportedly", "speculation", "thought to"):
 * some 110k look-ups a dev round, nearly all misses. A table registered here gets one bit; the
 * tokenizer stores each token's bits (one memoised look-up per distinct word), and a stage's walk
 * tests its bit instead of hashing and probing its table.
 */
import type { Lookup } from './lazy';

/** The registered tables; table `n` owns bit `1 << n`. */
const classes: Lookup[] = [];

/** Word → its bits, kept across blocks and articles (most words recur). */
let memo: Map<string, number> | undefined;

/** Largest memo kept: a hostile page cannot grow it without bound. */
const MEMO_LIMIT = 50_000;

/** At most 31 tables: bits of a 32-bit integer, as bitwise operators read them. */
const MAX_CLASSES = 31;

/**
 * Register `table` and return its bit. Call at module level only (it builds nothing: the table is
 * asked about a word only when the tokenizer first meets that word), so every table is known before
 * the first block is tokenized; registering one later forgets the memo, never answers stale bits.
 */
export function tokenClass(table: Lookup): number {
  const known = classes.indexOf(table);
  if (known >= 0) return 1 << known;
  if (classes.length >= MAX_CLASSES) throw new Error('token classes: no bit left');
  classes.push(table);
  memo = undefined;
  return 1 << (classes.length - 1);
}

/** The bits of every registered table that has `word` (the tokenizer's `classes` field). */
export function classesOf(word: string): number {
  memo ??= new Map();
  const hit = memo.get(word);
  if (hit !== undefined) return hit;
  let bits = 0;
  for (let n = 0; n < classes.length; n += 1) if (classes[n]?.has(word) === true) bits |= 1 << n;
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(word, bits);
  return bits;
}

/**
 * `table.has(token.lower)` for the table that owns `bit`, false for no token: the hot walks' test,
 * a bit test on a field the tokenizer filled.
 */
export function inClass(token: { classes: number } | undefined, bit: number): boolean {
  return token !== undefined && (token.classes & bit) !== 0;
}
