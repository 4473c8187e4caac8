/**
 * Stage 7b's salience model for "he" and "she": which recently mentioned person a pronoun most
 * likely continues. Each person the text brings up gains weight by how it was brought up — the
 * speaker of a claim most, the subject of a sentence more than a name in passing, a name inside
 * a reported claim least — and every sentence halves what the earlier ones gave. The pronoun goes
 * to the heaviest person whose gender does not clash with it. Only a handful of people are held,
 * so every look-up is a short fixed scan, never one over the whole article.
 */

/** How a person was brought up in a sentence, from the strongest to the weakest. */
export type MentionRole = 'speaker' | 'subject' | 'other' | 'claim';

/** Weight of each way of being mentioned: the person a text is about speaks and acts. */
const WEIGHT: Record<MentionRole, number> = { speaker: 4, subject: 3, other: 1, claim: 0.5 };
/** What one sentence keeps of the weight the earlier ones gave. */
const DECAY = 0.5;
/** People held at once; older ones are forgotten. */
const CAPACITY = 8;

/** Whether a person can be what a pronoun refers to: no, yes, or yes and known to agree. */
export type Fit = 'clash' | 'open' | 'agrees';
/** A known agreement of gender counts this much more than an unknown one. */
const AGREEMENT_BONUS = 1.5;

interface Slot<P> {
  person: P;
  key: string;
  score: number;
  tick: number;
}

/** Recently mentioned people, weighed by prominence and age. `P` is whatever names a person. */
export class Salience<P> {
  private readonly slots: Array<Slot<P>> = [];

  /** `keyOf` says when two values are the same person (a known name and the entity made from it). */
  constructor(private readonly keyOf: (p: P) => string) {}

  /** Weight of `slot` as of sentence `tick`. */
  private static scoreAt<P>(slot: Slot<P>, tick: number): number {
    return slot.score * DECAY ** Math.max(0, tick - slot.tick);
  }

  /** Add a mention of `person` in sentence `tick`; the latest value stands for the person. */
  note(person: P, role: MentionRole, tick: number): void {
    const key = this.keyOf(person);
    const at = this.slots.findIndex((s) => s.key === key);
    const old = at >= 0 ? this.slots.splice(at, 1)[0] : undefined;
    const score = (old === undefined ? 0 : Salience.scoreAt(old, tick)) + WEIGHT[role];
    this.slots.push({ person, key, score, tick });
    if (this.slots.length > CAPACITY) this.dropWeakest(tick);
  }

  /** Replace the value held for a person (a known name became an entity). */
  replace(person: P): void {
    const key = this.keyOf(person);
    const slot = this.slots.find((s) => s.key === key);
    if (slot !== undefined) slot.person = person;
  }

  /**
   * The heaviest person `fit` (given the person and its key) does not rule out, with its weight,
   * and whether another came so close that only a guessed gender (`AGREEMENT_BONUS`) or the order
   * of mention parted them (`tied`); null when everyone clashes.
   */
  best(
    tick: number,
    fit: (p: P, key: string) => Fit,
  ): { person: P; score: number; tied: boolean } | null {
    let top: { person: P; score: number; tied: boolean } | null = null;
    let second = -1;
    for (const slot of this.slots) {
      const f = fit(slot.person, slot.key);
      if (f === 'clash') continue;
      const score = Salience.scoreAt(slot, tick) * (f === 'agrees' ? AGREEMENT_BONUS : 1);
      // Ties go to the later mention (slots are in order of last mention).
      if (top === null || score >= top.score) {
        if (top !== null) second = top.score;
        top = { person: slot.person, score, tied: false };
      } else if (score > second) second = score;
    }
    if (top !== null) top.tied = second * AGREEMENT_BONUS >= top.score;
    return top;
  }

  /** The most recently mentioned person, whatever the weights. */
  latest(): P | null {
    return this.slots[this.slots.length - 1]?.person ?? null;
  }

  private dropWeakest(tick: number): void {
    let weakest = 0;
    for (let i = 1; i < this.slots.length; i += 1) {
      const a = this.slots[i];
      const b = this.slots[weakest];
      if (
        a !== undefined &&
        b !== undefined &&
        Salience.scoreAt(a, tick) < Salience.scoreAt(b, tick)
      )
        weakest = i;
    }
    this.slots.splice(weakest, 1);
  }
}
