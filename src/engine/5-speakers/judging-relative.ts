/**
 * Stage 5: the holder of a judgement stated in a restrictive relative clause: "investors who see
 * him as an oracle", "protesters who denounced the sentence as a crude attempt ...", "those who
 * view the case as politically driven". The phrase before "who" holds the view. Only judgements
 * ("V X as Y") take this path: "people who said they were tired" describes people, it reports no
 * claim of theirs that annotators keep.
 */
import type { BlockModel } from '../1-text/model';
import { collectLeft, type NounPhrase } from './phrase';
import { skipAuxLeft } from './skip-aux';
import type { Tag } from '../1-text/tags';
import { lazySet } from '../lexicon/lazy';

/** Tags of a plain noun phrase read leftwards ("thousands of marchers" ends at "marchers"). */
const PHRASE_TAGS = lazySet<Tag>(() => ['det', 'poss', 'adj', 'noun', 'name', 'num', 'pron']);

/**
 * The noun phrase ending at `end` by its tags alone, for heads no source lexicon knows
 * ("marchers", "those"): null unless it ends in a noun, a name or a demonstrative.
 */
function taggedLeft(block: BlockModel, end: number, floor: number): NounPhrase | null {
  const head = block.tags[end];
  const demonstrative = block.tokens[end]?.lower === 'those';
  if (head !== 'noun' && head !== 'name' && !demonstrative) return null;
  let from = end;
  while (
    from - 1 >= floor &&
    block.quoted[from - 1] !== true &&
    PHRASE_TAGS.has(block.tags[from - 1] ?? 'punct')
  )
    from -= 1;
  return { from, to: end + 1, appositive: null, structural: true };
}

/** The phrase before a restrictive "who" right before the judging verb at `cue`, or null. */
export function judgingRelativeSubject(
  block: BlockModel,
  cue: number,
  floor: number,
): NounPhrase | null {
  const who = skipAuxLeft(block, cue - 1, floor);
  if (who <= floor || block.tokens[who]?.lower !== 'who' || block.quoted[who] === true) return null;
  const before = block.tokens[who - 1];
  if (before === undefined || !before.isWord || block.quoted[who - 1] === true) return null;
  const np = collectLeft(block, who - 1, floor) ?? taggedLeft(block, who - 1, floor);
  if (np === null) return null;
  // "a concern for bank investors who ...": the relative's antecedent is the last noun phrase.
  let from = np.from;
  for (let k = np.from; k < np.to - 1; k += 1) if (block.tags[k] === 'prep') from = k + 1;
  return { ...np, from, appositive: { from: who, to: cue } };
}
