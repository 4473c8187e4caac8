/**
 * The engine's reply in compact form: offsets and ids, not repeated text. Every record span
 * (`{ block, start, end, text }`) carries a copy of article text the content script already holds,
 * and every object repeats its keys; on a long article that is most of the reply (3 MB for
 * 100,000 words), which the background serializes and the page parses on its main thread.
 *
 * The encoding is generic, so fields added to the engine's records travel without a change here.
 * A value is written depth first as two flat streams: `kinds` says what each value is (a plain
 * value, an object of a given shape, or an array and its length) and `values` holds the plain
 * values in order. An object's keys are written once, in its shape; a `text` that is exactly
 * `blocks[block].text.slice(start, end)` of its own object is left out (its shape says so) and
 * sliced again from the blocks on arrival. Flat streams cost no array per object on either side.
 * Decoding gives back an equal value with the same keys in the same order (so JSON exports match
 * byte for byte); anything not derivable (another field, a text that differs) travels as it is.
 */
import type { TextBlock } from '../engine/types';

/** What JSON carries as it is. */
export type Plain = number | string | boolean | null;

/**
 * A shape: the index of the derived `text` key among `keys` (-1 for none), then the keys in the
 * object's own order.
 */
export type Shape = [derived: number, ...keys: string[]];

/**
 * A value of type `T`, packed against the blocks it was computed from: JSON-compatible, so it
 * survives runtime messaging in both browsers. `T` is carried by the type only (`of` is never
 * set), so `unpack` gives back the type `pack` was given.
 */
export interface Packed<T> {
  shapes: Shape[];
  /** Per value, depth first: PLAIN, ARRAY then its length, or an object's shape index + 1. */
  kinds: number[];
  /** The plain values, in the same order. */
  values: Plain[];
  readonly of?: T;
}

/** A plain value (the next in `values`). */
export const PLAIN = 0;
/** An array: its length follows in `kinds`, then its items. */
export const ARRAY = -1;

type Blocks = readonly Pick<TextBlock, 'text'>[];
type Fields = Record<string, unknown>;

/** One shape met while packing: its keys, and where a derivable text and its span sit. */
interface ShapeInfo {
  keys: string[];
  /** Ids of the shape with the text derived (-1: it has no span to derive one from), and without. */
  derivedId: number;
  plainId: number;
  text: number;
  block: number;
  start: number;
  end: number;
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Pack `value`, computed from `blocks`, for the trip to the page. Runs over every record of a
 * long article in the background, so each object costs two native calls (its keys and its
 * values) and array reads: no per-key property look-ups by name.
 */
export function pack<T>(value: T, blocks: Blocks): Packed<T> {
  const shapes: Shape[] = [];
  // Shapes by first key: records of one kind share theirs, so each list is short.
  const byFirstKey = new Map<string, ShapeInfo[]>();
  const newShape = (derived: number, keys: string[]): number => {
    shapes.push([derived, ...keys]);
    return shapes.length - 1;
  };
  const infoFor = (keys: string[]): ShapeInfo => {
    const first = keys[0] ?? '';
    let list = byFirstKey.get(first);
    if (!list) byFirstKey.set(first, (list = []));
    for (const info of list) if (sameKeys(info.keys, keys)) return info;
    const text = keys.indexOf('text');
    const info: ShapeInfo = {
      keys,
      plainId: newShape(-1, keys),
      derivedId: -1,
      text,
      block: keys.indexOf('block'),
      start: keys.indexOf('start'),
      end: keys.indexOf('end'),
    };
    if (text >= 0 && info.block >= 0 && info.start >= 0 && info.end >= 0) {
      info.derivedId = newShape(text, keys);
    }
    list.push(info);
    return info;
  };
  /** True when the values hold a text that is exactly its own span's text in the blocks. */
  const derives = (info: ShapeInfo, values: unknown[]): boolean => {
    if (info.derivedId < 0) return false;
    const text = values[info.text];
    const block = values[info.block];
    const start = values[info.start];
    const end = values[info.end];
    if (typeof text !== 'string' || typeof block !== 'number') return false;
    if (typeof start !== 'number' || typeof end !== 'number') return false;
    const source = blocks[block]?.text;
    return source !== undefined && text.length === end - start && source.startsWith(text, start);
  };
  const kinds: number[] = [];
  const values: Plain[] = [];
  const put = (v: unknown): void => {
    if (typeof v !== 'object' || v === null) {
      if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean' || v === null) {
        kinds.push(PLAIN);
        values.push(v);
        return;
      }
      throw new TypeError(`cannot pack a ${typeof v}`);
    }
    if (Array.isArray(v)) {
      kinds.push(ARRAY, v.length);
      for (let i = 0; i < v.length; i++) put(v[i]);
      return;
    }
    let keys = Object.keys(v);
    let fields: unknown[] = Object.values(v);
    if (fields.includes(undefined)) {
      // As JSON does: undefined-valued keys are left out.
      keys = keys.filter((_key, i) => fields[i] !== undefined);
      fields = fields.filter((x) => x !== undefined);
    }
    const info = infoFor(keys);
    const derived = derives(info, fields) ? info.text : -1;
    kinds.push((derived >= 0 ? info.derivedId : info.plainId) + 1);
    for (let k = 0; k < fields.length; k++) if (k !== derived) put(fields[k]);
  };
  put(value);
  return { shapes, kinds, values };
}

/** Thrown when a packed value does not fit its shapes or its blocks. */
export class PackedError extends Error {}

/** Rebuild the value `pack` was given, slicing derived texts from `blocks`. */
export function unpack<T>(packed: Packed<T>, blocks: Blocks): T {
  const { shapes, kinds, values } = packed;
  let k = 0;
  let v = 0;
  const take = (): unknown => {
    const kind = kinds[k++];
    if (kind === PLAIN) {
      if (v >= values.length) throw new PackedError('more values than were sent');
      return values[v++];
    }
    if (kind === ARRAY) {
      const length = kinds[k++];
      if (length === undefined || !(length >= 0)) throw new PackedError('an array without length');
      const out: unknown[] = new Array(length);
      for (let i = 0; i < length; i++) out[i] = take();
      return out;
    }
    const shape = kind === undefined ? undefined : shapes[kind - 1];
    if (!shape) throw new PackedError(`unknown kind ${String(kind)}`);
    const derived = shape[0];
    const out: Fields = {};
    for (let i = 1; i < shape.length; i++) {
      // The derived key keeps its place now and gets its text once the offsets are known.
      out[shape[i] as string] = i - 1 === derived ? '' : take();
    }
    if (derived >= 0) {
      const { block, start, end } = out;
      const source = typeof block === 'number' ? blocks[block]?.text : undefined;
      if (source === undefined || typeof start !== 'number' || typeof end !== 'number') {
        throw new PackedError('a derived text outside the blocks');
      }
      out.text = source.slice(start, end);
    }
    return out;
  };
  const value = take();
  if (k !== kinds.length || v !== values.length) throw new PackedError('values left over');
  return value as T;
}

/**
 * `Packed<T>` as JSON text: one string for runtime messaging to carry (no object per record on
 * either side of the channel), parsed only when the records are wanted.
 */
export type PackedJson<T> = string & { readonly packedOf?: T };

/** `pack`, as JSON text. */
export function packJson<T>(value: T, blocks: Blocks): PackedJson<T> {
  return JSON.stringify(pack(value, blocks)) as PackedJson<T>;
}

/** `unpack` of JSON text from `packJson`; throws `PackedError` on anything else. */
export function unpackJson<T>(json: PackedJson<T>, blocks: Blocks): T {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new PackedError('not JSON');
  }
  const p = parsed as Partial<Packed<T>> | null;
  if (!p || !Array.isArray(p.shapes) || !Array.isArray(p.kinds) || !Array.isArray(p.values)) {
    throw new PackedError('not a packed value');
  }
  if (!p.shapes.every((shape) => Array.isArray(shape) && typeof shape[0] === 'number')) {
    throw new PackedError('a malformed shape');
  }
  return unpack({ shapes: p.shapes, kinds: p.kinds, values: p.values }, blocks);
}
