import { describe, expect, it } from 'vitest';
import { collectNames, knownName } from '../testing/names';
import {
  longestContaining,
  lookupName,
  nameWithRole,
  personHolding,
  type KnownName,
} from './known-names';
import { surnameOf } from '../lexicon/people';

const known = knownName;

/** A names map as the pre-pass builds it: lower-cased full name → name, in article order. */
const article = (...names: KnownName[]): Map<string, KnownName> =>
  new Map(names.map((k) => [k.name.toLowerCase(), k]));

describe('lookupName with a given name and "Jr."', () => {
  const junior = (name: string): KnownName => ({
    ...known(name),
    surname: surnameOf(name.toLowerCase().split(' ')),
  });
  it.each([
    // The son named first or last: a lone given name goes to the full name, never the suffixed one.
    [[junior('Dale Jr.'), junior('Dale Quill')], 'dale', 'Dale Quill'],
    [[junior('Dale Quill'), junior('Dale Sr.')], 'dale', 'Dale Quill'],
    // The suffix written reaches the son.
    [[junior('Dale Quill'), junior('Dale Jr.')], 'dale jr.', 'Dale Jr.'],
    // A surname's suffix still leaves the surname to find ("Ray Quill Jr." by "Quill").
    [[junior('Ray Quill Jr.')], 'quill', 'Ray Quill Jr.'],
    // With no other Dale, a lone "Dale" is not taken for the son.
    [[junior('Dale Jr.')], 'dale', undefined],
  ])('%j: %s → %s', (names, word, want) => {
    expect(lookupName(article(...names), word)?.name).toBe(want);
  });
});

describe('lookupName', () => {
  const names = article(
    known('Emmanuel Macron', ['president']),
    known('Lee Jae-myung'),
    known('John Smith'),
    known('Jane Smith'),
    known('Anne-Sophie Dubois'),
  );
  it.each([
    ['macron', 'Emmanuel Macron'],
    // A hyphenated given name finds its full name whole, and by either part.
    ['anne-sophie', 'Anne-Sophie Dubois'],
    ['sophie', 'Anne-Sophie Dubois'],
    ['jae-myung', 'Lee Jae-myung'],
    ['sophie-anne', undefined],
    // Family name first: the first word finds the name when no surname does.
    ['lee', 'Lee Jae-myung'],
    // Two people share a surname: the first introduced.
    ['smith', 'John Smith'],
    ['nobody', undefined],
  ])('%s → %s', (word, want) => {
    expect(lookupName(names, word)?.name).toBe(want);
  });

  it('prefers a longer form of the first name with that surname', () => {
    const names = article(known('Robert Parata'), known('Te Kaurinui Robert Parata'));
    expect(lookupName(names, 'parata')?.name).toBe('Te Kaurinui Robert Parata');
  });
});

describe('longestContaining', () => {
  const names = article(known('Kaurinui Robert'), known('Te Kaurinui Robert Parata'));
  it.each([
    [['Te', 'Kaurinui'], 'Te Kaurinui Robert Parata'],
    [['Kaurinui', 'Robert'], 'Te Kaurinui Robert Parata'],
    // Whole words only: "Kauri" is no part of "Kaurinui".
    [['Kauri'], undefined],
    [['Robert', 'Te'], undefined],
  ])('%j → %s', (words, want) => {
    expect(longestContaining(names, words)?.name).toBe(want);
  });
});

describe('a fuller name met after the name itself', () => {
  const often = (name: string, mentions: number): KnownName => known(name, [], true, mentions);
  it.each([
    // Named often, then once a fuller namesake (a son named after his father): the name itself.
    [[often('Dale Quill', 9), often('Omar Dale Quill', 1)], ['Dale', 'Quill'], 'Dale Quill'],
    [[often('Dale Quill', 9), often('Omar Dale Quill', 1)], ['Quill'], 'Dale Quill'],
    // The fuller name first: the same person's full name, however often the short one comes.
    [[often('Omar Dale Quill', 1), often('Dale Quill', 9)], ['Dale', 'Quill'], 'Omar Dale Quill'],
    [[often('Omar Dale Quill', 1), often('Dale Quill', 9)], ['Quill'], 'Omar Dale Quill'],
    // Met later but named as often: the fuller form.
    [[often('Dale Quill', 2), often('Omar Dale Quill', 2)], ['Dale', 'Quill'], 'Omar Dale Quill'],
    [[often('Dale Quill', 2), often('Omar Dale Quill', 2)], ['Quill'], 'Omar Dale Quill'],
  ])('%j: %j → %s', (names, words, want) => {
    const map = article(...names);
    const got =
      words.length > 1
        ? longestContaining(map, words)
        : lookupName(map, (words[0] ?? '').toLowerCase());
    expect(got?.name).toBe(want);
  });
});

describe('nameWithRole', () => {
  const names = article(
    known('Ann Lee', ['minister'], true, 1),
    known('Bob Reyes', ['minister'], true, 3),
    known('Minister House', ['minister'], false, 9),
    known('Carl Ode', ['ceo'], true, 1),
  );
  it.each([
    // The person the article names most often; a name not known to be a person is skipped.
    ['minister', 'Bob Reyes'],
    ['ceo', 'Carl Ode'],
    ['mayor', undefined],
  ])('%s → %s', (role, want) => {
    expect(nameWithRole(names, role)?.name).toBe(want);
  });
});

describe('personHolding', () => {
  const names = article(
    known('Hemi Tane'),
    known('Rawiri Moana Tane'),
    known('Rawiri Moana', [], false),
    known('Grand Ole Opry', [], false),
  );
  it.each([
    [['rawiri', 'moana'], 'Rawiri Moana Tane'],
    [['moana', 'tane'], 'Rawiri Moana Tane'],
    [['hemi', 'tane'], 'Hemi Tane'],
    // Not a person's name; a single word is `lookupName`'s.
    [['ole', 'opry'], undefined],
    [['tane'], undefined],
    [['moana', 'rawiri'], undefined],
  ])('%j → %s', (words, want) => {
    expect(personHolding(names, words)?.name).toBe(want);
  });
});

// "Dai Shuqin said ... Mrs Dai said": a one-word name the pre-pass learnt from "Mrs Dai" is the
// one full name that opens with it.
describe('lookupName for a one-word name that opens one full name', () => {
  it.each([
    ['the one full name opening with it', [known('Lin Meihua'), known('Lin')], 'lin', 'Lin Meihua'],
    [
      'two full names open with it',
      [known('Lin Meihua'), known('Lin Wei'), known('Lin')],
      'lin',
      'Lin',
    ],
    [
      'another name has it as its surname',
      [known('Lin Meihua'), known('Ada Lin'), known('Lin')],
      'lin',
      'Ada Lin',
    ],
    ['a state’s name', [known('Jordan Pell'), known('Jordan')], 'jordan', 'Jordan'],
    [
      'a surname, as before',
      [known('Michael Jordan'), known('Jordan')],
      'jordan',
      'Michael Jordan',
    ],
    ['a name not yet a person', [known('Lin Meihua', [], false), known('Lin')], 'lin', 'Lin'],
  ])('%s', (_what, names, word, want) => {
    expect(lookupName(article(...names), word)?.name).toBe(want);
  });

  it('reaches the full name from an honorific and the first word, end to end', () => {
    const names = collectNames([
      'Lin Meihua, a 58-year-old teacher, said she had waited all night.',
      'Mrs Lin said the wait was long.',
    ]);
    expect(lookupName(names, 'lin')?.name).toBe('Lin Meihua');
  });
});
