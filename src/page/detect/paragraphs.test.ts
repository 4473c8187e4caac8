import { describe, expect, it } from 'vitest';
import { pageWithBody } from '../../../tests/unit/page/corpus';
import { CJK_LENGTH_FACTOR, densityLength, readParagraphs } from './paragraphs';
import { paragraphRange } from './signals';
import { ARTICLE_WEIGHTS, WEIGHTS } from './weights';

const REPORT =
  'The minister said on Tuesday that the talks, which lasted three hours, had been useful and ' +
  'constructive, and he added that more meetings would follow in the coming weeks, officials said.';
const BLOG =
  'I think you will love this recipe: we make it every week and my kids ask for it, so I wrote ' +
  'down how we do it for you, and our friends say it is the best bread they have ever eaten.';

describe('readParagraphs', () => {
  const cases: Array<{
    name: string;
    html: string;
    expected: Partial<ReturnType<typeof readParagraphs>>;
  }> = [
    {
      name: 'reporting: long paragraphs full of "said"',
      html: `<p>LONDON — ${REPORT}</p>${`<p>${REPORT}</p>`.repeat(7)}`,
      expected: {
        longParagraphs: 8,
        reportingPhrases: 16,
        datelineOpening: true,
        personalWords: 0,
      },
    },
    {
      name: 'a blog post in the first person',
      html: `<p>${BLOG}</p>`.repeat(6),
      expected: { longParagraphs: 6, reportingPhrases: 0, datelineOpening: false },
    },
    {
      name: 'sidebars and footers are not the article',
      html: `<aside><p>${REPORT}</p></aside><footer><p>${REPORT}</p></footer><nav><p>${REPORT}</p></nav>`,
      expected: { longParagraphs: 0, reportingPhrases: 0, score: 0 },
    },
    {
      name: 'a page without <p>: divs of <br>-separated text count, as in Readability',
      html: `<div class="text">${REPORT}<br><br>${REPORT}</div>`.repeat(3),
      expected: { longParagraphs: 2 },
    },
    {
      name: 'short divs of <br>-separated lines count for nothing',
      html: '<div>Home<br>Contact us</div>'.repeat(3),
      expected: { longParagraphs: 0, score: 0 },
    },
    {
      name: 'a press release dateline standing alone above the text',
      html: `<p>Cookies help us.</p><p>BAAR, SWITZERLAND</p>${`<p>${REPORT}</p>`.repeat(3)}`,
      expected: { longParagraphs: 3, datelineOpening: true },
    },
    {
      name: 'a dateline line after the first long paragraph is a caption, not a dateline',
      html: `<p>${REPORT}</p><p>BAAR, SWITZERLAND</p><p>${REPORT}</p>`,
      expected: { longParagraphs: 2, datelineOpening: false },
    },
    {
      name: 'CJK paragraphs of 70 characters are long (each counts twice)',
      html: `<p>${'日本語の文章です。'.repeat(8)}</p>`.repeat(3),
      expected: { longParagraphs: 3 },
    },
    {
      name: 'CJK paragraphs of 60 characters are not',
      html: `<p>${'日本語の文章。'.repeat(10).slice(0, 60)}</p>`.repeat(3),
      expected: { longParagraphs: 0, score: 0 },
    },
    {
      name: 'short paragraphs count for nothing',
      html: '<p>Home</p><p>Contact us</p>',
      expected: { longParagraphs: 0, words: 0, score: 0 },
    },
  ];
  it.each(cases)('$name', ({ html, expected }) => {
    expect(readParagraphs(pageWithBody(html))).toMatchObject(expected);
  });

  it('scores density as Readability does: sum of sqrt(length - 140)', () => {
    const facts = readParagraphs(
      pageWithBody(`<p>${'x'.repeat(240)}</p><p>${'y'.repeat(150)}</p>`),
    );
    expect(facts.score).toBeCloseTo(Math.sqrt(100) + Math.sqrt(10));
  });

  it.each<[string, string, number]>([
    ['Latin text at its length', 'x'.repeat(150), 150],
    ['CJK text at twice its length', '中文'.repeat(40), 80 * CJK_LENGTH_FACTOR],
    ['Korean text too', '한국어'.repeat(30), 90 * CJK_LENGTH_FACTOR],
    ['Latin text opening with a CJK name is read as CJK', `東京 ${'x'.repeat(97)}`, 200],
  ])('densityLength: %s', (_name, text, expected) => {
    expect(densityLength(text)).toBe(expected);
  });

  it('reads a blog voice as first and second person', () => {
    const facts = readParagraphs(pageWithBody(`<p>${BLOG}</p>`.repeat(6)));
    expect(facts.personalWords / facts.words).toBeGreaterThan(0.1);
  });

  it('stops reading text for voice after a bounded amount', () => {
    const facts = readParagraphs(pageWithBody(`<p>${BLOG}</p>`.repeat(200)));
    expect(facts.words).toBeLessThan(2000);
    expect(facts.longParagraphs).toBeLessThan(200);
  });

  it('stops after the paragraph that settles the verdict, without counting', () => {
    const html = `<p>LONDON — ${REPORT}</p>${`<p>${REPORT}</p>`.repeat(7)}`;
    const seen: number[] = [];
    const facts = readParagraphs(pageWithBody(html), (f) => {
      seen.push(f.longParagraphs);
      return f.longParagraphs === 3;
    });
    expect(seen).toEqual([1, 2, 3]);
    expect(facts).toMatchObject({ partial: true, longParagraphs: 3, datelineOpening: true });
    expect(facts.reportingPhrases).toBe(0);
    expect(readParagraphs(pageWithBody(html), () => false).partial).toBe(false);
  });
});

describe('paragraphRange', () => {
  const w = WEIGHTS;
  const facts = (over: Partial<ReturnType<typeof readParagraphs>>) => ({
    ...readParagraphs(pageWithBody('')),
    ...over,
  });

  it.each([
    [
      'nothing read yet',
      facts({}),
      [w.notReaderable + w.personalVoice, w.readerable + w.datelineOpening + w.reportingDense],
    ],
    [
      'readerable, dateline found',
      facts({ score: 25, longParagraphs: 2, datelineOpening: true }),
      [
        w.readerable + w.datelineOpening + w.personalVoice,
        w.readerable + w.datelineOpening + w.reportingDense,
      ],
    ],
    [
      'readerable, no dateline in the paragraphs that may hold one',
      facts({ score: 40, longParagraphs: 8 }),
      [w.readerable + w.personalVoice, w.readerable + w.reportingDense],
    ],
  ])('%s', (_name, read, expected) => {
    expect(paragraphRange(read)).toEqual(expected);
  });

  it('reads the article weights when given them', () => {
    const a = ARTICLE_WEIGHTS;
    expect(paragraphRange(facts({ score: 40, longParagraphs: 8 }), a)).toEqual([
      a.readerable + Math.min(0, a.personalVoice),
      a.readerable + a.reportingDense,
    ]);
  });
});
