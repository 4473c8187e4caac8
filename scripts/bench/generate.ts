/**
 * Deterministic synthetic news articles of any length, for scaling and long-task measurements: a
 * realistic mix of direct quotes, reported speech, "according to", anonymous sourcing, hedges and
 * plain narrative, with varied speakers so entity resolution has real work to do.
 */

const FIRST = ['Anna', 'Pedro', 'Li', 'Fatima', 'John', 'Olga', 'Kwame', 'Marie', 'Raj', 'Sofia'];
const LAST = ['Keller', 'Santos', 'Wei', 'Haddad', 'Miller', 'Petrova', 'Mensah', 'Dubois', 'Iyer'];
const ORGS = [
  'the Interior Ministry',
  'the city council',
  'the central bank',
  'Reuters',
  'the union',
];
const ROLES = ['the minister', 'the spokesman', 'the mayor', 'the chief executive', 'the governor'];
const CLAIMS = [
  'the budget would be balanced by the end of the year',
  'the talks had made real progress on the main questions',
  'no decision had been taken on the new airport',
  'the figures showed a clear fall in unemployment',
  'the agreement would protect thousands of jobs in the region',
  'the investigation was still at an early stage',
];
const NARRATIVE = [
  'The meeting took place on Tuesday in the capital.',
  'Prices rose sharply over the winter months.',
  'The bridge was closed to traffic for three days.',
  'Several hundred people gathered outside the building.',
];

/** A small seeded PRNG (mulberry32) so every run measures the same text. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentence(pick: <T>(items: readonly T[]) => T): string {
  const name = `${pick(FIRST)} ${pick(LAST)}`;
  const claim = pick(CLAIMS);
  const templates = [
    () => `"${claim[0]!.toUpperCase()}${claim.slice(1)}," ${name} said.`,
    () => `${name} said ${claim}.`,
    () => `According to ${pick(ORGS)}, ${claim}.`,
    () => `Officials said ${claim}, but ${pick(ROLES)} insisted that nothing had changed.`,
    () => `${pick(ROLES)[0]!.toUpperCase()}${pick(ROLES).slice(1)} told reporters that ${claim}.`,
    () => `The plan was reportedly delayed after ${pick(ORGS)} warned that ${claim}.`,
    () => pick(NARRATIVE),
    () => pick(NARRATIVE),
  ];
  return pick(templates)();
}

/** Paragraphs totalling about `words` words (paragraphs of 3–5 sentences). */
export function generateParagraphs(words: number, seed = 42): string[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const paragraphs: string[] = [];
  let count = 0;
  while (count < words) {
    const sentences: string[] = [];
    const n = 3 + Math.floor(next() * 3);
    for (let i = 0; i < n; i++) sentences.push(sentence(pick));
    const text = sentences.join(' ');
    count += text.split(/\s+/).length;
    paragraphs.push(text);
  }
  return paragraphs;
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A complete news page (JSON-LD, byline, <article>) around a generated article. */
export function generateNewsPage(words: number, seed = 42): string {
  const headline = `Officials say the talks made progress (${words.toLocaleString('en')}-word test)`;
  const ld = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline,
    datePublished: '2026-11-01T08:00:00Z',
    author: { '@type': 'Person', name: 'Test Reporter' },
  };
  const body = generateParagraphs(words, seed)
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>${escapeHtml(headline)}</title>
<meta property="og:type" content="article">
<meta property="article:published_time" content="2026-11-01T08:00:00Z">
<script type="application/ld+json">${JSON.stringify(ld)}</script>
</head><body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<main><article><h1>${escapeHtml(headline)}</h1><p class="byline">By Test Reporter</p>
${body}
</article></main><footer>© Test</footer></body></html>`;
}
