import { describe, expect, it } from 'vitest';
import { pageWithBody } from '../../../tests/unit/page/corpus';
import { extractArticle } from './index';

const PARA =
  'The minister said on Tuesday that the talks, which lasted three hours, had been useful, and added that more would follow.';

describe('extractArticle', () => {
  const cases: Array<{ name: string; html: string; has: string[]; lacks: string[] }> = [
    {
      name: 'headline, standfirst by class, body paragraphs',
      html: `<nav><a href="/">Home</a> <a href="/w">World</a></nav>
        <h1>Minister says talks were useful</h1><p class="article-dek">The minister spoke after three hours of talks with his counterpart.</p>
        <div class="story-body"><p>${PARA}</p><p>${PARA} Again.</p><p>${PARA} Once more.</p></div>`,
      has: [
        'headline:Minister says talks were useful',
        'standfirst:The minister spoke',
        'paragraph:The minister said',
      ],
      lacks: ['Home'],
    },
    {
      name: 'aside, figure caption, ads and hidden text are dropped',
      html: `<h1>Headline here for the story</h1><article><p>${PARA}</p>
        <figure><img src="x.jpg"><figcaption>Photo: the minister said nothing</figcaption></figure>
        <div class="ad-slot"><p>Buy our product now, it is great, truly great, the best.</p></div>
        <aside><p>Related: another story that is long enough to count as text here.</p></aside>
        <p hidden>Secret hidden text that must not show up in the article at all.</p>
        <p style="display: none">Invisible text by inline style that must not show up.</p>
        <p>${PARA} Second.</p><p>Advertisement</p></article>`,
      has: ['paragraph:The minister said'],
      lacks: [
        'Photo:',
        'Buy our product',
        'Related:',
        'Secret hidden',
        'Invisible text',
        'Advertisement',
      ],
    },
    {
      name: 'blockquote, crosshead and list items keep their kinds',
      html: `<h1>A headline for this test</h1><article><p>${PARA}</p><h2>What comes next</h2>
        <blockquote><p>We will win, the leader wrote in a long post online to his followers.</p></blockquote>
        <ul><li>The first point of the list is long enough, and has commas.</li></ul><p>${PARA} Two.</p></article>`,
      has: ['crosshead:What comes next', 'blockquote:We will win', 'listItem:The first point'],
      lacks: [],
    },
    {
      name: 'a crosshead set as an inline span between paragraphs stays, as a crosshead',
      html: `<h1>A headline for this test</h1><div class="story-body"><p>${PARA}</p>
        <span class="cross-head">'No chance' </span><p>${PARA} Two.</p><p>${PARA} Three.</p></div>`,
      has: ["crosshead:'No chance'"],
      lacks: [],
    },
    {
      name: 'inline markup, br, entities and soft hyphens normalize',
      html: `<h1>A headline for this test</h1><article><p>The <b>min&shy;is&shy;ter</b> said&nbsp;that <a href="#">talks</a><br>went well, and  more
        would follow, officials said, adding details, later, again.</p><p>${PARA}</p></article>`,
      has: ['paragraph:The minister said that talks went well, and more would follow'],
      lacks: [],
    },
    {
      name: 'a link list inside the body is a teaser block and is dropped',
      html: `<h1>A headline for this test</h1><article><p>${PARA}</p>
        <div><a href="/a">Another story about something else entirely</a></div><p>${PARA} Two.</p></article>`,
      has: ['paragraph:The minister said'],
      lacks: ['Another story'],
    },
    {
      name: 'a page wrapped in one form (ASP.NET) is read; a search form is not',
      html: `<form id="aspnetForm"><form action="/search"><p>Search our archive of stories and more, any time you like.</p></form>
        <h1>A headline for this test</h1><article><p>${PARA}</p><p>${PARA} Two.</p></article></form>`,
      has: ['paragraph:The minister said'],
      lacks: ['Search our archive'],
    },
    {
      name: 'bare text beside block children in the body div',
      html: `<h1>A headline for this test</h1><div class="wrapper"><div class="share-bar"><a href="#">Share</a></div>
        <div itemprop="articleBody">${PARA}<div class="fake-br"></div>${PARA} Two.<br><br>${PARA} Three.</div></div>`,
      has: [
        'paragraph:The minister said',
        'paragraph:The minister said on Tuesday that the talks, which lasted three hours, had been useful, and added that more would follow. Three.',
      ],
      lacks: ['Share'],
    },
    {
      name: 'a table row is one block, cells a space apart',
      html: `<h1>A headline for this test</h1><article><p>${PARA}</p><table><tr><th>Pos.</th><th>Driver</th><th>Points</th></tr>
        <tr><td>1</td><td>Kyle Busch</td><td>5040</td></tr></table><p>${PARA} Two.</p></article>`,
      has: ['paragraph:Pos. Driver Points', 'paragraph:1 Kyle Busch 5040'],
      lacks: [],
    },
  ];
  it.each(cases)('$name', ({ html, has, lacks }) => {
    const article = extractArticle(pageWithBody(html));
    expect(article).not.toBeNull();
    const blocks = article?.blocks ?? [];
    for (const want of has) {
      const [kind, text] = want.split(/:(.*)/su) as [string, string];
      expect(
        blocks.some((b) => b.kind === kind && b.text.startsWith(text)),
        want,
      ).toBe(true);
    }
    for (const unwanted of lacks) {
      expect(
        blocks.some((b) => b.text.includes(unwanted)),
        unwanted,
      ).toBe(false);
    }
    expect(article?.anchors.length).toBe(blocks.length);
  });

  it('returns null for a page without text', () => {
    expect(extractArticle(pageWithBody('<div><img src="a.png"></div>'))).toBeNull();
  });
});

describe('labels and bylines printed as paragraphs', () => {
  const PROSE =
    'The minister said on Tuesday that the talks, which lasted three hours, had been useful, and added that more would follow.';
  const cases: Array<[string, boolean]> = [
    ['posted on April 21, 2015, at 11:29 a.m.', false],
    ['By Jane Smith', false],
    ['Embed', false],
    ['Video Quality', false],
    ['He said no.', true],
    [
      'By the end of the day the ministry said the talks had produced an agreement on every point raised.',
      true,
    ],
  ];
  it.each(cases)('%s → kept %s', (text, kept) => {
    const article = extractArticle(
      pageWithBody(
        `<h1>A headline for this test</h1><article><p>${PROSE}</p><p>${text}</p><p>${PROSE} Two.</p></article>`,
      ),
    );
    expect(article?.blocks.some((b) => b.text === text)).toBe(kept);
  });
});
