import { describe, expect, it } from 'vitest';
import { isBoilerplateLine, isCaptionLabel, isDateLine } from './boilerplate';

describe('isBoilerplateLine', () => {
  const cases: Array<[string, boolean]> = [
    ['Get the latest updates right in your inbox. Subscribe to our newsletters.', true],
    ['Like this story? Share it with a friend!', true],
    ['Follow @SomeDeals on Twitter to keep up with the latest deals.', true],
    ['Copyright 2019 Some News. All rights reserved.', true],
    ['© 2019 Associated Press.', true],
    ['This website uses cookies. By continuing to use our website you agree.', true],
    ['https://www.example.com/news/article/Some-story-14848175.php', true],
    ['You may also like...', true],
    ['This post may contain affiliate and/or referral links. Please see my disclosure page.', true],
    ['Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.', true],
    ['Follow the money, she wrote on Twitter.', false],
    ['Listen to Newsbeat live at 12:45 and 17:45 weekdays - or listen back here.', true],
    ['"Listen to the people," the mayor said.', false],
    ['Residents said they would listen to the mayor.', false],
    ['[button link="http://x.com/submit/" type="big"] Send us YOUR kit review[/button]', true],
    ['[caption id="a1"]A bridge at night[/caption]', true],
    ['[Update: the company replied on Tuesday.]', false],
    ['[1] Source: the ministry [/1] said more.', false],
    // A bare URL in any case; prose opening with "h" or "w" is not one.
    ['WWW.Example.com/story', true],
    ['HTTP://example.com', true],
    ['Www.example.com is down, he said', false],
    ['He said www.example.com was down.', false],
    // Calls to action after any sentence end (. ! ?), not after other marks.
    ['Big news! Sign up for alerts', true],
    ['Is this real? Click here', true],
    ['The deal is done; click here for more', false],
    // Prose that mentions the same words is kept.
    ['The band sued for copyright infringement, the lawyer said.', false],
    ['Readers who subscribe to the paper will pay more, the publisher said.', false],
    ['"Follow the money," he told reporters on Tuesday.', false],
    [
      `Subscribe to the newsletter, he urged. ${'The rest is a long paragraph. '.repeat(10)}`,
      false,
    ],
  ];
  it.each(cases)('%s → %s', (text, expected) => {
    expect(isBoilerplateLine(text)).toBe(expected);
  });
});

describe('isDateLine', () => {
  const cases: Array<[string, boolean]> = [
    ['Wednesday 20 November 2019 11:42, UK', true],
    ['Nov. 20, 2019, 9:28 AM UTC', true],
    ['segunda-feira, 22 de janeiro de 2018 às 0:13', true],
    ['10 p.m.', true],
    ['He was born in 1962.', false],
    ['Sales rose in 2019 and then fell', false],
    ['Updated: 18 Nov 2019 9:38 pm', true],
    ['Results', false],
    ['Nov. 20, 2019, 9:28 a.m.', true],
    ['It ended at 9 p.m. on Friday, 2019.', false],
  ];
  it.each(cases)('%s → %s', (text, expected) => {
    expect(isDateLine(text)).toBe(expected);
  });
});

describe('isCaptionLabel', () => {
  it.each<[string, boolean]>([
    ['Photo:', true],
    ['Фото:', true],
    ['He said:', false],
    ['Photo: Reuters', false],
  ])('%s → %s', (text, expected) => {
    expect(isCaptionLabel(text)).toBe(expected);
  });
});
