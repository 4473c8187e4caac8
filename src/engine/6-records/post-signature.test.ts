import { describe, expect, it } from 'vitest';
import { isPostSignature } from './post-signature';

const ROWS: Array<[text: string, signature: boolean]> = [
  ['— jo bloggs (@joblog) March 2, 2018', true],
  ['cup of cocoa 🎄 (@_cocoa_) November 9, 2019', true],
  ['rain counter (@rain_counter) Jun 1, 2016', true],
  ['A photo posted by hi, Marta (@martaphoto) on Jan 7, 2015 at 4:05pm PST', true],
  ['A video posted by Sam Ray (@samray) on Feb 12, 2016 at 10:31am', true],
  ['The council will vote on Tuesday, the mayor said.', false],
  ['We are on it. Read more at (@citydesk) May 3, 2017', false],
  ['She posted the photo (@martaphoto) and it went viral', false],
  ['The bridge reopens in May, 2017, officials said', false],
  ['one two three four five six seven eight nine ten words of a display (@x) May 3, 2017', false],
];

describe('embedded post signature lines', () => {
  it.each(ROWS)('%s -> %s', (text, signature) => {
    expect(isPostSignature(text)).toBe(signature);
  });
});
