/**
 * What a URL's shape says about a page: news stories live at dated or slugged paths, while home
 * pages, section fronts, tag pages, docs and blogs have recognisable shapes of their own.
 */

/** The URL facts detection weighs. */
export interface UrlShape {
  /** /2017/03/12/ or /20170312/ in the path. */
  dated: boolean;
  /**
   * A last path segment of four or more hyphenated words, a long numeric story id, or a numeric id
   * in the query (`?idx=8576`, `?articleId=…`) of a page that is not a list.
   */
  storySlug: boolean;
  /**
   * The site root or a one-word section front (/politics/). A single segment of two or three words
   * (/about-bugs/) is neither a front nor a story slug: a small site's post as often as a section.
   */
  front: boolean;
  /** docs/wiki/blog/forum hosts and paths, fiction, shops, recipes: not reporting. */
  blogOrDocs: boolean;
  /** The same, blogs aside: not an article either (a blog post is one). */
  docs: boolean;
  /** /opinion/, /commentisfree/, /editorial/ ... */
  opinion: boolean;
  /** news.example.com, /news/, /noticias/, /meldung/, /news-and-events/ ... */
  newsSection: boolean;
  /** A how-to or tips slug ("how-to-build-a-terrarium"). */
  howTo: boolean;
  /** A personal page: a path segment starting with `@` or `~` (medium.com/@name, ~user). */
  personal: boolean;
}

/** "News" in the languages of the corpus, as a host label or path segment. */
const NEWS_WORDS = new Set([
  'news',
  'noticias',
  'noticia',
  'nachrichten',
  'meldung',
  'actualites',
  'actualite',
  'notizie',
  'nieuws',
  'headlines',
  'politics',
  'world',
  'business',
]);

const BLOG_OR_DOCS_SEGMENTS = new Set([
  'blog',
  'blogs',
  'docs',
  'doc',
  'documentation',
  'wiki',
  'forum',
  'forums',
  'questions',
  'manual',
  'guide',
  'tutorial',
  'tutorials',
  'reference',
  'api',
  'fiction',
  'chapter',
  'chapters',
  'works',
  'recipe',
  'recipes',
  'product',
  'products',
  'shop',
  'store',
  'course',
  'courses',
]);
/** Blog words among those: a blog post is not reporting, but it is an article. */
const BLOG_WORDS = new Set(['blog', 'blogs']);
const BLOG_OR_DOCS_HOST_LABELS = new Set([
  'blog',
  'blogs',
  'docs',
  'developer',
  'developers',
  'wiki',
]);
const OPINION_SEGMENTS = new Set([
  'opinion',
  'opinions',
  'commentisfree',
  'comment',
  'commentary',
  'editorial',
  'editorials',
  'columns',
  'column',
  'columnists',
  'op-ed',
  'oped',
  'views',
]);

function isDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x30 || code > 0x39) return false;
  }
  return true;
}

/** Whether consecutive path segments read as a date (year, then month). */
function hasDatePath(segments: readonly string[]): boolean {
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i] as string;
    if ((seg.length !== 8 && seg.length !== 4) || !isDigits(seg)) continue;
    const year = Number(seg.slice(0, 4));
    if (year < 1995 || year > 2100) continue;
    if (seg.length === 8) return true;
    const next = segments[i + 1] ?? '';
    if (next.length <= 2 && isDigits(next) && Number(next) >= 1 && Number(next) <= 12) return true;
  }
  return false;
}

/** Query keys that name one item: an id, an index, a number ("idx", "articleId", "no", "aid"). */
const ID_KEY_ENDS = ['id', 'idx', 'no'];
/** The fewest digits of a story id in the query (a page number has fewer). */
const QUERY_ID_DIGITS = 4;

/** Whether a query string carries a numeric item id: `idx=8576`, `articleId=123456`. */
function hasQueryId(query: string): boolean {
  for (const pair of query.split('&')) {
    const eq = pair.indexOf('=');
    if (eq <= 0) continue;
    const key = pair.slice(0, eq).toLowerCase();
    const value = pair.slice(eq + 1);
    if (value.length < QUERY_ID_DIGITS || !isDigits(value)) continue;
    for (const end of ID_KEY_ENDS) if (key.endsWith(end)) return true;
  }
  return false;
}

/** Whether a section segment names news, alone or among hyphenated words ("news-and-events"). */
function isNewsSegment(segment: string): boolean {
  if (NEWS_WORDS.has(segment)) return true;
  if (!segment.includes('-')) return false;
  for (const word of segment.split('-')) if (word === 'news' || word === 'noticias') return true;
  return false;
}

/** A path segment that is one word: no hyphen, underscore or file extension. */
function isOneWord(segment: string): boolean {
  return !segment.includes('-') && !segment.includes('_') && !segment.includes('.');
}

function isStorySlug(segment: string): boolean {
  const stem = segment.split('.')[0] ?? '';
  let words = 0;
  for (const word of stem.replaceAll('_', '-').split('-')) if (word && !isDigits(word)) words++;
  if (words >= 4) return true;
  let digits = 0;
  for (let i = 0; i < stem.length; i++) {
    const code = stem.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) digits++;
  }
  return digits >= 6;
}

/**
 * Read the shape of an absolute URL; null when it has no scheme and host. Split by hand rather than
 * with `new URL`: detection runs cold on every page load, and only the host, path and query matter.
 */
export function urlShape(url: string): UrlShape | null {
  const scheme = url.indexOf('://');
  if (scheme <= 0 || url.slice(0, scheme).includes('/')) return null;
  let rest = url.slice(scheme + 3);
  const hash = rest.indexOf('#');
  if (hash >= 0) rest = rest.slice(0, hash);
  const query = rest.indexOf('?');
  const hasQuery = query >= 0 && query < rest.length - 1;
  const queryId = hasQuery && hasQueryId(rest.slice(query + 1));
  if (query >= 0) rest = rest.slice(0, query);
  const slash = rest.indexOf('/');
  const authority = slash >= 0 ? rest.slice(0, slash) : rest;
  const hostPort = authority.slice(authority.lastIndexOf('@') + 1);
  const colon = hostPort.lastIndexOf(':');
  const host = (colon > 0 ? hostPort.slice(0, colon) : hostPort).toLowerCase();
  if (!host) return null;
  const segments: string[] = [];
  if (slash >= 0)
    for (const s of rest.slice(slash).toLowerCase().split('/')) if (s) segments.push(s);
  const last = segments[segments.length - 1] ?? '';
  const hostLabels = host.split('.');
  let personal = false;
  let blogOrDocs = false;
  let docs = false;
  let opinion = false;
  let newsSection = false;
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i] as string;
    if (s.startsWith('@') || s.startsWith('~')) personal = true;
    if (BLOG_OR_DOCS_SEGMENTS.has(s)) {
      blogOrDocs = true;
      if (!BLOG_WORDS.has(s)) docs = true;
    }
    if (OPINION_SEGMENTS.has(s)) opinion = true;
    if (i < segments.length - 1 && isNewsSegment(s)) newsSection = true;
  }
  for (const label of hostLabels) {
    if (label.includes('blog')) blogOrDocs = true;
    else if (BLOG_OR_DOCS_HOST_LABELS.has(label)) blogOrDocs = docs = true;
    if (NEWS_WORDS.has(label)) newsSection = true;
  }
  const list = last.includes('list');
  const storySlug = (last.length > 0 && isStorySlug(last)) || (queryId && !list);
  return {
    dated: hasDatePath(segments),
    storySlug,
    front:
      !hasQuery &&
      (segments.length === 0 || (segments.length === 1 && !storySlug && isOneWord(last))),
    personal,
    blogOrDocs,
    docs,
    opinion,
    newsSection,
    howTo: last.startsWith('how-') || last.startsWith('how_') || last.includes('-tips-'),
  };
}
