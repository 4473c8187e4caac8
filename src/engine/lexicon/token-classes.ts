/**
 * Lexicon memberships computed once per token. Several stages walk every token of every sentence
 * asking one table each whether the word is theirs ("reportedly", "speculation", "thought to"):
 * some 110k look-ups a dev round, nearly all misses. A table registered here gets one bit; the
 * tokenizer stores each token's bits (one memoised look-up per distinct word), and a stage's walk
 * tests its bit instead of hashing and probing its table.
 */
import type { Lookup } from './lazy';
import type { Tag } from './pos';
import { SpellingTable } from './spelling-table';

/** The registered tables; table `n` owns bit `1 << n`. */
const classes: Lookup[] = [];

/** What the tokenizer stores for one spelling: every token of that spelling shares these. */
export interface WordForms {
  /** The spelling, as an internalised string. */
  text: string;
  /** Its lexicon form, as an internalised string. */
  lower: string;
  /** Starts with a capital (as the tokenizer decides it). */
  cap: boolean;
  /** `classesOf(lower)`. */
  classes: number;
  /** Its tag from the spelling alone, inside a sentence (the tagger's first guess; marks 'punct'). */
  tag: Tag;
  /** The same opening a sentence, where a capital does not make a name. */
  openingTag: Tag;
}

/**
 * The tokenizer's tag of a word from its spelling alone (`1-text/lexical-tag.ts`), passed in so
 * the lexicon does not depend on a stage: asked once per spelling and place, kept in its forms.
 */
export type TagOf = (word: string, lower: string, cap: boolean, sentenceStart: boolean) => Tag;

/** Spelling → forms for marks (whose lower form is themselves); words live in `spellings`. */
let markMemo: Map<string, WordForms> | undefined;

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
  spellings.clear();
  markMemo = undefined;
  return 1 << (classes.length - 1);
}

/**
 * The bits of every registered table that has `word` (the tokenizer's `classes` field). Asked once
 * per spelling: `wordForms` and `markForms` remember the answer with the spelling's other forms.
 */
export function classesOf(word: string): number {
  let bits = 0;
  for (let n = 0; n < classes.length; n += 1) if (classes[n]?.has(word) === true) bits |= 1 << n;
  return bits;
}

/**
 * `s` as V8's internalised copy (a property key is one). Token strings are sliced afresh from each
 * block; internalised ones carry their hash, compare to a string literal by identity in optimised
 * code (`t.lower === 'said'` is one pointer test, not a call comparing characters), and are shared
 * by every token of the spelling. Paid once per distinct spelling.
 */
function interned(s: string): string {
  return Object.keys({ [s]: 0 })[0] ?? s;
}

function formsOf(word: string, lower: string, cap: boolean, tagOf: TagOf | undefined): WordForms {
  const low = interned(lower);
  return {
    text: interned(word),
    lower: low,
    cap,
    classes: classesOf(low),
    tag: tagOf === undefined ? 'punct' : tagOf(word, low, cap, false),
    openingTag: tagOf === undefined ? 'punct' : tagOf(word, low, cap, true),
  };
}

/** Spelling → forms for words: found from the block text without slicing or hashing it. */
const spellings = new SpellingTable<WordForms>(MEMO_LIMIT);

/**
 * The forms of a word token spelled `word`, from `lowerOf` and `capOf` (the tokenizer's rules,
 * functions of the spelling alone) on its first meeting, remembered after: a block's tokens then
 * cost one look-up each instead of lower-casing, capital tests and table probes.
 */
export function wordForms(
  word: string,
  lowerOf: (word: string) => string,
  capOf: (word: string) => boolean,
  tagOf: TagOf,
): WordForms {
  return wordFormsIn(word, 0, word.length, lowerOf, capOf, tagOf);
}

/**
 * `wordForms(text.slice(a, b), ...)` without the slice. A Map keyed by a fresh slice hashes it in
 * the runtime (some 300 instructions a token, 3% of a dev round); the table hashes the characters
 * in place and slices only a spelling it has not met.
 */
export function wordFormsIn(
  text: string,
  a: number,
  b: number,
  lowerOf: (word: string) => string,
  capOf: (word: string) => boolean,
  tagOf: TagOf,
): WordForms {
  const hash = SpellingTable.hashOf(text, a, b);
  const hit = spellings.find(text, a, b, hash);
  if (hit !== undefined) return hit;
  const word = text.slice(a, b);
  const forms = formsOf(word, lowerOf(word), capOf(word), tagOf);
  spellings.add(forms.text, hash, forms);
  return forms;
}

/** The forms of a mark token (its lower form is itself; never a capital; tagged 'punct'). */
export function markForms(mark: string): WordForms {
  markMemo ??= new Map();
  const hit = markMemo.get(mark);
  if (hit !== undefined) return hit;
  const forms = formsOf(mark, mark, false, undefined);
  if (markMemo.size >= MEMO_LIMIT) markMemo.clear();
  markMemo.set(forms.text, forms);
  return forms;
}

/**
 * `table.has(token.lower)` for the table that owns `bit`, false for no token: the hot walks' test,
 * a bit test on a field the tokenizer filled.
 */
export function inClass(token: { classes: number } | undefined, bit: number): boolean {
  return token !== undefined && (token.classes & bit) !== 0;
}
