/**
 * Stage 6h: a list of titles before a named speaker. '"...," lead researcher and NASA planetary
 * scientist Lucas Paganini said', '"...," chairman, CEO and president Craig Menear said': the
 * speaker phrase holds only the last title and the name, but the whole list belongs to the
 * attribution clause, so the quote before it is still set off by the comma before the list.
 */
import { isRoleWord } from '../lexicon/sources';
import type { BlockModel } from '../1-text/model';
import type { Tag } from '../1-text/tags';
import { lazySet } from '../lexicon/lazy';

/** Tags of the words of a title ("lead", "researcher", "NASA", "co-author"). */
const TITLE_TAGS = lazySet<Tag>(() => ['noun', 'name', 'adj']);
/** Longest title list scanned, in tokens. */
const MAX_TITLES = 8;

/**
 * Where the attribution clause starts when the speaker phrase at `start` follows "and" or a comma
 * inside a list of titles; `start` itself otherwise.
 */
export function titleListStart(block: BlockModel, start: number, floor: number): number {
  const link = block.tokens[start - 1]?.lower;
  if (link !== 'and' && link !== ',') return start;
  let k = start - 1;
  let titled = false;
  while (k - 1 >= floor && start - k < MAX_TITLES) {
    const t = block.tokens[k - 1];
    if (t === undefined || block.quoted[k - 1] === true) break;
    const joins = t.lower === 'and' || t.text === ',';
    // "lead researcher": a bare verb form before a title word modifies it.
    const modifier =
      block.tags[k - 1] === 'verb' &&
      !/(?:ed|ing)$/.test(t.lower) &&
      TITLE_TAGS.has(block.tags[k] ?? 'punct');
    if (!joins && !modifier && !TITLE_TAGS.has(block.tags[k - 1] ?? 'punct')) break;
    if (isRoleWord(t.lower.replace(/-/g, ' ').split(' ').pop() ?? '')) titled = true;
    k -= 1;
  }
  // The list must open right after a comma-like mark (a quote closing with a comma).
  const opens = block.tokens[k - 1];
  const closesQuote = opens !== undefined && !opens.isWord && block.quoted[k - 1] !== true;
  const first = block.tokens[k];
  if (!titled || !closesQuote || first === undefined || first.lower === 'and') return start;
  return k;
}
