/**
 * Stage 6d, judgement passives inside a noun phrase or fronted before the subject: "Comet Lee,
 * which has been called a potential comet of the century, will pass ...", "Ann Roe, who was
 * considered a flight risk by the police, ...", "Long considered one of the great snubs, the band
 * was nominated". Someone other than the author holds the judgement: unnamed, or the "by" agent.
 * The claim is the judgement itself; the noun it describes is the author's. A main-clause "X is
 * considered Y" is the whole-sentence record of agentless.ts, which stops at relative clauses.
 */
import { kindOf, trimContent, wordCount } from './clause';
import { rawOver, type RawAttribution, type SpeakerRef } from './content';
import type { BlockModel } from '../1-text/model';
import type { Sentence } from '../1-text/sentences';
import { speakerRight } from '../5-speakers/phrase';
import { JUDGED_PARTICIPLES } from '../lexicon/frames';
import { lazySet } from '../lexicon/lazy';
import { inClass, tokenClass } from '../lexicon/token-classes';
import { CLAUSE_RELATIVES } from '../lexicon/words';

/** `JUDGED_PARTICIPLES` as a token's bit: `judgedPassives` asks it of every token. */
const JUDGED_CLASS = tokenClass(JUDGED_PARTICIPLES);

/** Auxiliaries of the passive between the relative and the participle ("has been", "is being"). */
const PASSIVE_AUX = lazySet(() => [
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'had',
  'been',
  'being',
]);
/** Adverbs that open a fronted judgement ("Long considered", "Once seen as"). */
const FRONTED_ADVERBS = lazySet(() => ['long', 'once', 'often', 'widely', 'still', 'now']);
/** Tags of a verb or auxiliary: a predicate of its own. */
const VERBAL = lazySet(() => ['verb', 'aux']);
/** Words that open a verbless qualification of the judgement (", but not dangerously so"). */
const QUALIFIERS = lazySet(() => ['but', 'though', 'albeit', 'if']);
/** Marks that end the judgement. */
const CLOSERS = lazySet(() => [',', ';', ':', '\u2014', '\u2013', '(']);
/** Shortest judgement, in words: "described as 'heartbreaking'" is a label, not a claim. */
const MIN_WORDS = 3;

/** The index after the auxiliaries (and one adverb) that end right before `p`, or -1. */
function auxStart(block: BlockModel, s: Sentence, p: number): number {
  let k = p - 1;
  if (block.tags[k] === 'adv') k -= 1;
  let aux = 0;
  while (k >= s.from && PASSIVE_AUX.has(block.tokens[k]?.lower ?? '')) {
    aux += 1;
    k -= 1;
    if (block.tags[k] === 'adv') k -= 1;
  }
  return aux > 0 ? k : -1;
}

/** How the participle at `p` is attached: after a relative and its auxiliaries, or fronted. */
function attached(block: BlockModel, s: Sentence, p: number): 'relative' | 'fronted' | null {
  const word = block.tokens[p]?.lower ?? '';
  const rel = auxStart(block, s, p);
  if (rel >= s.from && CLAUSE_RELATIVES.has(block.tokens[rel]?.lower ?? '')) {
    // "which is called Laramidia" names; "which has been called a threat" judges.
    if (word === 'called' && block.tokens[p - 1]?.lower !== 'been') return null;
    return 'relative';
  }
  if (word === 'called') return null;
  const opens =
    p === s.from || (p === s.from + 1 && FRONTED_ADVERBS.has(block.tokens[s.from]?.lower ?? ''));
  return opens ? 'fronted' : null;
}

/**
 * The end of the judgement opening at `from`: the first closing mark, "by", "and" before a verb of
 * the clause's next predicate ("and had been investigated"), or the sentence end.
 */
function judgementEnd(block: BlockModel, from: number, to: number): number {
  for (let k = from; k < to; k += 1) {
    if (block.quoted[k] === true) continue;
    const t = block.tokens[k];
    if (t === undefined) continue;
    if (CLOSERS.has(t.text) || t.lower === 'by') return k;
    if (t.lower === 'and' && VERBAL.has(block.tags[k + 1] ?? 'punct')) return k;
  }
  return to;
}

/** Does `[from, to)` hold no verb of its own ("but not dangerously so")? */
function verbless(block: BlockModel, from: number, to: number): boolean {
  for (let k = from; k < to; k += 1)
    if (block.quoted[k] !== true && VERBAL.has(block.tags[k] ?? 'punct')) return false;
  return true;
}

/** The judgement passive at participle `p`, or null. */
function judgedAt(block: BlockModel, s: Sentence, p: number): RawAttribution | null {
  const particles = JUDGED_PARTICIPLES.get(block.tokens[p]?.lower ?? '');
  if (particles === undefined || block.quoted[p] === true) return null;
  const how = attached(block, s, p);
  if (how === null) return null;
  let from = p + 1;
  for (const particle of particles) {
    if (block.tokens[from]?.lower !== particle) return null;
    from += 1;
  }
  // "was considered for the post", "is considered." : no judgement follows.
  if (from >= s.to || block.tags[from] === 'prep' || block.tags[from] === 'punct') {
    if (block.quoted[from] !== true) return null;
  }
  const closed = judgementEnd(block, from, s.to);
  // "which is considered a high drop, but not dangerously so.": a verbless tail to the sentence
  // end still qualifies the judgement.
  const tail =
    block.tokens[closed]?.text === ',' &&
    QUALIFIERS.has(block.tokens[closed + 1]?.lower ?? '') &&
    verbless(block, closed + 1, s.to);
  const end = tail && how === 'relative' ? s.to : closed;
  // A fronted judgement closes at a comma before its subject: "Long considered X, the band ...".
  if (how === 'fronted' && block.tokens[end]?.text !== ',') return null;
  const content = trimContent(block, { from, to: end });
  const kind = kindOf(block, content);
  if (wordCount(block, content) < MIN_WORDS || kind === 'direct') return null;
  const speaker = agentAfter(block, s, end);
  return rawOver(block, content, {
    kind,
    cue: {
      from: p,
      to: from,
      info: { lemma: `is ${block.tokens[p]?.lower ?? ''}`, class: 'hedging', complement: 'any' },
      form: 'verb',
    },
    speaker,
    clause: { from: p, to: from },
    confidence: 0.5,
  });
}

/** The "by" agent at `by` ("by the police"), as the speaker; an unnamed source without one. */
function agentAfter(block: BlockModel, s: Sentence, by: number): SpeakerRef {
  if (block.tokens[by]?.lower === 'by') {
    const close = judgementEnd(block, by + 1, s.to);
    const agent = speakerRight(block, by + 1, close);
    if (agent !== null) return { kind: 'phrase', block: block.index, np: agent };
  }
  return { kind: 'unnamed', name: 'unnamed source' };
}

/** The judgement-passive records of one sentence (usually none). */
export function judgedPassives(block: BlockModel, s: Sentence): RawAttribution[] {
  const out: RawAttribution[] = [];
  for (let p = s.from; p < s.to - 1; p += 1) {
    if (!inClass(block.tokens[p], JUDGED_CLASS)) continue;
    const record = judgedAt(block, s, p);
    if (record !== null) out.push(record);
  }
  return out;
}
