/**
 * What a URL's shape says about a page: news stories live at dated or slugged paths, while home
 * pages, section fronts, tag pages, docs and blogs have recognisable shapes of their own.
 */

/** The URL facts detection weighs. */
export interface UrlShape {
  /** /2017/03/12/ or /20170312/ in the path. */
  dated: boolean;
  /** A last path segment of four or more hyphenated words, or a long numeric story id. */
  storySlug: boolean;
  /** The site root or a one-word section front. */
  front: boolean;
  /** docs/wiki/blog/forum hosts and paths, fiction, shops, recipes: not reporting. */
  blogOrDocs: boolean;
  /** /opinion/, /commentisfree/, /editorial/ ... */
  opinion: boolean;
  /** news.example.com, /news/, /noticias/, /meldung/ ... */
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
  for (const ch of text) if (ch < '0' || ch > '9') return false;
  return true;
}

/** Whether consecutive path segments read as a date (year, then month). */
function hasDatePath(segments: readonly string[]): boolean {
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i] as string;
    const year = Number(seg.slice(0, 4));
    if (isDigits(seg) && seg.length === 8 && year >= 1995 && year <= 2100) return true;
    const next = segments[i + 1] ?? '';
    if (seg.length === 4 && isDigits(seg) && year >= 1995 && year <= 2100) {
      if (isDigits(next) && next.length <= 2 && Number(next) >= 1 && Number(next) <= 12)
        return true;
    }
  }
  return false;
}

function isStorySlug(segment: string): boolean {
  const stem = segment.split('.')[0] ?? '';
  const words = stem.split(/[-_]/u).filter((w) => w.length > 0 && !isDigits(w));
  if (words.length >= 4) return true;
  let digits = 0;
  for (const ch of stem) if (ch >= '0' && ch <= '9') digits++;
  return digits >= 6;
}

/** Read the shape of a URL; null when it does not parse. */
export function urlShape(url: string): UrlShape | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const segments = parsed.pathname
    .toLowerCase()
    .split('/')
    .filter((s) => s.length > 0);
  const last = segments[segments.length - 1] ?? '';
  const hostLabels = parsed.hostname.toLowerCase().split('.');
  return {
    dated: hasDatePath(segments),
    storySlug: last.length > 0 && isStorySlug(last),
    front:
      parsed.search.length === 0 &&
      (segments.length === 0 ||
        (segments.length === 1 && !isStorySlug(last) && !last.includes('.'))),
    personal: segments.some((s) => s.startsWith('@') || s.startsWith('~')),
    blogOrDocs:
      segments.some((s) => BLOG_OR_DOCS_SEGMENTS.has(s)) ||
      hostLabels.some((l) => BLOG_OR_DOCS_HOST_LABELS.has(l) || l.includes('blog')),
    opinion: segments.some((s) => OPINION_SEGMENTS.has(s)),
    newsSection:
      segments.slice(0, -1).some((s) => NEWS_WORDS.has(s)) ||
      hostLabels.some((l) => NEWS_WORDS.has(l)),
    howTo: last.startsWith('how-') || last.startsWith('how_') || last.includes('-tips-'),
  };
}
