/**
 * A table of values by spelling that is asked with a span of a larger text (`text[a, b)`), so the
 * tokenizer need not slice every word to look it up. A Map keyed by a fresh slice makes V8 hash
 * the new string in the runtime on every look-up; here the caller's characters are hashed in
 * place with a multiply-add and compared in place against the stored spelling.
 */

/** Slots of a table before its first growth (a power of two). */
const FIRST_SIZE = 1024;

/** An open-addressed (linear probing) spelling → value table, at most half full. */
export class SpellingTable<V> {
  private keys: (string | undefined)[] = [];
  private values: (V | undefined)[] = [];
  private hashes = new Int32Array(0);
  private count = 0;

  /** `limit`: most entries kept; the table starts afresh past it (a hostile page cannot grow it). */
  constructor(private readonly limit: number) {}

  /** The hash `find` and `add` expect for `text[a, b)`. */
  static hashOf(text: string, a: number, b: number): number {
    let h = 0;
    for (let i = a; i < b; i += 1) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
    return h;
  }

  /** The value stored for the spelling `text[a, b)` (whose hash is `hash`), if any. */
  find(text: string, a: number, b: number, hash: number): V | undefined {
    const keys = this.keys;
    if (keys.length === 0) return undefined;
    const mask = keys.length - 1;
    for (let at = slotOf(hash, mask); ; at = (at + 1) & mask) {
      const key = keys[at];
      if (key === undefined) return undefined;
      if (this.hashes[at] === hash && spells(key, text, a, b)) return this.values[at];
    }
  }

  /** Store `value` for `key` (not yet in the table; `hash` is `hashOf(key, 0, key.length)`). */
  add(key: string, hash: number, value: V): void {
    if (this.count >= this.limit) this.clear();
    if ((this.count + 1) * 2 > this.keys.length)
      this.resize(Math.max(FIRST_SIZE, this.keys.length * 2));
    this.place(key, hash, value);
    this.count += 1;
  }

  /** Forget every entry. */
  clear(): void {
    this.keys = [];
    this.values = [];
    this.hashes = new Int32Array(0);
    this.count = 0;
  }

  private place(key: string, hash: number, value: V | undefined): void {
    const mask = this.keys.length - 1;
    let at = slotOf(hash, mask);
    while (this.keys[at] !== undefined) at = (at + 1) & mask;
    this.keys[at] = key;
    this.values[at] = value;
    this.hashes[at] = hash;
  }

  private resize(size: number): void {
    const { keys, values, hashes } = this;
    // Pushed, not `new Array(size)`: packed arrays, read without hole checks.
    this.keys = [];
    this.values = [];
    for (let i = 0; i < size; i += 1) {
      this.keys.push(undefined);
      this.values.push(undefined);
    }
    this.hashes = new Int32Array(size);
    for (let i = 0; i < keys.length; i += 1) {
      const key = keys[i];
      if (key !== undefined) this.place(key, hashes[i] ?? 0, values[i]);
    }
  }
}

/** The first slot probed for `hash`: its high bits folded in, as short words differ in the low. */
function slotOf(hash: number, mask: number): number {
  return (hash ^ (hash >>> 16)) & mask;
}

/** Is `key` spelled as `text[a, b)`? */
function spells(key: string, text: string, a: number, b: number): boolean {
  if (key.length !== b - a) return false;
  for (let i = 0; i < key.length; i += 1)
    if (key.charCodeAt(i) !== text.charCodeAt(a + i)) return false;
  return true;
}
