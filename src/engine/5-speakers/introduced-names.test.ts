import { describe, expect, it } from 'vitest';
import { buildBlockModel } from '../1-text/model';
import { collectNames } from '../testing/names';
import { personAppositive } from './introduced-names';

describe('introduced names', () => {
  it.each([
    ['an age', 'I phoned Mireth, a 15-year-old who lives in Leeds.', 'mireth'],
    ['an occupation', 'We met Toska, a nurse at the clinic, in May.', 'toska'],
    ['a kin noun after a possessive', 'She brought Dovan, her brother, along.', 'dovan'],
    ['a role word', 'They asked Pelko, a spokesman for the club.', 'pelko'],
    ['a modifier before the head', 'I wrote to Ansel, a retired school teacher.', 'ansel'],
  ])('holds a lone given name with %s as a person', (_what, text, key) => {
    const known = collectNames([text]).get(key);
    expect(known?.person).toBe(true);
    expect(known?.name.toLowerCase()).toBe(key);
  });

  it.each([
    ['a place', 'We flew to Harwick, a town in the north.', 'harwick'],
    ['a company', 'She joined Zentrix, a firm that builds boats.', 'zentrix'],
    ['an acronym', 'He cited NORAD, a command in Colorado.', 'norad'],
    ['a clause after a fronted adverb', 'It rained. Later, a man was seen.', 'later'],
    ['an appositive running into a verb', 'We saw Ravel, a man said.', 'ravel'],
    ['a word opening a sentence', 'It ended. Kelvar, a teacher, left.', 'kelvar'],
  ])('holds no person for %s', (_what, text, key) => {
    expect(collectNames([text]).get(key)?.person ?? false).toBe(false);
  });

  it('leaves a word of a full name to that person', () => {
    const names = collectNames(['Mireth Vale spoke.', 'I phoned Mireth, a 15-year-old.']);
    expect(names.has('mireth')).toBe(false);
    expect(names.has('mireth vale')).toBe(true);
  });

  it.each([
    ['a 13-year-old who lives here', '13-year-old'],
    ['her mother, who', 'mother'],
    ['an elderly farmer.', 'farmer'],
    ['a city in Texas', null],
    ['the mayor', null],
    ['a man was seen', null],
  ])('reads "%s" as headed by %s', (phrase, head) => {
    const block = buildBlockModel(0, 'paragraph', `Kim, ${phrase}`);
    expect(personAppositive(block, 2)).toBe(head);
  });
});
