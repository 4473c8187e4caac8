/**
 * The page's metadata, read the cheap way: the browser's own collections and selector engine find
 * the few elements that matter (`<meta>`, the canonical link, JSON-LD), so JavaScript runs per
 * match, never per element of the page. Detection runs once per page load, cold, where a JavaScript
 * walk of every element costs milliseconds.
 */
import { JSON_LD, flattenJsonLd, jsonLdString, jsonLdTypes } from '../meta';

/** What the page's metadata says: `<meta>`, `<link rel=canonical>` and JSON-LD. */
export interface MetaFacts {
  jsonLdTypes: string[];
  /** `articleSection` values from JSON-LD and `article:section` meta. */
  sections: string[];
  ogType: string | null;
  publishedTime: boolean;
  canonicalUrl: string | null;
  /** `og:site_name`, for blog-platform names. */
  siteName: string | null;
  /** `<meta name="news_keywords">`, a tag only news publishers emit (for news aggregators). */
  newsKeywords: boolean;
  /** `article:tag` meta. */
  articleTag: boolean;
  /** A site or app name with "news" in it (og:site_name, application-name, al:*:app_name). */
  newsSiteName: string | null;
}

/** Meta names publishers use for the publication date. */
const PUBLISHED_KEYS = [
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
];
/** Meta names that carry the site's or app's name. */
const SITE_NAME_KEYS = [
  'og:site_name',
  'application-name',
  'al:ios:app_name',
  'al:android:app_name',
];
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

function readMeta(el: Element, facts: MetaFacts): void {
  const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? '').toLowerCase();
  const content = el.getAttribute('content');
  if (!key || !content) return;
  if (key === 'og:type') facts.ogType = content.trim().toLowerCase();
  else if (PUBLISHED_KEYS.includes(key)) facts.publishedTime = true;
  else if (key === 'article:section') facts.sections.push(content);
  else if (key === 'og:url') facts.canonicalUrl ??= content;
  else if (key === 'og:site_name') facts.siteName = content;
  else if (key === 'news_keywords') facts.newsKeywords = true;
  else if (key === 'article:tag') facts.articleTag = true;
  if (!facts.newsSiteName && SITE_NAME_KEYS.includes(key)) {
    const lower = content.toLowerCase();
    for (const word of NEWS_NAME_WORDS) if (lower.includes(word)) facts.newsSiteName = content;
  }
}

function readJsonLd(text: string, facts: MetaFacts): void {
  // Blocks that name no type (breadcrumbs-only, empty) are not worth a parse.
  if (!text.includes('@type')) return;
  try {
    for (const node of flattenJsonLd(JSON.parse(text))) {
      facts.jsonLdTypes.push(...jsonLdTypes(node));
      const section = jsonLdString(node, 'articleSection');
      if (section) facts.sections.push(section);
    }
  } catch {
    // Broken JSON-LD is no evidence either way.
  }
}

/** Read `<meta>` tags, the canonical link and JSON-LD blocks. */
export function readMetadata(doc: Document): MetaFacts {
  const facts: MetaFacts = {
    jsonLdTypes: [],
    sections: [],
    ogType: null,
    publishedTime: false,
    canonicalUrl: null,
    siteName: null,
    newsKeywords: false,
    articleTag: false,
    newsSiteName: null,
  };
  const metas = doc.getElementsByTagName('meta');
  for (let i = 0, meta = metas[0]; meta; meta = metas[++i]) readMeta(meta, facts);
  // The canonical link outranks og:url.
  const canonical = doc.querySelector('link[rel=canonical]')?.getAttribute('href');
  if (canonical) facts.canonicalUrl = canonical;
  const blocks = doc.querySelectorAll(JSON_LD);
  for (let i = 0; i < blocks.length; i++) readJsonLd(blocks[i]?.textContent ?? '', facts);
  return facts;
}
