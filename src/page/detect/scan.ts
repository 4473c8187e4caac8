/**
 * One cheap pass over the DOM collecting the facts news detection weighs: JSON-LD types, Open Graph
 * and article meta, microdata, `<article>`, bylines, datelines and paragraph density. A single walk
 * (no selector engine, no layout) keeps detection under a millisecond on large pages.
 */
import { flattenJsonLd, jsonLdString, jsonLdTypes } from '../meta';
import { countReportingPhrases, countVoice, opensWithDateline } from './text-signals';

/** What the scan found. */
export interface PageFacts {
  jsonLdTypes: string[];
  /** `articleSection` values from JSON-LD and `article:section` meta. */
  sections: string[];
  ogType: string | null;
  publishedTime: boolean;
  canonicalUrl: string | null;
  articleElements: number;
  articleBody: boolean;
  microdataTypes: string[];
  byline: boolean;
  dateline: boolean;
  /** Readability's isProbablyReaderable score: Σ √(length − 140) over long paragraphs. */
  paragraphScore: number;
  longParagraphs: number;
  /** All `<p>` elements, long or short (menus and cards have many short ones). */
  paragraphs: number;
  links: number;
  /** Reporting phrases ("said", "according to") in the first paragraphs of some length. */
  reportingPhrases: number;
  phraseParagraphs: number;
  /** A long paragraph opens with a dateline ("LONDON —", "MOSCOW (AP) —", "/TASS/"). */
  datelineOpening: boolean;
  /** `og:site_name`, for blog-platform names. */
  siteName: string | null;
  /** `<meta name="news_keywords">`, a tag only news publishers emit (for news aggregators). */
  newsKeywords: boolean;
  /** `article:tag` meta. */
  articleTag: boolean;
  /** A site or app name with "news" in it (og:site_name, application-name, al:*:app_name). */
  newsSiteName: string | null;
  /** Latin-script words in the long paragraphs read, and how many are first/second person. */
  words: number;
  personalWords: number;
}

/** Paragraphs shorter than this do not count towards density (Readability's minimum). */
const MIN_PARAGRAPH_LENGTH = 140;
/** Only the first paragraphs are read for phrases: enough evidence, bounded cost. */
const MAX_READ_PARAGRAPHS = 30;
/** Paragraphs shorter than this (menu items, labels) are not read for phrases. */
const MIN_PHRASE_PARAGRAPH = 40;
/** Voice is sampled from the first long paragraphs. */
const MAX_VOICE_PARAGRAPHS = 15;
/** Readability's isProbablyReaderable bar (also exported through detection's signals). */
export const READERABLE_SCORE = 20;
/** A dateline opens one of the first paragraphs (after any teasers) or none. */
const DATELINE_PARAGRAPHS = 8;
/** Walks stop here: pathological pages must not make every page load slow. */
const MAX_ELEMENTS = 20000;

function emptyFacts(): PageFacts {
  return {
    jsonLdTypes: [],
    sections: [],
    ogType: null,
    publishedTime: false,
    canonicalUrl: null,
    articleElements: 0,
    articleBody: false,
    microdataTypes: [],
    byline: false,
    dateline: false,
    paragraphScore: 0,
    longParagraphs: 0,
    paragraphs: 0,
    links: 0,
    reportingPhrases: 0,
    phraseParagraphs: 0,
    datelineOpening: false,
    siteName: null,
    newsKeywords: false,
    articleTag: false,
    newsSiteName: null,
    words: 0,
    personalWords: 0,
  };
}

function readJsonLdScript(el: Element, facts: PageFacts): void {
  try {
    for (const node of flattenJsonLd(JSON.parse(el.textContent ?? ''))) {
      facts.jsonLdTypes.push(...jsonLdTypes(node));
      const section = jsonLdString(node, 'articleSection');
      if (section) facts.sections.push(section);
    }
  } catch {
    // Broken JSON-LD is no evidence either way.
  }
}

/** Meta names publishers use for the publication date. */
const PUBLISHED_KEYS = new Set([
  'article:published_time',
  'article:published',
  'datepublished',
  'publishdate',
  'pubdate',
  'publish-date',
  'date',
  'dc.date',
  'dc.date.issued',
  'dcterms.date',
  'sailthru.date',
  'parsely-pub-date',
  'og:published_time',
]);
/** Meta names that carry the site's or app's name. */
const SITE_NAME_KEYS = new Set([
  'og:site_name',
  'application-name',
  'al:ios:app_name',
  'al:android:app_name',
]);
/** "News" in a site name, in the corpus languages. */
const NEWS_NAME_WORDS = [
  'news',
  'ニュース',
  '新闻',
  '新聞',
  'nachrichten',
  'noticias',
  'nouvelles',
];

function readSiteName(content: string, facts: PageFacts): void {
  const lower = content.toLowerCase();
  if (!facts.newsSiteName && NEWS_NAME_WORDS.some((w) => lower.includes(w))) {
    facts.newsSiteName = content;
  }
}

function readMeta(el: Element, facts: PageFacts): void {
  const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? '').toLowerCase();
  const content = el.getAttribute('content') ?? '';
  if (!content) return;
  if (key === 'og:type') facts.ogType = content.trim().toLowerCase();
  else if (PUBLISHED_KEYS.has(key)) facts.publishedTime = true;
  else if (key === 'article:section' && content) facts.sections.push(content);
  else if (key === 'og:url' && content && !facts.canonicalUrl) facts.canonicalUrl = content;
  else if (key === 'og:site_name') facts.siteName = content;
  else if (key === 'news_keywords') facts.newsKeywords = true;
  else if (key === 'article:tag' && content) facts.articleTag = true;
  if (SITE_NAME_KEYS.has(key)) readSiteName(content, facts);
}

function readParagraph(el: Element, facts: PageFacts): void {
  facts.paragraphs++;
  // Enough evidence read: later paragraphs only count (Readability also stops early).
  const phrasesDone = facts.phraseParagraphs >= MAX_READ_PARAGRAPHS;
  if (phrasesDone && facts.paragraphScore > READERABLE_SCORE) return;
  const text = (el.textContent ?? '').trim();
  if (text.length >= MIN_PHRASE_PARAGRAPH && facts.phraseParagraphs < MAX_READ_PARAGRAPHS) {
    facts.phraseParagraphs++;
    facts.reportingPhrases += countReportingPhrases(text);
  }
  if (text.length < MIN_PARAGRAPH_LENGTH) return;
  facts.longParagraphs++;
  facts.paragraphScore += Math.sqrt(text.length - MIN_PARAGRAPH_LENGTH);
  if (facts.longParagraphs > MAX_VOICE_PARAGRAPHS) return;
  const voice = countVoice(text);
  facts.words += voice.words;
  facts.personalWords += voice.personal;
  if (!facts.datelineOpening && facts.longParagraphs <= DATELINE_PARAGRAPHS) {
    facts.datelineOpening = opensWithDateline(text);
  }
}

function readAttributes(el: Element, facts: PageFacts): void {
  // Most elements have no attributes at all: one check instead of four look-ups.
  if (!el.hasAttributes()) return;
  const itemprop = el.getAttribute('itemprop');
  if (itemprop) {
    const prop = itemprop.toLowerCase();
    if (prop.includes('articlebody')) facts.articleBody = true;
    if (prop.includes('author')) facts.byline = true;
    if (prop.includes('datepublished')) facts.dateline = true;
  }
  if (!facts.byline) {
    // getAttributeNode: standard, and skips linkedom's costly class-list path in Node.
    const cls = el.getAttributeNode('class')?.value;
    if (cls && cls.toLowerCase().includes('byline')) facts.byline = true;
  }
  const itemtype = el.getAttribute('itemtype');
  if (itemtype) facts.microdataTypes.push(itemtype.slice(itemtype.lastIndexOf('/') + 1));
}

/** Subtrees that hold no evidence (page furniture and embedded media), not walked at all. */
const SKIP_SUBTREE = new Set([
  'style',
  'svg',
  'noscript',
  'template',
  'select',
  'picture',
  'nav',
  'footer',
  'aside',
  'form',
  'button',
  'iframe',
  'video',
  'audio',
  'canvas',
  'map',
  'object',
]);

/** Tags whose attributes can carry microdata or a byline class worth reading. */
const ATTRIBUTE_TAGS = new Set(['html', 'body', 'main', 'article', 'section', 'div', 'span', 'p']);

/** Collect the page facts in one walk of the element tree. */
export function scanPage(doc: Document): PageFacts {
  const facts = emptyFacts();
  const root = doc.documentElement;
  if (!root) return facts;
  const stack: Element[] = [root];
  for (let seen = 0; stack.length > 0 && seen < MAX_ELEMENTS; seen++) {
    const el = stack.pop() as Element;
    const tag = el.localName;
    if (tag === 'script') {
      if ((el.getAttribute('type') ?? '').toLowerCase() === 'application/ld+json') {
        readJsonLdScript(el, facts);
      }
      continue;
    }
    if (SKIP_SUBTREE.has(tag)) continue;
    if (tag === 'meta') readMeta(el, facts);
    else if (tag === 'link') {
      const rel = el.getAttribute('rel');
      if (rel === 'canonical') facts.canonicalUrl = el.getAttribute('href');
      else if (rel === 'author') facts.byline = true;
    } else if (tag === 'p' || tag === 'pre') readParagraph(el, facts);
    else if (tag === 'article') facts.articleElements++;
    else if (tag === 'a') {
      facts.links++;
      if (!facts.byline && el.getAttribute('rel') === 'author') facts.byline = true;
    } else if (tag === 'address') facts.byline = true;
    else if (tag === 'time' && el.hasAttribute('datetime')) facts.dateline = true;
    if (ATTRIBUTE_TAGS.has(tag) || tag === 'article') readAttributes(el, facts);
    // Paragraph contents were read as text; their inline children hold nothing else we weigh.
    if (tag === 'p') continue;
    for (let child = el.lastElementChild; child; child = child.previousElementSibling) {
      stack.push(child);
    }
  }
  return facts;
}
