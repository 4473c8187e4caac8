import { describe, expect, it } from 'vitest';
import { buildBlockModel } from '../1-text/model';
import { collectNames } from '../testing/names';
import { markOrganisations, type OrgHints } from './org-evidence';

/** The names one invented paragraph gives evidence of a body for. */
function hinted(text: string): string[] {
  const hints: OrgHints = new Map();
  markOrganisations(buildBlockModel(0, 'paragraph', text), new Map(), hints);
  return [...hints.keys()];
}

describe('markOrganisations', () => {
  it.each([
    { text: "Zyntro's shares fell by a third on Monday.", want: ['zyntro'] },
    { text: 'A Zyntro spokeswoman declined to comment.', want: ['zyntro'] },
    { text: "Quorvel's chief executive resigned in May.", want: ['quorvel'] },
    { text: 'Kestrel Farms, which sells eggs, was fined.', want: ['kestrel farms'] },
    { text: 'Zyntro Inc cut its forecast.', want: ['zyntro'] },
    { text: 'Ann Lee, an analyst at Brindle Loop, said sales slowed.', want: ['brindle loop'] },
    { text: 'Quorvel analysts expect a loss.', want: ['quorvel'] },
    { text: 'Brindle Loop says that screens at its stations failed.', want: ['brindle loop'] },
  ])('a body: $text', ({ text, want }) => {
    expect(hinted(text)).toEqual(want);
  });

  it.each([
    // A verb, not a noun, after the name.
    'Sabrov shares the formula he used.',
    // A person, by a first name or a title.
    "Maria Oduya's spokesman declined to comment.",
    "Mr. Sabrov's staff declined to comment.",
    // A place speaks through its government.
    "France's officials declined to comment.",
    // "at" after no person noun.
    'They met at Brindle Loop on Friday.',
    // Closed-class words and acronyms.
    'Its shares fell.',
    "NASA's officials said so.",
    // "its" after a lone word, or with another phrase it may refer to between.
    'Zyntro said it would cut its prices.',
    'Ola Brandt said the agency raised its fees.',
  ])('no body: %s', (text) => {
    expect(hinted(text)).toEqual([]);
  });
});

describe('settleOrganisations', () => {
  it.each([
    {
      what: 'a lone word the article names no person by becomes a thing',
      text: ["Zyntro's shares fell.", 'Zyntro said it would cut jobs.'],
      key: 'zyntro',
      want: { person: false, thing: true },
    },
    {
      what: 'a name whose only sign of a person is acting as a subject is the body',
      text: ['Kestrel Farms grew fast.', 'Farms said it would grow.', "Farms's shares rose."],
      key: 'kestrel farms',
      want: { person: false, thing: true },
    },
    {
      what: 'a name ending in a word only a body holds is a thing',
      text: ['Brindle Analytics said sales fell.'],
      key: 'brindle analytics',
      want: { person: false, thing: true },
    },
    {
      what: 'a name no person holds with the word as its surname goes with it',
      text: ['A top Zyntro executive spoke.', 'The US Zyntro store shut.'],
      key: 'us zyntro',
      want: { thing: true },
    },
    {
      what: 'a titled person keeps being one, a spokesman or not',
      text: ['Senator Ola Brandt spoke.', "Brandt's spokesman declined to comment."],
      key: 'ola brandt',
      want: { person: true },
    },
    {
      what: 'a first name keeps a person one',
      text: ["Maria Oduya's staff declined to comment."],
      key: 'maria oduya',
      want: { person: true },
    },
  ])('$what', ({ text, key, want }) => {
    expect(collectNames(text).get(key)).toMatchObject(want);
  });

  it.each([
    { text: 'Zindri Okolo said his team would appeal.', want: true },
    { text: "Zindri Okolo's staff said she would appeal.", want: true },
    // Another name between, or a new sentence: the pronoun may be someone else's.
    { text: 'Kestrel Loop hired Ann Lee after she left.', want: false },
    { text: 'Kestrel Loop grew. He left.', want: false },
  ])('a pronoun soon after makes a person: $text', ({ text, want }) => {
    expect(
      collectNames([text]).get(
        text.split(' ').slice(0, 2).join(' ').toLowerCase().replace(/'s$/, ''),
      )?.person,
    ).toBe(want);
  });

  it('adds no lone word that is part of a person name', () => {
    const names = collectNames([
      'Senator Ola Brandt spoke.',
      "Brandt's staff declined to comment.",
    ]);
    expect(names.has('brandt')).toBe(false);
  });
});
