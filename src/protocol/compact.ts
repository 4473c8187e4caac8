/**
 * The engine's reply in compact form: offsets and ids, not repeated text. Every record span
 * (`{ block, start, end, text }`) carries a copy of article text the content script already holds,
 * and every object repeats its keys; on a long article that is most of the reply (2.8 MB for
 * 100,000 words), which the background serializes and the page parses on its main thread.
 *
 * The encoding is generic, so fields added to the engine's records travel without a change here:
 * - an object becomes `[shape, ...values]`, its keys written once in a table of shapes;
 * - an array becomes `[ARRAY, ...items]`;
 * - a `text` that is exactly `blocks[block].text.slice(start, end)` of its own object is left out
 *   (its shape says so) and sliced again from the blocks on arrival.
 * Decoding gives back an equal value with the same keys in the same order (so JSON exports match
 * byte for byte); anything not derivable (another field, a text that differs) travels as it is.
 */
import type { TextBlock } from '../engine/types';

/** A packed value: JSON-compatible, so it survives runtime messaging in both browsers. */
export type PackedValue = number | string | boolean | null | PackedList;
/** An object (`[shape, ...values]`) or an array (`[ARRAY, ...items]`). */
export type PackedList = PackedValue[];

/**
 * A shape: the index of the derived `text` key among `keys` (-1 for none), then the keys in the
 * object's own order.
 */
export type Shape = [derived: number, ...keys: string[]];

/**
 * A value of type `T`, packed against the blocks it was computed from. `T` is carried by the type
 * only (`of` is never set), so `unpack` gives back the type `pack` was given.
 */
export interface Packed<T> {
  shapes: Shape[];
  root: PackedValue;
  readonly of?: T;
}

/** Tag of a packed array; shape indices are never negative. */
export const ARRAY = -1;

type Blocks = readonly Pick<TextBlock, 'text'>[];
type Fields = Record<string, unknown>;

/** True when `object.text` is the very text its own span covers, so it need not travel. */
function derivesText(object: Fields, blocks: Blocks): boolean {
  const { block, start, end, text } = object;
  if (typeof text !== 'string' || typeof block !== 'number') return false;
  if (typeof start !== 'number' || typeof end !== 'number') return false;
  const source = blocks[block]?.text;
  return source !== undefined && source.slice(start, end) === text;
}

/** Shape ids by key sequence: a trie, so a repeated shape costs a map look-up per key. */
interface ShapeNode {
  next: Map<string, ShapeNode>;
  /** Id of the shape ending here, by derived-key index + 1 (0: no derived key). */
  ids: Map<number, number>;
}

const shapeNode = (): ShapeNode => ({ next: new Map(), ids: new Map() });

/** Pack `value`, computed from `blocks`, for the trip to the page. */
export function pack<T>(value: T, blocks: Blocks): Packed<T> {
  const shapes: Shape[] = [];
  const root = shapeNode();
  const shapeOf = (keys: string[], derived: number): number => {
    let node = root;
    for (const key of keys) {
      let next = node.next.get(key);
      if (!next) node.next.set(key, (next = shapeNode()));
      node = next;
    }
    let id = node.ids.get(derived + 1);
    if (id === undefined) {
      id = shapes.length;
      shapes.push([derived, ...keys]);
      node.ids.set(derived + 1, id);
    }
    return id;
  };
  const walk = (v: unknown): PackedValue => {
    if (typeof v !== 'object' || v === null) {
      if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean' || v === null) {
        return v;
      }
      throw new TypeError(`cannot pack a ${typeof v}`);
    }
    if (Array.isArray(v)) {
      const out: PackedList = [ARRAY];
      for (const item of v) out.push(walk(item));
      return out;
    }
    const fields = v as Fields;
    const keys: string[] = [];
    // As JSON does: undefined-valued keys are left out.
    for (const key of Object.keys(fields)) if (fields[key] !== undefined) keys.push(key);
    const derived = derivesText(fields, blocks) ? keys.indexOf('text') : -1;
    const out: PackedList = [shapeOf(keys, derived)];
    for (let k = 0; k < keys.length; k++) {
      if (k !== derived) out.push(walk(fields[keys[k] as string]));
    }
    return out;
  };
  return { shapes, root: walk(value) };
}

/** Thrown when a packed value does not fit its shapes or its blocks. */
export class PackedError extends Error {}

/** Rebuild the value `pack` was given, slicing derived texts from `blocks`. */
export function unpack<T>(packed: Packed<T>, blocks: Blocks): T {
  const { shapes } = packed;
  const walk = (p: PackedValue): unknown => {
    if (!Array.isArray(p)) return p;
    const tag = p[0];
    if (tag === ARRAY) {
      const out: unknown[] = new Array(p.length - 1);
      for (let i = 1; i < p.length; i++) out[i - 1] = walk(p[i] as PackedValue);
      return out;
    }
    const shape = typeof tag === 'number' ? shapes[tag] : undefined;
    if (!shape) throw new PackedError(`unknown shape ${String(tag)}`);
    const derived = shape[0];
    const out: Fields = {};
    let at = 1;
    for (let k = 1; k < shape.length; k++) {
      // The derived key keeps its place now and gets its text once the offsets are known.
      out[shape[k] as string] = k - 1 === derived ? '' : walk(p[at++] as PackedValue);
    }
    if (at !== p.length) throw new PackedError('values do not fit their shape');
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
  return walk(packed.root) as T;
}
