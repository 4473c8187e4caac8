/**
 * Paragraph evidence for news detection, read cold on every page load: Readability's density score
 * over `<p>` text, and the reporting phrases, personal voice and dateline of the first paragraphs.
 * The live `getElementsByTagName` collection is read in order and left early, so the browser walks
 * the document natively and only as far as the evidence needs; the text is then scanned once, joined.
 * `<pre>` is not read: it holds code and plain-text documents, not article prose.
 */
import {
  countReportingPhrases,
  countVoice,
  isCjk,
  isDatelineLine,
  opensWithDateline,
} from './text-signals';

/** What the paragraphs say. */
export interface ParagraphFacts {
  /** Readability's isProbablyReaderable score: Σ √(length − 140) over long paragraphs. */
  score: number;
  longParagraphs: number;
  /** Reporting phrases ("said", "according to") in the first paragraphs of some length. */
  reportingPhrases: number;
  /**
   * A long paragraph opens with a dateline ("LONDON —", "MOSCOW (AP) —", "/TASS/"), or one stands
   * alone above the first long paragraph ("BAAR, SWITZERLAND").
   */
  datelineOpening: boolean;
  /** Latin-script words in the first long paragraphs, and how many are first/second person. */
  words: number;
  personalWords: number;
  /**
   * True when reading stopped as soon as the verdict no longer depended on the rest: the phrase
   * and voice counts were not taken, and only `score`, `longParagraphs` and `datelineOpening`
   * (as far as read) hold.
   */
  partial: boolean;
}

/** Whether the paragraphs read so far already settle the verdict (see detectNews). */
export type Settled = (facts: Readonly<ParagraphFacts>) => boolean;

/** How many long paragraphs may open with a dateline: after these, none counts. */
export const DATELINE_PARAGRAPHS = 8;

/** Paragraphs shorter than this do not count towards density (Readability's minimum). */
const MIN_PARAGRAPH_LENGTH = 140;
/**
 * A character of Chinese, Japanese or Korean says what two Latin ones do (a Chinese word is one or
 * two characters, an English one five or six letters and a space): their paragraphs are measured
 * at this many times their length, so a CJK article is as readerable as its translation.
 */
export const CJK_LENGTH_FACTOR = 2;

/** A paragraph's length for density: CJK text counts `CJK_LENGTH_FACTOR` times. */
export function densityLength(text: string): number {
  return isCjk(text) ? text.length * CJK_LENGTH_FACTOR : text.length;
}
/** Only the first paragraphs are read for phrases: enough evidence, bounded cost. */
const MAX_PHRASE_PARAGRAPHS = 30;
/** Paragraphs shorter than this (menu items, labels) are not read for phrases. */
const MIN_PHRASE_PARAGRAPH = 40;
/** Voice is sampled from the first long paragraphs. */
const MAX_VOICE_PARAGRAPHS = 15;
/** At most about this much text is scanned for phrases (encyclopaedia paragraphs run to 2,000). */
const PHRASE_CHARS = 12_000;
/** ...and for voice (some 1,000 words). */
const VOICE_CHARS = 6_000;
/** Readability's isProbablyReaderable bar. */
export const READERABLE_SCORE = 20;
/**
 * Page furniture whose paragraphs are not the article's (sidebars speak in the second person), and
 * content browsers never render as elements (scripting on).
 */
const FURNITURE = 'nav, aside, footer, noscript, template';
/** Reading stops here: a page of thousands of short paragraphs must not slow every page load. */
const MAX_PARAGRAPHS = 400;

/**
 * Read the paragraphs of `doc` until the evidence is complete, or, after a long paragraph, until
 * `settled` says the rest cannot change the verdict (then the counts are not taken: `partial`).
 */
export function readParagraphs(doc: Document, settled?: Settled): ParagraphFacts {
  const facts: ParagraphFacts = {
    score: 0,
    longParagraphs: 0,
    reportingPhrases: 0,
    datelineOpening: false,
    words: 0,
    personalWords: 0,
    partial: false,
  };
  const paragraphs = doc.getElementsByTagName('p');
  let latin = '';
  let cjk = '';
  let voice = '';
  let phraseParagraphs = 0;
  for (let i = 0; i < MAX_PARAGRAPHS; i++) {
    const p = paragraphs[i];
    if (!p) break;
    if (p.closest(FURNITURE)) continue;
    const text = (p.textContent ?? '').trim();
    const length = densityLength(text);
    const phrasesDone =
      phraseParagraphs >= MAX_PHRASE_PARAGRAPHS || latin.length + cjk.length >= PHRASE_CHARS;
    if (text.length >= MIN_PHRASE_PARAGRAPH && !phrasesDone) {
      phraseParagraphs++;
      if (isCjk(text)) cjk += `${text}\n`;
      else latin += `${text}\n`;
    }
    if (length >= MIN_PARAGRAPH_LENGTH) {
      facts.longParagraphs++;
      facts.score += Math.sqrt(length - MIN_PARAGRAPH_LENGTH);
      if (facts.longParagraphs <= MAX_VOICE_PARAGRAPHS && voice.length < VOICE_CHARS) {
        voice += `${text}\n`;
      }
      if (!facts.datelineOpening && facts.longParagraphs <= DATELINE_PARAGRAPHS) {
        facts.datelineOpening = opensWithDateline(text);
      }
      if (settled?.(facts)) {
        facts.partial = true;
        return facts;
      }
    } else if (!facts.datelineOpening && facts.longParagraphs === 0 && isDatelineLine(text)) {
      // A press release's dateline may stand alone above the text ("BAAR, SWITZERLAND").
      facts.datelineOpening = true;
    }
    // Enough evidence read (Readability also stops once the page is readerable).
    if (phrasesDone && facts.score > READERABLE_SCORE) break;
  }
  if (facts.score <= READERABLE_SCORE) addBreakDivs(doc, facts);
  facts.reportingPhrases = countReportingPhrases(latin, false) + countReportingPhrases(cjk, true);
  const { words, personal } = countVoice(voice);
  facts.words = words;
  facts.personalWords = personal;
  return facts;
}

/**
 * Readability's isProbablyReaderable also reads a `<div>` of `<br>`-separated text as a paragraph
 * (pages that never use `<p>`). Read only when the `<p>` text fell short: news pages stop earlier.
 */
function addBreakDivs(doc: Document, facts: ParagraphFacts): void {
  const seen = new Set<Element>();
  for (const br of Array.from(doc.querySelectorAll('div > br'))) {
    const div = br.parentElement;
    if (!div || seen.has(div)) continue;
    seen.add(div);
    if (seen.size > MAX_PARAGRAPHS) break;
    if (div.closest(FURNITURE)) continue;
    const length = densityLength((div.textContent ?? '').trim());
    if (length < MIN_PARAGRAPH_LENGTH) continue;
    facts.longParagraphs++;
    facts.score += Math.sqrt(length - MIN_PARAGRAPH_LENGTH);
    if (facts.score > READERABLE_SCORE) break;
  }
}
