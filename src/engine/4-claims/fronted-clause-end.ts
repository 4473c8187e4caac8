/**
 * Stage 6f: a claim reported inside a fronted subordinate clause ends where that clause does.
 * "When Roe suggested she wear a uniform after she joined, she tried to ignore him": the cue sits
 * in the "When" clause, so its claim stops at the comma that closes the clause, before the main
 * clause's own subject and finite verb — that clause is the author's, not the speaker's.
 */
import type { BlockModel } from '../1-text/model';
import { FRONTED_SUBORDINATORS } from '../lexicon/words';
import { lazySet } from '../lexicon/lazy';
import { opensTaggedClause } from '../5-speakers/phrase-end';
import type { Range } from './clause';

/** Joiners that may lead a fronted clause: "But when ...", "..., but now that ...". */
const LEADS = lazySet(() => ['but', 'and', 'yet', 'so']);

/**
 * Does an unquoted subordinator open a clause that holds the cue at `cue`, with no clause comma
 * between? It must open the sentence, or follow a leading joiner ("But when", ", but now that").
 */
function frontedBefore(block: BlockModel, cue: number): boolean {
  const sentence = block.sentences.find((s) => s.from <= cue && cue < s.to);
  if (sentence === undefined) return false;
  for (let k = cue - 1; k >= sentence.from; k -= 1) {
    const t = block.tokens[k];
    if (t === undefined || block.quoted[k] === true) return false;
    if (t.text === ',' || t.text === ';' || t.text === ':') return false;
    const word = t.lower;
    const now = word === 'that' && block.tokens[k - 1]?.lower === 'now';
    if (!FRONTED_SUBORDINATORS.has(word) && !now) continue;
    const at = now ? k - 1 : k;
    const before = block.tokens[at - 1];
    if (at === sentence.from) return true;
    if (before === undefined || !LEADS.has(before.lower)) return false;
    const lead = block.tokens[at - 2];
    return at - 1 === sentence.from || lead?.text === ',';
  }
  return false;
}

/**
 * The claim in `r` of the cue at `cue`, cut at the comma that closes the fronted subordinate
 * clause holding the cue, when a subject and finite verb follow it (unchanged otherwise).
 */
export function cutAtFrontedClauseEnd(block: BlockModel, cue: number, r: Range): Range {
  if (!frontedBefore(block, cue)) return r;
  for (let i = r.from + 1; i < r.to - 2; i += 1) {
    if (block.tokens[i]?.text !== ',' || block.quoted[i] === true) continue;
    if (block.quoted[i + 1] === true) continue;
    if (opensTaggedClause(block, i + 1, r.to)) return { from: r.from, to: i };
  }
  return r;
}
