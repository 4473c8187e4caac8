/**
 * Unquoted crossheads that echo a quotation below them. Outlets such as the BBC title a section
 * with a phrase lifted from a quote in it ("Exciting research" over '"This is exciting research,"
 * she said'): the crosshead is that speaker's words, so it is credited to them as a display echo.
 * A crosshead whose words no nearby quotation holds ("Background", "What happens next") is the
 * outlet's own label and stays out.
 */
import type { BlockModel } from '../1-text/model';
import type { Resolved } from '../6-records/nesting';
import { norm } from './echo';
import { lazySet } from '../lexicon/lazy';

/** Crossheads longer than this are sentences of their own, not lifted phrases. */
const MAX_WORDS = 6;
/** A lifted phrase needs two words: one word matches too much by chance. */
const MIN_WORDS = 2;
/** Marks and spaces trimmed off the end of a crosshead ("What next?" keeps its words). */
const TRAILING = lazySet(() => [' ', '\n', '\t', '.', ':', '!', '?']);
/** How many blocks below the crosshead its quotation may sit: the section it titles. */
const LOOKAHEAD = 8;

/** Records for unquoted crossheads whose words a quotation in the section below repeats. */
export function crossheadEchoes(
  models: readonly BlockModel[],
  out: readonly Resolved[],
): Resolved[] {
  const echoes: Resolved[] = [];
  for (const block of models) {
    if (block.kind !== 'crosshead' || block.quotes.length > 0) continue;
    const words = norm(block.text);
    if (words.length < MIN_WORDS || words.length > MAX_WORDS) continue;
    const phrase = ` ${words.join(' ')} `;
    const source = out.find((r) => echoedBy(models, r, block.index, phrase));
    if (source === undefined) continue;
    const start = block.text.length - block.text.trimStart().length;
    let end = block.text.length;
    while (end > start && TRAILING.has(block.text[end - 1] ?? '')) end -= 1;
    echoes.push({
      raw: {
        block: block.index,
        start,
        end,
        kind: 'direct',
        cue: null,
        speaker: { kind: 'previous' },
        clause: { from: 0, to: 0 },
        confidence: 0.5,
      },
      speaker: source.speaker,
      cue: null,
      mention: null,
      pronoun: false,
    });
  }
  return echoes;
}

/** Is `r` a quotation in the section below the crosshead at `index` that holds `phrase`? */
function echoedBy(
  models: readonly BlockModel[],
  r: Resolved,
  index: number,
  phrase: string,
): boolean {
  if (r.raw.block <= index || r.raw.block > index + LOOKAHEAD || r.raw.kind === 'indirect')
    return false;
  const text = models[r.raw.block]?.text.slice(r.raw.start, r.raw.end) ?? '';
  return ` ${norm(text).join(' ')} `.includes(phrase);
}
