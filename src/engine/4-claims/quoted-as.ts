/**
 * Stage 6: "X quoted Y as saying ...". The words after "as saying" are Y's, the object of
 * "quoted" — not X's, who only relays them. Y is the speaker of the claim.
 */
import type { BlockModel } from '../1-text/model';
import type { Sentence } from '../1-text/sentences';
import type { CueHit } from '../3-cues/cue-hit';
import { extendClause } from './extent';
import type { Clause } from './content';
import { lazySet } from '../lexicon/lazy';

/** Forms of "quote" that take an object and "as saying". */
const QUOTE_FORMS = lazySet(() => ['quoted', 'quotes', 'quoting', 'quote']);
/** Most tokens of the quoted person's phrase ("the sources", "an unnamed official"). */
const MAX_OBJECT = 8;

/**
 * The clause of "saying" at `cue` when it closes "quoted Y as saying"; undefined when the cue is
 * not in that frame.
 */
export function quotedAsClause(
  block: BlockModel,
  sentence: Sentence,
  cue: CueHit,
): Clause | undefined {
  const as = cue.from - 1;
  if (block.tokens[cue.from]?.lower !== 'saying' || block.tokens[as]?.lower !== 'as') return;
  for (let k = as - 1; k >= Math.max(sentence.from, as - 1 - MAX_OBJECT); k -= 1) {
    const t = block.tokens[k];
    if (t === undefined || block.quoted[k] === true || !t.isWord) return;
    if (!QUOTE_FORMS.has(t.lower)) continue;
    if (k + 1 >= as) return;
    return {
      cue,
      speaker: {
        kind: 'phrase',
        block: block.index,
        np: { from: k + 1, to: as, appositive: null },
      },
      range: { from: cue.from, to: extendClause(block, cue, sentence.to) },
      side: 'after',
    };
  }
  return;
}
