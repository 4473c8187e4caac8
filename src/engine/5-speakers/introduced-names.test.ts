import { describe, expect, it } from 'vitest';
import { buildBlockModel } from '../1-text/model';
import { collectNames } from '../testing/names';
import { personAppositive, personBefore } from './introduced-names';

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

  it.each([
    [
      "a possessor's kin noun",
      "On Monday, Mr Roe's daughter, Tessaly, who lives nearby, wept.",
      'tessaly',
      'daughter',
    ],
    ['a possessive and a kin noun', 'He came with his wife, Orla, to the hearing.', 'orla', 'wife'],
    ['an occupation', 'We spoke to the driver, Pelko, after the crash.', 'pelko', null],
  ])('holds the name after %s as a person', (_what, text, key, role) => {
    const known = collectNames([text]).get(key);
    expect(known?.person).toBe(true);
    if (role !== null) expect(known?.roles.has(role)).toBe(true);
  });

  it.each([
    ['a place after a noun', 'She moved to the coast, Harwick, in May.', 'harwick'],
    ['a list of places', 'They toured cities, Lyon, Nantes, and more.', 'lyon'],
    ['a name running on', 'We met the mother, Orla Vane, there.', 'orla'],
  ])('holds no lone name for %s', (_what, text, key) => {
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

  it.each([
    ["Mr Roe's daughter", 'daughter'],
    ['his older brother', 'brother'],
    ['a nurse', 'nurse'],
    ['the coast', null],
    ['the tests went well', null],
  ])('reads "%s, Kim," as a person phrase headed by %s', (phrase, head) => {
    const block = buildBlockModel(0, 'paragraph', `${phrase}, Kim, left.`);
    const comma = block.tokens.findIndex((t) => t.text === ',');
    expect(personBefore(block, comma)).toBe(head);
  });
});
