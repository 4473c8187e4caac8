/**
 * Sources a speaker cites for a claim: "The agency, citing two officials, said X", "the paper
 * reported X, quoting police", "reports that cited unnamed sources said X". The claim has two
 * levels, the relaying speaker's and the cited source's; the inner one is a record of its own with
 * the same content, reached `via` the relaying speaker.
 */
import type { BlockModel } from '../1-text/model';
import { speakerRight, type NounPhrase } from '../5-speakers/phrase';
import { AFTER_CITED, CITING } from '../lexicon/phrase-words';
import { inClass, tokenClass } from '../lexicon/token-classes';

/** `CITING` as a token's bit: `citedPhrase` asks it of every word of a sentence. */
const CITING_CLASS = tokenClass(CITING);
import {
  ANONYMOUS_HEADS,
  GOVERNMENT_MARKERS,
  MEDIA_MARKERS,
  ORGANIZATION_MARKERS,
  isDocumentWord,
  isRoleWord,
} from '../lexicon/sources';
import { singulars } from '../lexicon/plurals';
import { abbreviationClass } from '../lexicon/abbreviations';
import type { Resolved } from './nesting';
import { resolveSpeaker, type ArticleState } from './resolve-speaker';

type Sentence = BlockModel['sentences'][number];

/**
 * The sentence's records with the cited sources relayed: a record of each source cited around a
 * relaying record, and none whose cue is the citing word itself ("citing investigators, said that
 * ..." is no claim of "investigators, said ...").
 */
export function withCitedSources(
  state: ArticleState,
  block: BlockModel,
  sentence: Sentence,
  records: Resolved[],
): Resolved[] {
  const cited = citedPhrase(block, sentence);
  // "reports that cited sources said X": the nesting has relayed the inner claim already.
  if (cited === null || records.some((r) => r.via !== undefined)) return records;
  const kept = records.filter((r) => r.raw.cue?.from !== cited.at);
  const out = [...kept];
  for (const outer of kept) {
    if (outer.via !== undefined || outer.raw.speaker.kind !== 'phrase') continue;
    const { start, end } = outer.raw;
    // The citing words sit outside the claim they source.
    if ((block.tokens[cited.at]?.start ?? 0) >= start && (block.tokens[cited.at]?.end ?? 0) <= end)
      continue;
    const raw = {
      ...outer.raw,
      speaker: { kind: 'phrase' as const, block: block.index, np: cited.np },
    };
    const r = resolveSpeaker(state, block, raw, []);
    if (r === null || r.pronoun || r.speaker === outer.speaker) continue;
    out.push({ ...r, via: outer.speaker });
  }
  return out;
}

/** The source phrase after "citing" / "quoting" (or a relative "that cited"), with the word's index. */
function citedPhrase(block: BlockModel, sentence: Sentence): { at: number; np: NounPhrase } | null {
  for (let k = sentence.from; k < sentence.to - 1; k += 1) {
    const t = block.tokens[k];
    if (t === undefined || !t.isWord || block.quoted[k] === true) continue;
    const relative = t.lower === 'cited' && block.tokens[k - 1]?.lower === 'that';
    if (!relative && !inClass(t, CITING_CLASS)) continue;
    const np = speakerRight(block, k + 1, sentence.to);
    if (np === null) return null;
    // "citing Denver's reluctance": the phrase must end where its words do, on a source's head.
    const next = block.tokens[np.to];
    if (next !== undefined && next.isWord && !AFTER_CITED.has(next.lower)) return null;
    const head = block.tokens[np.to - 1]?.lower ?? '';
    // "citing Nos. 13 and 17": a number sign or other abbreviation names no source.
    if (abbreviationClass(head) === 'other') return null;
    return isSourceHead(head, block.tags[np.to - 1] === 'name') ? { at: k, np } : null;
  }
  return null;
}

/** A head that names someone who can be cited: a name, an anonymous source, a role, a body. */
function isSourceHead(word: string, name: boolean): boolean {
  if (name) return true;
  if (isDocumentWord(word)) return false;
  return [word, ...singulars(word)].some(
    (w) =>
      ANONYMOUS_HEADS.has(w) ||
      isRoleWord(w) ||
      GOVERNMENT_MARKERS.has(w) ||
      ORGANIZATION_MARKERS.has(w) ||
      MEDIA_MARKERS.has(w),
  );
}
