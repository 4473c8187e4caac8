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
 * Bit n is set when a member has n characters (bit 31: 31 or more); every bit when a member is
 * not a string. Most look-ups are words that no member matches in length (an engine stage asks
 * of every token whether it is "reportedly"): the mask answers those without hashing the word.
 */
function lengthMask(members: Iterable<unknown>): number {
  let mask = 0;
  for (const m of members) mask |= typeof m === 'string' ? 1 << Math.min(m.length, 31) : -1;
  return mask;
}

/** Can `value` be a member of a table whose length mask is `mask`? */
function lengthFits(mask: number, value: unknown): boolean {
  return typeof value !== 'string' || ((mask >>> Math.min(value.length, 31)) & 1) === 1;
}

/** A read-only Set built from `items()` the first time it is used. */
export class LazySet<T = string> implements Iterable<T> {
  private table: Set<T> | undefined;
  private lengths = -1;
  constructor(private readonly items: () => Iterable<T>) {}
  private build(): Set<T> {
    built += 1;
    const table = new Set(this.items());
    this.lengths = lengthMask(table);
    this.table = table;
    return table;
  }
  /** Membership, building the table if needed. */
  has(value: T): boolean {
    const table = this.table ?? this.build();
    return lengthFits(this.lengths, value) && table.has(value);
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
  private lengths = -1;
  constructor(private readonly source: () => Iterable<readonly [K, V]>) {}
  private build(): Map<K, V> {
    built += 1;
    const table = new Map(this.source());
    this.lengths = lengthMask(table.keys());
    this.table = table;
    return table;
  }
  /** The value for `key`, building the table if needed. */
  get(key: K): V | undefined {
    const table = this.table ?? this.build();
    return lengthFits(this.lengths, key) ? table.get(key) : undefined;
  }
  /** Whether `key` is present. */
  has(key: K): boolean {
    const table = this.table ?? this.build();
    return lengthFits(this.lengths, key) && table.has(key);
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
