/**
 * Stage 6d, pleas: "Lee pleaded not guilty on Monday to a charge of fraud", "Her brother previously
 * pleaded guilty to stealing feed". A plea is the defendant's answer to a charge, said in court: the
 * subject holds it, and its claim is the charge it answers. Only with its "to" phrase ("pleaded not
 * guilty in federal court" states the plea with no claim); not after "to" ("agreed to plead
 * guilty": a deal, no plea made yet).
 */
import { chargeEnd } from './accusation-passive';
import { kindOf, trimContent, wordCount } from './clause';
import { rawOver, type RawAttribution } from './content';
import type { BlockModel } from '../1-text/model';
import type { Sentence } from '../1-text/sentences';
import { subjectLeft } from '../5-speakers/speaker';
import { mainSubjectPhrase } from '../5-speakers/subject';
import { lazySet } from '../lexicon/lazy';

/** Forms of "plead" that make a plea. */
const PLEA_FORMS = lazySet(() => ['plead', 'pleads', 'pleaded', 'pled', 'pleading']);

/** Longest adjunct between the plea and its "to" ("on Monday in a county courtroom"). */
const MAX_ADJUNCT = 8;
const MIN_WORDS = 2;

/** The "to" of the charge within a short unpunctuated adjunct after `from`, or -1. */
function chargeTo(block: BlockModel, s: Sentence, from: number): number {
  for (let k = from; k < Math.min(s.to, from + 1 + MAX_ADJUNCT); k += 1) {
    if (block.tokens[k]?.lower === 'to') return k;
    if (block.tokens[k]?.isWord !== true || block.quoted[k] === true) return -1;
  }
  return -1;
}

/** Articles that introduce someone in passing: "a retired trainer pleaded guilty to fraud". */
const INDEFINITE = lazySet(() => ['a', 'an']);

/**
 * Does the subject at `from` open with an indefinite article? A plea of someone introduced in
 * passing is the author's background to the story (measured on the tuning set), not a claim the
 * story follows.
 */
function indefinite(block: BlockModel, from: number): boolean {
  return INDEFINITE.has(block.tokens[from]?.lower ?? '');
}

/** The token after "guilty" in "pleaded (not) guilty" at `p`, or -1. */
function afterGuilty(block: BlockModel, p: number): number {
  const k = block.tokens[p + 1]?.lower === 'not' ? p + 2 : p + 1;
  return block.tokens[k]?.lower === 'guilty' ? k + 1 : -1;
}

/** The plea record of one sentence, or null. */
export function pleaClaim(block: BlockModel, s: Sentence): RawAttribution | null {
  for (let p = s.from + 1; p < s.to - 3; p += 1) {
    const t = block.tokens[p];
    if (t === undefined || !PLEA_FORMS.has(t.lower) || block.quoted[p] === true) continue;
    if (block.tokens[p - 1]?.lower === 'to') continue;
    const guilty = afterGuilty(block, p);
    const to = guilty < 0 ? -1 : chargeTo(block, s, guilty);
    if (to < 0) continue;
    // "A missionary who served a year ... pleaded", "Missionary from Oregon pleads": with no
    // subject right before the verb, or a prepositional object there, the main subject pleads.
    const left = subjectLeft(block, p, s.from);
    const afterPrep = left !== null && block.tags[left.from - 1] === 'prep';
    const subject = left === null || afterPrep ? mainSubjectPhrase(block, s) : left;
    if (subject === null || subject.from >= p || indefinite(block, subject.from)) continue;
    const content = trimContent(block, { from: to + 1, to: chargeEnd(block, s, to + 1) });
    if (wordCount(block, content) < MIN_WORDS) continue;
    return rawOver(block, content, {
      kind: kindOf(block, content),
      cue: {
        from: p,
        to: guilty,
        info: { lemma: 'plead', class: 'neutral', complement: 'any' },
        form: 'verb',
      },
      speaker: { kind: 'phrase', block: block.index, np: subject },
      clause: { from: subject.from, to },
      confidence: 0.7,
    });
  }
  return null;
}
