import { describe, expect, it } from 'vitest';
import { pageWithBody } from '../../../tests/unit/page/corpus';
import { collectVoters, textRuns } from './voters';

const LONG = 'The ministry said the talks, which lasted for three hours, had been useful';
const LONG2 = 'Officials added that more talks would follow in the spring, in another city';

function body(inner: string): Element {
  return pageWithBody(inner).body;
}

describe('textRuns', () => {
  const cases: Array<[string, string, string[], boolean]> = [
    ['bare text', `<div id="x">${LONG}</div>`, [LONG], false],
    [
      'inline markup joins the run',
      `<div id="x">The <b>ministry</b> said <a href="#">so</a></div>`,
      ['The ministry said so'],
      false,
    ],
    ['double br splits', `<div id="x">${LONG}<br> <br>${LONG2}</div>`, [LONG, LONG2], false],
    ['single br does not', `<div id="x">one<br>two</div>`, ['one two'], false],
    [
      'a block child splits',
      `<div id="x">${LONG}<div class="fake-br"></div>${LONG2}</div>`,
      [LONG, LONG2],
      true,
    ],
    [
      'scripts, buttons and share bars add nothing and split nothing',
      `<div id="x">${LONG}<script>var x = 1;</script><button>Share</button><div class="share-bar">Share</div></div>`,
      [LONG],
      false,
    ],
    [
      'an inline wrapper of blocks is a block',
      `<div id="x"><a href="#"><div>teaser</div></a>${LONG}</div>`,
      [LONG],
      true,
    ],
  ];
  it.each(cases)('%s', (_name, html, runs, hasBlockChild) => {
    const el = body(html).querySelector('#x') as Element;
    expect(textRuns(el)).toEqual({ runs, hasBlockChild });
  });
});

describe('collectVoters: who each paragraph votes for', () => {
  const cases: Array<[string, string, Array<[string, string]>]> = [
    ['a paragraph votes for its parent', `<div id="body"><p>${LONG}</p></div>`, [[LONG, 'body']]],
    ['short paragraphs do not vote', `<div id="body"><p>Too short</p></div>`, []],
    [
      'a text-only div acts as a paragraph',
      `<div id="body"><div>${LONG}</div></div>`,
      [[LONG, 'body']],
    ],
    [
      'a text-only div with spans (blog markup) acts as a paragraph',
      `<div id="body"><div><span><span>${LONG}</span></span></div></div>`,
      [[LONG, 'body']],
    ],
    [
      'runs of bare text beside block children vote for their div',
      `<div id="outer"><div id="body">${LONG}<div class="fake-br"></div>${LONG2}<p>${LONG}</p></div></div>`,
      [
        [LONG, 'body'],
        [LONG2, 'body'],
        [LONG, 'body'],
      ],
    ],
    [
      'double-br paragraphs in a div vote for that div',
      `<div id="outer"><div id="body">${LONG}<br><br>${LONG2}</div></div>`,
      [
        [LONG, 'body'],
        [LONG2, 'body'],
      ],
    ],
    ['excluded subtrees do not vote', `<div id="body"><aside><p>${LONG}</p></aside></div>`, []],
  ];
  it.each(cases)('%s', (_name, html, expected) => {
    const voters = collectVoters(body(html));
    expect(voters.map((v) => [v.text, v.votesFor.getAttribute('id')])).toEqual(expected);
  });
});
