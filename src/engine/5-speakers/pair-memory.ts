/**
 * The latest pair of people named together ("Steven Sloman, a professor at Brown, and Philip
 * Fernbach argue ..."), for what refers back to both: a "they" in the next sentences, "both men",
 * "the pair", "the Gormans". The pair becomes one joint source, named by both, as the corpus names
 * such pairs; it is made only when something refers to it.
 */
import type { BlockModel } from '../1-text/model';
import type { Token } from '../1-text/tokenize';
import { PAIR_HEADS, PAIR_NOUNS, PAIR_OPENERS } from '../lexicon/pair-words';
import type { EntityState, PhraseContext } from './entity-store';
import { resolvePhrase } from './named-phrase';
import type { Pair } from './pair-subject';

/** How many sentences after two people were named together a "they" still means both. */
const THEY_REACH = 2;
/** How far back an explicit reference ("both men", "the pair") still finds the pair. */
const NAMED_REACH = 6;

interface Noted {
  e: EntityState | null;
  members: readonly [EntityState, EntityState] | null;
  names: Pair | null;
  block: BlockModel | null;
  tick: number;
}

/** Remembers the latest pair and answers the references to it. */
export class PairMemory {
  private pair: Noted | null = null;

  constructor(private readonly ctx: PhraseContext) {}

  /** A sentence (at `tick`) named two people as one subject. */
  note(block: BlockModel, names: Pair, tick: number): void {
    this.pair = { e: null, members: null, names, block, tick };
  }

  /** The joint source of two people (made once per pair), now the latest pair; null unless both are distinct people. */
  joint(a: EntityState, b: EntityState, tick: number): EntityState | null {
    if (a === b || a.type !== 'person' || b.type !== 'person') return null;
    const key = `joint:${a.id}+${b.id}`;
    const { store } = this.ctx;
    const e = store.withKey(key) ?? store.create(key, `${a.name} and ${b.name}`, 'person', []);
    this.pair = { e, members: [a, b], names: null, block: null, tick };
    return e;
  }

  /** The first name's tokens when tokens `[from, to)` are the second of this sentence's pair. */
  pairedWith(block: BlockModel, from: number, to: number, tick: number): Pair[0] | null {
    const p = this.pair;
    if (p === null || p.names === null || p.tick !== tick || p.block !== block) return null;
    const [first, second] = p.names;
    return second[0] === from && second[1] === to ? first : null;
  }

  /** The pair for a "they" at `tick`, unless a body spoke since it was named (`bodyTick`). */
  forThey(tick: number, bodyTick: number): EntityState | null {
    const p = this.pair;
    // "Roe and Lund wrote to Acme. The company said ... They said": a body spoke since.
    if (p === null || tick - p.tick > THEY_REACH || bodyTick > p.tick) return null;
    return this.made(tick);
  }

  /** The pair a phrase of `words` names ("both men", "the pair", "the Gormans"), or null. */
  forPhrase(words: readonly Token[], tick: number): EntityState | null {
    const p = this.pair;
    if (p === null || !refersToTwo(words, p)) return null;
    // "the Gormans" names the pair at any distance; "both men" only while it is recent.
    if (tick - p.tick > NAMED_REACH && !isSurnamePlural(words)) return null;
    return this.made(tick);
  }

  /** The pair as one source, made on first reference and kept fresh by it. */
  private made(tick: number): EntityState | null {
    const p = this.pair;
    if (p === null) return null;
    if (p.e === null) {
      const { block, names } = p;
      if (block === null || names === null) return null;
      const name = ([from, to]: readonly [number, number]) =>
        resolvePhrase(
          this.ctx,
          block.tokens.slice(from, to).filter((t) => t.isWord),
          block.text,
        );
      const a = name(names[0]);
      const b = name(names[1]);
      if (a === null || b === null || this.joint(a, b, p.tick) === null) {
        this.pair = null;
        return null;
      }
    }
    const current = this.pair;
    if (current === null || current.e === null) return null;
    current.tick = tick;
    return current.e;
  }
}

/**
 * Do `words` refer to two people: "both" (+ a plural person noun), "the two" (+ one), "the pair",
 * "the couple", or "the" + the surname both of the pair share, plural ("the Gormans")?
 */
function refersToTwo(words: readonly Token[], p: Noted): boolean {
  const [first, second, third] = words.map((t) => t.lower);
  if (first === undefined || words.length > 3) return false;
  const head = (w: string | undefined) => w === undefined || PAIR_HEADS.has(w);
  if (PAIR_OPENERS.has(first)) return words.length <= 2 && head(second);
  if (first !== 'the' || second === undefined) return false;
  if (PAIR_NOUNS.has(second)) return second === 'two' ? head(third) : third === undefined;
  return third === undefined && samePlural(second, p);
}

/** "the Gormans": "the" and a capitalised plural. */
function isSurnamePlural(words: readonly Token[]): boolean {
  return words.length === 2 && words[1]?.cap === true;
}

/** "the Gormans" for Jack and Sara Gorman: the plural of a surname both members share. */
function samePlural(word: string, p: Noted): boolean {
  if (!word.endsWith('s')) return false;
  const stem = word.slice(0, -1);
  if (p.members !== null) return p.members.every((m) => m.surname === stem);
  const { block, names } = p;
  if (block === null || names === null) return false;
  return names.every(([, to]) => block.tokens[to - 1]?.lower === stem);
}
