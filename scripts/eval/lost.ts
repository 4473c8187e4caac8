/**
 * What an extraction lost, in words a person can act on: the reference's paragraphs that the
 * prediction mostly lacks (by the benchmark's own 4-word shingles), and the predicted paragraphs
 * the reference lacks (what cost precision). The eval prints them beside the worst pages.
 */
import { SHINGLE_WORDS, shingles, tokenize } from './shingles';

/** Below this share of its shingles found, a paragraph counts as lost. */
const LOST_BELOW = 0.5;

/** The paragraphs of one text that the other mostly lacks, and their share of its shingles. */
export interface Missing {
  paragraphs: string[];
  /** Missing paragraphs' shingles over all of the text's shingles (0..1). */
  share: number;
  /** How many paragraphs the text has. */
  of: number;
}

/** Paragraphs of `text` (split on line breaks) whose shingles `other` mostly lacks. */
export function missingParagraphs(text: string, other: string): Missing {
  const present = shingles(other);
  // A paragraph shorter than a shingle is found when its words occur in a row.
  const otherWords = ` ${tokenize(other).join(' ')} `;
  const paragraphs = text
    .split(/\n+/u)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  let total = 0;
  let lost = 0;
  const out: string[] = [];
  for (const paragraph of paragraphs) {
    const own = shingles(paragraph);
    const short = tokenize(paragraph).length < SHINGLE_WORDS;
    let size = 0;
    let found = 0;
    for (const [key, count] of own) {
      size += count;
      if (short ? otherWords.includes(` ${key} `) : present.has(key)) found += count;
    }
    total += size;
    if (size > 0 && found / size < LOST_BELOW) {
      lost += size;
      out.push(paragraph);
    }
  }
  return { paragraphs: out, share: total > 0 ? lost / total : 0, of: paragraphs.length };
}
