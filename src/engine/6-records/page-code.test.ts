import { describe, expect, it } from 'vitest';
import { holdsPageCode } from './page-code';

const ROWS: Array<[text: string, code: boolean]> = [
  ['" value="0" id="box" type="checkbox"></div>', true],
  ['"tweet_id", "follow" : "screen_name" }', true],
  ['She said: "We will fight it."', false],
  ['According to <a href="/topic/acme">Acme</a> data, sales fell.', true],
  ['Sales fell in March, she said.', false],
  ['He called the plan "a disaster": "We will fight it."', false],
  ['Prices rose 5% (the "core" rate) in May.', false],
  ['Sales fell sharply. <br><br> Analysts expect more.', false],
  ['"<img src=x onerror=alert(1)> is what the attacker sent," she said.', false],
  ['<span class=\'x\' data-id="7">', true],
];

describe('page code in a claim', () => {
  it.each(ROWS)('%s -> %s', (text, code) => {
    expect(holdsPageCode(text)).toBe(code);
  });
});
