/**
 * Lexicon tables built on first use. The content script runs on every page, news or not, and most
 * pages never reach the engine: building ~150 Sets and Maps (and expanding verb inflections) at
 * module load would be paid on all of them. A table here is a recipe until its first look-up.
 */

let built = 0;

/** How many tables have been built so far: lets a test prove that importing builds nothing. */
export function tablesBuilt(): number {
  return built;
}

/** Anything that answers membership: a Set or a lazily built table. */
export interface Lookup<T = string> {
  has(value: T): boolean;
}

/**
 * A cheap filter in front of a table: which lengths (bit n: n characters, bit 31: 31 or more),
 * first characters and last characters (each by its code's low five bits) its string members
 * have; every bit when a member is not a string. Most look-ups are words that no member matches
 * (an engine stage asks of every token whether it is "reportedly"): the masks answer those
 * without hashing the word and probing the table, which costs far more than three bit tests.
 */
interface Masks {
  lengths: number;
  firsts: number;
  lasts: number;
}

/** Masks that let every value through: before a table is built, and for non-string members. */
const OPEN: Masks = { lengths: -1, firsts: -1, lasts: -1 };

function masksOf(members: Iterable<unknown>): Masks {
  const masks = { lengths: 0, firsts: 0, lasts: 0 };
  for (const m of members) {
    if (typeof m !== 'string') return OPEN;
    masks.lengths |= 1 << Math.min(m.length, 31);
    // `''` reads NaN at both ends, which `& 31` makes 0: the same bit `fits` tests for it.
    masks.firsts |= 1 << (m.charCodeAt(0) & 31);
    masks.lasts |= 1 << (m.charCodeAt(m.length - 1) & 31);
  }
  return masks;
}

/** Can `value` be a member of a table whose masks are `masks`? */
function fits(masks: Masks, value: unknown): boolean {
  if (typeof value !== 'string') return true;
  const n = value.length;
  return (
    ((masks.lengths >>> Math.min(n, 31)) & 1) === 1 &&
    ((masks.firsts >>> (value.charCodeAt(0) & 31)) & 1) === 1 &&
    ((masks.lasts >>> (value.charCodeAt(n - 1) & 31)) & 1) === 1
  );
}

/** A read-only Set built from `items()` the first time it is used. */
export class LazySet<T = string> implements Iterable<T> {
  private table: Set<T> | undefined;
  private masks = OPEN;
  constructor(private readonly items: () => Iterable<T>) {}
  private build(): Set<T> {
    built += 1;
    const table = new Set(this.items());
    this.masks = masksOf(table);
    this.table = table;
    return table;
  }
  /** Membership, building the table if needed. */
  has(value: T): boolean {
    const table = this.table ?? this.build();
    return fits(this.masks, value) && table.has(value);
  }
  /** Number of distinct members. */
  get size(): number {
    return (this.table ?? this.build()).size;
  }
  /** The members, in insertion order. */
  [Symbol.iterator](): Iterator<T> {
    return (this.table ?? this.build())[Symbol.iterator]();
  }
}

/** A read-only Map built from `entries()` the first time it is used. */
export class LazyMap<K, V> implements Iterable<[K, V]> {
  private table: Map<K, V> | undefined;
  private masks = OPEN;
  constructor(private readonly source: () => Iterable<readonly [K, V]>) {}
  private build(): Map<K, V> {
    built += 1;
    const table = new Map(this.source());
    this.masks = masksOf(table.keys());
    this.table = table;
    return table;
  }
  /** The value for `key`, building the table if needed. */
  get(key: K): V | undefined {
    const table = this.table ?? this.build();
    return fits(this.masks, key) ? table.get(key) : undefined;
  }
  /** Whether `key` is present. */
  has(key: K): boolean {
    const table = this.table ?? this.build();
    return fits(this.masks, key) && table.has(key);
  }
  /** Number of entries. */
  get size(): number {
    return (this.table ?? this.build()).size;
  }
  /** The keys, in insertion order. */
  keys(): IterableIterator<K> {
    return (this.table ?? this.build()).keys();
  }
  /** The entries, in insertion order. */
  entries(): IterableIterator<[K, V]> {
    return (this.table ?? this.build()).entries();
  }
  /** The entries, in insertion order. */
  [Symbol.iterator](): Iterator<[K, V]> {
    return this.entries();
  }
}

/** A lazily built Set of the given members. */
export function lazySet<T = string>(items: () => Iterable<T>): LazySet<T> {
  return new LazySet(items);
}

/** A lazily built Map of the given entries. */
export function lazyMap<K, V>(entries: () => Iterable<readonly [K, V]>): LazyMap<K, V> {
  return new LazyMap(entries);
}

/** A value computed once, on first call (lists derived from the lexicon). */
export function lazyValue<T>(make: () => T): () => T {
  let value: T | undefined;
  let done = false;
  return () => {
    if (!done) {
      built += 1;
      value = make();
      done = true;
    }
    return value as T;
  };
}

/** Largest memo kept per function: a hostile page cannot grow it without bound. */
const MEMO_LIMIT = 50_000;

/**
 * A pure word → answer function with its answers remembered: lexicon look-ups that try several
 * singular forms run for nearly every noun phrase head, on a few hundred distinct words.
 */
export function memoByWord<T>(compute: (word: string) => T): (word: string) => T {
  let memo: Map<string, T> | undefined;
  return (word) => {
    memo ??= new Map();
    const hit = memo.get(word);
    if (hit !== undefined || memo.has(word)) return hit as T;
    if (memo.size >= MEMO_LIMIT) memo.clear();
    const value = compute(word);
    memo.set(word, value);
    return value;
  };
}
