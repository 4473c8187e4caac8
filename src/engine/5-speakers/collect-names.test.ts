import { describe, expect, it } from 'vitest';
import { collectNames as collect } from '../testing/names';
import { buildBlockModel } from '../1-text/model';
import { collectNamesInSteps } from './collect-names';

describe('collectNamesInSteps', () => {
  it.each([
    {
      what: 'a title before the name gives a role and makes a person',
      text: ['French President Emmanuel Macron visited Berlin on Monday.'],
      key: 'emmanuel macron',
      want: { name: 'Emmanuel Macron', roles: ['french', 'president'], person: true },
    },
    {
      what: 'a title before the lone surname, later, does the same',
      text: ['Benjamin Netanyahu arrived.', 'Prime Minister Netanyahu left.'],
      key: 'benjamin netanyahu',
      want: { name: 'Benjamin Netanyahu', roles: ['prime', 'minister'], person: true },
    },
    {
      what: 'the surname alone next to a speech verb makes a person',
      text: ['Maria Bassi runs the lab.', 'Bassi said the tests were safe.'],
      key: 'maria bassi',
      want: { name: 'Maria Bassi', roles: [], person: true },
    },
    {
      what: 'the surname alone as the subject of a past-tense verb makes a person',
      text: ['Zeev Bassi runs the lab.', 'Last year Bassi moved it to the coast.'],
      key: 'zeev bassi',
      want: { name: 'Zeev Bassi', roles: [], person: true },
    },
    {
      what: 'the surname alone before a present-tense verb is no such evidence',
      text: ['Zeev Bassi runs the lab.', 'Last year Bassi runs it from the coast.'],
      key: 'zeev bassi',
      want: { name: 'Zeev Bassi', roles: [], person: false },
    },
    {
      what: 'a surname that is also a modal stays in the name before a past form',
      text: ['Olga Can said the talks were calm.'],
      key: 'olga can',
      want: { name: 'Olga Can', roles: [], person: true },
    },
    {
      what: 'a name with no such evidence is not yet a person',
      text: ['Zeev Bassi runs the lab.'],
      key: 'zeev bassi',
      want: { name: 'Zeev Bassi', roles: [], person: false },
    },
    {
      what: 'a common first name makes a person',
      text: ['Maria Bassi runs the lab.'],
      key: 'maria bassi',
      want: { name: 'Maria Bassi', roles: [], person: true },
    },
    {
      what: 'a lower-case role word before the name makes a person with that role',
      text: ['Hawks coach Zeev Bassi was pleased.'],
      key: 'zeev bassi',
      want: { name: 'Zeev Bassi', roles: ['coach'], person: true },
    },
    {
      what: 'so does a profession ("the novelist")',
      text: ['It was the novelist Zeev Bassi who explained it.'],
      key: 'zeev bassi',
      want: { name: 'Zeev Bassi', roles: ['novelist'], person: true },
    },
    {
      what: 'a qualifying word before the name gives no role',
      text: ['The state Zeev Bassi won voted early.'],
      key: 'zeev bassi',
      want: { name: 'Zeev Bassi', roles: [], person: false },
    },
    {
      what: 'a title before a lone surname the article never completes makes a name of it',
      text: ['President Okafor spoke.', 'Mr. Okafor left.'],
      key: 'okafor',
      want: { name: 'Okafor', roles: ['president', 'mr'], person: true },
    },
    {
      what: 'a name taking "which" is a thing',
      text: ['Energy Control, which has been running tests, said so.', 'Control said it.'],
      key: 'energy control',
      want: { name: 'Energy Control', roles: [], person: false, thing: true },
    },
    {
      what: 'a name taking "who" is a person',
      text: ['Zeev Bassi, who ran the lab, retired.'],
      key: 'zeev bassi',
      want: { name: 'Zeev Bassi', roles: [], person: true },
    },
    {
      what: 'a name taking "who" after a thing\'s "which" stays a thing',
      text: ['Vorn Labs, which tests drugs, grew.', 'Vorn Labs, who knew, grew.'],
      key: 'vorn labs',
      want: { name: 'Vorn Labs', roles: [], person: false, thing: true },
    },
    {
      what: 'a word opening two untitled names is a brand: its speech makes no person',
      text: ['Zentro Maps and Zentro Glass were shown.', 'Zentro said both would ship soon.'],
      key: 'zentro maps',
      want: { name: 'Zentro Maps', roles: [], person: false },
    },
    {
      what: 'a family name opening two names, one titled, still makes a person',
      text: [
        'Choi Ji-won arrived.',
        'Interior Minister Choi Sang-ho left.',
        'Choi said the vote was fair.',
      ],
      key: 'choi ji-won',
      want: { name: 'Choi Ji-won', roles: [], person: true },
    },
    {
      what: 'a lone word after "the" is a team or a product, not a person',
      text: ['Dorrin Ravens lost again.', 'The Ravens signed a new coach.'],
      key: 'dorrin ravens',
      want: { name: 'Dorrin Ravens', roles: [], person: false },
    },
    {
      what: 'the same lone word with no article acts as a person',
      text: ['Dorrin Ravens lost again.', 'Ravens signed a new coach.'],
      key: 'dorrin ravens',
      want: { name: 'Dorrin Ravens', roles: [], person: true },
    },
    {
      what: 'a surname spelt like a role, after a common first name',
      text: ['Miriam Elder wrote the letter.'],
      key: 'miriam elder',
      want: { name: 'Miriam Elder', roles: [] },
    },
    {
      what: 'a surname spelt like a place word, after a common first name',
      text: ['Howard Lake chaired the panel.'],
      key: 'howard lake',
      want: { name: 'Howard Lake', roles: [] },
    },
    {
      what: 'a surname spelt like a role abbreviation, after a title',
      text: ['Prime Minister Tavo Sen opened the bridge.'],
      key: 'tavo sen',
      want: { name: 'Tavo Sen', roles: ['prime', 'minister'], person: true },
    },
  ])('$what', ({ text, key, want }) => {
    const known = collect(text).get(key);
    expect(known).toMatchObject({ ...want, roles: new Set(want.roles) });
  });

  it.each([
    ['a place', 'Sydney Harbour was calm.', 'sydney harbour'],
    ['an institution', 'The Defence Ministry said nothing.', 'defence ministry'],
    ['a ministry after a qualifying title', 'The Foreign Ministry said nothing.', 'ministry'],
    ['a role after a title', 'Prime Minister said nothing.', 'minister'],
    ['a place word after a word that is no first name', 'Crater Lake froze.', 'crater lake'],
    ['a role word after a word that is no first name', 'Tribal Elder spoke.', 'tribal elder'],
    ['a clause opened by a gerund', 'Cooking Olde Stew is fun.', 'cooking olde stew'],
    ['a gerund opening a later sentence', 'He left. Sorting Mail took hours.', 'sorting mail'],
    ['a capitalised "With" before a name', 'Q&A With Omar Quill', 'with omar quill'],
    ['an article "A" that is no initial', 'Omar A Quill Story', 'omar a quill story'],
    [
      'a dotted acronym before a title',
      'The U.S. Envoy Ivo Brandt spoke.',
      'u.s. envoy ivo brandt',
    ],
    ['a dotted acronym before a body', 'U.N. Relief Agency staff left.', 'u.n. relief agency'],
  ])('collects no name for %s', (_what, text, key) => {
    expect(collect([text]).has(key)).toBe(false);
  });

  it.each([
    ['a word in "-ing" inside a sentence', 'We met Sterling Bassi there.', 'sterling bassi'],
    ['a middle initial "A."', 'According to Omar A. Quill, it rained.', 'omar a. quill'],
    ['a name after a capitalised "With"', 'Q&A With Omar Quill', 'omar quill'],
    ['given names as dotted initials', 'It is T.R. Vasko’s third film.', 't.r. vasko'],
    ['dotted initials opening a sentence', 'A.J. Brill directed it.', 'a.j. brill'],
  ])('still collects %s', (_what, text, key) => {
    expect(collect([text]).has(key)).toBe(true);
  });

  // "Zeev, 34, came second": only a person's lone name takes an age set off by commas.
  it.each([
    ['the first name alone with an age', 'Zeev, 34, came second.', true],
    ['the surname alone with an age', 'Bassi, 7, came second.', true],
    ['a year or a count between commas', 'In Bassi, 2019, 300, were sold.', false],
    ['a number not closed by a comma', 'Bassi, 12 stores and a mill were sold.', false],
  ])('%s: person %s', (_what, later, person) => {
    const known = collect(['Zeev Bassi runs the lab.', later]).get('zeev bassi');
    expect(known?.person).toBe(person);
  });

  // "Sir Ivo Brandt ... Sir Ivo said": a title written before a given name takes no surname.
  it.each([
    [
      '"Sir" before the given name of a full name',
      ['Sir Ivo Brandt spoke.', 'Sir Ivo left.'],
      'ivo',
      false,
    ],
    ['"Dame" likewise', ['Dame Olga Quill spoke.', 'Dame Olga left.'], 'olga', false],
    ['"Sir" before a name the article never completes', ['Sir Ivo left early.'], 'ivo', true],
    ['"Mr" before a surname', ['Ivo Brandt spoke.', 'Mr Ivo left.'], 'ivo', true],
  ])('%s: known %s', (_what, text, key, want) => {
    expect(collect(text).has(key)).toBe(want);
  });

  // A headline capitalises every word: a "surname" after a title there must keep its capital in
  // running text too.
  it.each([
    ['a headline verb after a role', 'How a Young Filmmaker Revived the Opera', 'revived', false],
    ['a surname the body writes too', 'A Big Win for Senator Quill', 'quill', true],
    ['a surname only the headline writes', 'A Big Win for Senator Dale', 'dale', false],
  ])('%s: known %s', (_what, headline, key, want) => {
    const blocks = [
      buildBlockModel(0, 'headline', headline),
      buildBlockModel(1, 'paragraph', 'The vote was close, and Quill was pleased with it.'),
    ];
    const steps = collectNamesInSteps(blocks);
    let step = steps.next();
    while (step.done !== true) step = steps.next();
    expect(step.value.has(key)).toBe(want);
  });
});
