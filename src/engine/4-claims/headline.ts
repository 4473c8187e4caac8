/**
 * Headline sourcing whose attribution is elided, in three compressed forms: the wire-service
 * "Source: claim" ("Russia: Space ship malfunctions, breaks up over Siberia"), its full-stop
 * variant ("Amnesty. More than 100 protesters killed"), and "Speaker on topic: claim" ("Union
 * leader on pay talks: 'We will not back down'"), where the speaker is the phrase before "on", not
 * the last name of the topic. Section labels ("Analysis:", "Live:", "Watch:") are not sources.
 */
import { isDisplayKind } from '../1-text/display';
import { kindOf, trimContent, wordCount, type Range } from './clause';
import { rawOver, type RawAttribution } from './content';
import { findCues, type CueHit } from '../3-cues/cues';
import type { BlockModel } from '../1-text/model';
import {
  DISPLAY_LABELS,
  OUTLET_VOICE_LABELS,
  QUESTION_OPENERS,
  REPORTING_OPENERS,
  TITLE_CASE_MINOR,
  TOPIC_PREPOSITIONS,
} from '../lexicon/display';
import { ANONYMOUS_HEADS, HONORIFICS, isDocumentWord, isRoleWord } from '../lexicon/sources';
import { AUXILIARIES, DETERMINERS } from '../lexicon/words';
import { COMMON_VERB_FORMS } from '../lexicon/pos';
import { VERB_FORMS } from '../lexicon/verbs';
import type { Sentence } from '../1-text/sentences';
import { isSpeakerHead } from '../5-speakers/speaker';
import { lazySet } from '../lexicon/lazy';

/** Tags that cannot sit inside a speaker phrase ("Man who fled on ..." is no speaker). */
const CLAUSE_TAGS = lazySet(() => ['verb', 'aux', 'sub', 'rel', 'pron']);
/** Longest "Speaker on topic" lead before the colon, in tokens. */
const MAX_LEAD = 16;
/** Longest speaker phrase before "on", in tokens ("Former Browns defensive player"). */
const MAX_SPEAKER = 5;

const SOURCE_CUE: CueHit = {
  from: 0,
  to: 0,
  info: { lemma: 'say', class: 'neutral', complement: 'any' },
  form: 'verb',
};

/** The elided-attribution record of a display sentence, or null. */
export function headlineSource(block: BlockModel, sentence: Sentence): RawAttribution | null {
  if (!isDisplayKind(block.kind)) return null;
  const wire =
    block.kind === 'headline'
      ? (colonSource(block, sentence) ?? stopSource(block, sentence) ?? tailSource(block, sentence))
      : null;
  return wire ?? topicSource(block, sentence);
}

/** The first colon outside quotation marks within `limit` tokens of the sentence start, or -1. */
function colonAt(block: BlockModel, sentence: Sentence, limit: number): number {
  const end = Math.min(sentence.to, sentence.from + limit);
  for (let i = sentence.from + 1; i < end; i += 1)
    if (block.tokens[i]?.text === ':' && block.quoted[i] !== true) return i;
  return -1;
}

/**
 * One or two capitalised words that can name a source ("Amnesty", "Michigan Officials"), or two
 * such names joined by "and" ("Russia and Syria"): not a label, determiner or title.
 */
function isShortSource(block: BlockModel, from: number, to: number): boolean {
  if (to - from === 3 && block.tokens[from + 1]?.lower === 'and')
    return isShortSource(block, from, from + 1) && isShortSource(block, from + 2, to);
  const first = block.tokens[from]?.lower ?? '';
  if (to <= from || to - from > 2 || DISPLAY_LABELS.has(first)) return false;
  // "Dear Abby:", "Reporter:": the outlet's own voice, unless an unnamed source ("Sources:").
  if (OUTLET_VOICE_LABELS.has(first) && !ANONYMOUS_HEADS.has(first)) return false;
  for (let i = from; i < to; i += 1) {
    const t = block.tokens[i];
    if (t === undefined || !t.isWord || !t.cap || block.quoted[i] === true) return false;
    // Not a determiner, a gerund ("Saving Data:") or shouting ("ONE HUNDRED TWO:").
    if (DETERMINERS.has(t.lower) || t.lower.endsWith('ing') || t.text === t.text.toUpperCase())
      return false;
  }
  return true;
}

/**
 * An unquoted claim in sentence case ("Space ship malfunctions"), not a title-case subtitle whose
 * only lower-case words are "of" and "and" ("City of Light and Endless Cafés").
 */
function isSentenceCaseClaim(block: BlockModel, content: Range): boolean {
  // "Avandia: will the drug make a comeback?" asks the reader; it claims nothing.
  if (wordCount(block, content) < 3 || block.tokens[content.to - 1]?.text === '?') return false;
  for (let i = content.from; i < content.to; i += 1) if (block.quoted[i] === true) return false;
  return lowerCaseWords(block, content) >= 2;
}

/** Unquoted lower-case words in `content` other than title case's minor words ("of", "to"). */
function lowerCaseWords(block: BlockModel, content: Range): number {
  let lower = 0;
  for (let i = content.from; i < content.to; i += 1) {
    const t = block.tokens[i];
    if (t?.isWord === true && !t.cap && block.quoted[i] !== true && !TITLE_CASE_MINOR.has(t.lower))
      lower += 1;
  }
  return lower;
}

/**
 * A claim in title case ("6th Fatality Linked To Virus Reported", "Forces Blocking Refugee
 * Return"): capitals hide the tagger's verbs, so a word's own form must show one, unlike a
 * subtitle of nouns ("City of Light and Endless Cafés").
 */
function isTitleCaseClaim(block: BlockModel, content: Range): boolean {
  // A question ("Fact Check: Is An Oxygen Bar Offering Fresh Air?") asks; it claims nothing.
  if (wordCount(block, content) < 3 || block.tokens[content.to - 1]?.text === '?') return false;
  let verb = false;
  for (let i = content.from; i < content.to; i += 1) {
    const t = block.tokens[i];
    if (t === undefined || !t.isWord || block.quoted[i] === true) continue;
    // The second half of a hyphenated word keeps its lower case ("U.S.-backed").
    const glued = block.tokens[i - 1]?.text === '-' && block.tokens[i - 1]?.end === t.start;
    if (!t.cap && !glued && !TITLE_CASE_MINOR.has(t.lower) && !/^\d/.test(t.text)) return false;
    if (isVerbForm(t.lower)) verb = true;
  }
  return verb;
}

/** A title-case claim after a source that can speak: not "Business Focus:", a label at its head. */
function titleCaseSource(block: BlockModel, colon: number, content: Range): boolean {
  const head = block.tokens[colon - 1]?.lower ?? '';
  return !DISPLAY_LABELS.has(head) && !isDocumentWord(head) && isTitleCaseClaim(block, content);
}

/** A verb by its form alone: an auxiliary, a known verb form, or a past or -ing ending. */
function isVerbForm(word: string): boolean {
  if (AUXILIARIES.has(word) || VERB_FORMS.has(word) || COMMON_VERB_FORMS.has(word)) return true;
  return word.length > 4 && (word.endsWith('ed') || word.endsWith('ing'));
}

function sourced(
  block: BlockModel,
  speaker: Range,
  mark: number,
  content: Range,
  structural = false,
): RawAttribution | null {
  const kind = kindOf(block, content);
  const np = { ...speaker, appositive: null, structural };
  return rawOver(block, content, {
    kind,
    cue: { ...SOURCE_CUE, from: mark, to: mark + 1 },
    speaker: { kind: 'phrase', block: block.index, np },
    clause: { from: Math.min(speaker.from, mark), to: Math.max(speaker.to, mark + 1) },
    confidence: 0.5,
  });
}

/** "Russia: Space ship malfunctions": a short capitalised source, a colon, an unquoted claim. */
function colonSource(block: BlockModel, sentence: Sentence): RawAttribution | null {
  const colon = colonAt(block, sentence, 4);
  if (colon < 0) return null;
  // "Report: Spy case tied to bombing": a bare document stands for itself until the body credits it.
  const report =
    colon === sentence.from + 1 && REPORTING_OPENERS.has(block.tokens[sentence.from]?.lower ?? '');
  if (!report && !isShortSource(block, sentence.from, colon)) return null;
  const content = trimContent(block, { from: colon + 1, to: sentence.to });
  // "Lima: Where the pallbearers are black" titles a feature; it claims nothing.
  if (QUESTION_OPENERS.has(block.tokens[content.from]?.lower ?? '')) return null;
  if (!isSentenceCaseClaim(block, content) && !titleCaseSource(block, colon, content)) return null;
  return sourced(block, { from: sentence.from, to: colon }, colon, content, report);
}

/**
 * "Amnesty. More than 100 protesters killed in Iran unrest": a headline's first sentence that is
 * only a source name, and a cue-less claim after it.
 */
function stopSource(block: BlockModel, sentence: Sentence): RawAttribution | null {
  const stop = sentence.to - 1;
  const next = block.sentences[1];
  if (sentence !== block.sentences[0] || next === undefined) return null;
  if (block.tokens[stop]?.text !== '.' || !isShortSource(block, sentence.from, stop)) return null;
  // A title the splitter cut from its name ("Gen. Smith ...", "Mr. Jones ...") is no source.
  const last = block.tokens[stop - 1]?.lower ?? '';
  if (HONORIFICS.has(last) || (isRoleWord(last) && last.length <= 4)) return null;
  const content = trimContent(block, next);
  if (!isSentenceCaseClaim(block, content) || findCues(block, next).length > 0) return null;
  return sourced(block, { from: sentence.from, to: stop }, stop, content);
}

/** Longest source after a closing colon, in words ("report", "Reuters", "state media"). */
const MAX_TAIL = 2;

/**
 * "Singer 'furious' with label over royalties: report": the claim first, then a colon and its
 * source — a document, an unnamed group or a short name — as the headline's last words.
 */
function tailSource(block: BlockModel, sentence: Sentence): RawAttribution | null {
  let end = sentence.to;
  while (end > sentence.from && !(block.tokens[end - 1]?.isWord ?? false)) end -= 1;
  const colon =
    end - MAX_TAIL - 1 >= sentence.from ? lastColon(block, end - MAX_TAIL - 1, end) : -1;
  if (colon < 0) return null;
  const head = block.tokens[end - 1];
  const word = head?.lower ?? '';
  for (let i = colon + 1; i < end; i += 1) if (block.tokens[i]?.isWord !== true) return null;
  const named =
    (isShortSource(block, colon + 1, end) || isAcronym(block, colon + 1, end)) &&
    !DISPLAY_LABELS.has(word);
  // A role ("...: executive", "...: minister") stands for the person the body names in it.
  if (!named && !isDocumentWord(word) && !ANONYMOUS_HEADS.has(word) && !isRoleWord(word))
    return null;
  const content = trimContent(block, { from: sentence.from, to: colon });
  // "Older Drivers Cause More Crashes: Study": a document's finding may come in title case.
  const titleCase = isDocumentWord(word) && isTitleCaseClaim(block, content);
  if (!hasLowerCaseClaim(block, content) && !titleCase) return null;
  // A bare "report" or "sources" names no entity the lexicon knows: it stands for itself.
  return sourced(block, { from: colon + 1, to: end }, colon, content, !named);
}

/**
 * One upper-case word of two to six letters ("UNICEF", "FBI") as a headline's closing source:
 * an acronym names a body, where a longer capitalised run in a lead is shouting.
 */
function isAcronym(block: BlockModel, from: number, to: number): boolean {
  const t = block.tokens[from];
  return to - from === 1 && t !== undefined && /^[A-Z]{2,6}$/.test(t.text);
}

/** The last unquoted colon in `[from, to)`, or -1. */
function lastColon(block: BlockModel, from: number, to: number): number {
  for (let i = to - 1; i >= from; i -= 1)
    if (block.tokens[i]?.text === ':' && block.quoted[i] !== true) return i;
  return -1;
}

/** A sentence-case claim, quoted words aside ("Singer 'furious' with label over royalties"). */
function hasLowerCaseClaim(block: BlockModel, content: Range): boolean {
  return wordCount(block, content) >= 4 && lowerCaseWords(block, content) >= 2;
}

/**
 * "Browns player on the fight with Garrett: He asked for it": a speaker phrase, a topic after
 * "on" / "about" / "over", a colon, and a quotation or sentence-case claim.
 */
function topicSource(block: BlockModel, sentence: Sentence): RawAttribution | null {
  const colon = colonAt(block, sentence, MAX_LEAD);
  if (colon < 0) return null;
  let on = -1;
  for (let i = sentence.from + 1; i < Math.min(colon, sentence.from + MAX_SPEAKER + 1); i += 1) {
    if (block.quoted[i] !== true && TOPIC_PREPOSITIONS.has(block.tokens[i]?.lower ?? '')) {
      on = i;
      break;
    }
  }
  if (on < 0 || colon - on < 2 || !isSpeakerPhrase(block, sentence.from, on)) return null;
  const content = trimContent(block, { from: colon + 1, to: sentence.to });
  const kind = kindOf(block, content);
  const claim =
    kind === 'indirect' ? isSentenceCaseClaim(block, content) : wordCount(block, content) >= 2;
  return claim ? sourced(block, { from: sentence.from, to: on }, colon, content) : null;
}

/** A short noun phrase with a speaker head: a name, a role or a group, not a label or document. */
function isSpeakerPhrase(block: BlockModel, from: number, to: number): boolean {
  let first = from;
  while (first < to && DETERMINERS.has(block.tokens[first]?.lower ?? '')) first += 1;
  if (first >= to || DISPLAY_LABELS.has(block.tokens[first]?.lower ?? '')) return false;
  for (let i = from; i < to; i += 1) {
    const t = block.tokens[i];
    if (t === undefined || !t.isWord || block.quoted[i] === true) return false;
    if (CLAUSE_TAGS.has(block.tags[i] ?? 'punct') && !t.cap) return false;
  }
  const head = block.tokens[to - 1];
  const word = head?.lower ?? '';
  return isSpeakerHead(head) && !DISPLAY_LABELS.has(word) && !isDocumentWord(word);
}
