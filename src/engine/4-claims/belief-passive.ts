/**
 * Stage 6d, belief passives inside a noun phrase: "Europa, which is thought to harbor an ocean",
 * "a gang believed to have stolen $500m", "plains, thought to be ice, cover...". Unnamed others hold
 * what follows "to"; the noun they describe is the author's. A main-clause "X is thought to Y" is
 * the whole-sentence record of agentless.ts, which stops at relative clauses.
 */
import type { RawAttribution } from './content';
import { endAtStop, hedgedRecord } from './hedged-record';
import type { BlockModel } from '../1-text/model';
import type { Sentence } from '../1-text/sentences';
import { lazySet } from '../lexicon/lazy';
import { inClass, tokenClass } from '../lexicon/token-classes';
import { CLAUSE_RELATIVES } from '../lexicon/words';

/** Participles of belief whose left-out agent holds the infinitive after them. */
const BELIEF = lazySet(() => ['thought', 'believed', 'presumed', 'rumored', 'rumoured']);

/** `BELIEF` as a token's bit: `beliefPassives` asks it of every token. */
const BELIEF_CLASS = tokenClass(BELIEF);

const BE = lazySet(() => ['is', 'are', 'was', 'were']);

/** Tags a reduced relative follows: the noun it describes ("a gang believed to ..."). */
const NOUN_TAGS = lazySet(() => ['noun', 'name']);

/** Tags that may open the infinitive's verb: a base form is often unknown (tagged a noun). */
const VERB_TAGS = lazySet(() => ['verb', 'aux', 'noun']);

/** Punctuation that ends the claim; not "(", whose aside ("$500m (£323m)") is inside it. */
const CLOSERS = lazySet(() => [';', ':', '—', '–']);
const MIN_WORDS = 3;

/**
 * What ends the claim; after a comma ('aside') the next comma too. Named functions, not a closure
 * over the attachment in the loop: that made every token of every sentence allocate a context.
 */
const endsClaim = (t: string): boolean => CLOSERS.has(t);
const endsAside = (t: string): boolean => CLOSERS.has(t) || t === ',';

/**
 * How the participle at `i` attaches: 'relative' after "which is", 'aside' after a comma (a
 * reduced relative set off by commas, which the next comma closes), 'reduced' after its noun.
 */
function attachment(
  block: BlockModel,
  s: Sentence,
  i: number,
): 'relative' | 'aside' | 'reduced' | null {
  let k = i - 1;
  // "which is widely thought to": one adverb may stand inside the passive.
  if (block.tags[k] === 'adv') k -= 1;
  if (BE.has(block.tokens[k]?.lower ?? ''))
    return k > s.from && CLAUSE_RELATIVES.has(block.tokens[k - 1]?.lower ?? '') ? 'relative' : null;
  if (k !== i - 1) return null;
  if (block.tokens[k]?.text === ',') return 'aside';
  return NOUN_TAGS.has(block.tags[k] ?? 'punct') ? 'reduced' : null;
}

/** The belief-passive records of one sentence (usually none). */
export function beliefPassives(block: BlockModel, s: Sentence): RawAttribution[] {
  const out: RawAttribution[] = [];
  for (let i = s.from + 1; i < s.to - 2; i += 1) {
    const word = block.tokens[i]?.lower ?? '';
    if (!inClass(block.tokens[i], BELIEF_CLASS) || block.tokens[i + 1]?.lower !== 'to') continue;
    if (block.quoted[i] === true || !VERB_TAGS.has(block.tags[i + 2] ?? 'punct')) continue;
    const how = attachment(block, s, i);
    if (how === null) continue;
    const ends = how === 'aside' ? endsAside : endsClaim;
    const range = { from: i + 2, to: endAtStop(block, i + 2, s.to, ends) };
    const source = word.startsWith('rumo') ? 'rumors' : 'unnamed source';
    const hedge = { from: i, to: i + 2, lemma: `is ${word} to`, form: 'verb', source } as const;
    const record = hedgedRecord(block, range, hedge, MIN_WORDS);
    if (record !== null) out.push(record);
  }
  return out;
}
