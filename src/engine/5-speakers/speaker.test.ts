import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, text: string, expected: Array<[speaker: string, content: string]>];

/** A subject set off from its verb by an aside between two dashes. */
const ROWS: Row[] = [
  [
    'spaced hyphens around a relative clause',
    'Tova Haring - who coached the rowing eight for a decade - says the club will survive.',
    [['Tova Haring', 'the club will survive.']],
  ],
  [
    'em dashes around an appositive',
    'Harbour Holdings \u2014 the port\u2019s largest employer \u2014 said the cranes would be replaced.',
    [['Harbour Holdings', 'the cranes would be replaced.']],
  ],
  [
    'a negated belief after the aside',
    'Tova Haring - a former rower - doesn\u2019t believe the cuts will hurt the juniors.',
    [['Tova Haring', 'the cuts will hurt the juniors.']],
  ],
  [
    'a group no list names, before an aside',
    'The lifeguards — both seasonal hires — said the beach was closed by noon.',
    [['lifeguards', 'the beach was closed by noon.']],
  ],
  [
    'an aside after an object inside a clause gives no subject',
    'We saw the lifeguards — both seasonal hires — and said nothing.',
    [],
  ],
  [
    'a relative "who said" after a relative aside in dashes',
    'The letter reached the principal - who had run the school for years - who said the roof was unsafe.',
    [['principal', 'the roof was unsafe.']],
  ],
  [
    'a relative "who said" after a dash that closes no aside gives no subject',
    'The letter reached the principal - who said the roof was unsafe.',
    [],
  ],
  [
    'a hyphen inside a word opens no aside',
    'The Lisbon-Madrid line, a slow route, is closed for repairs.',
    [],
  ],
];

describe('subjects before a dashed aside', () => {
  it.each(ROWS)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});

/** A relative clause whose closing comma is missing before the cue. */
const UNCLOSED: Row[] = [
  [
    'who + verb: the subject is the phrase before the comma',
    'Mira Halvorsen, who spearheaded the research at the university said that visitors stayed longer.',
    [['Mira Halvorsen', 'visitors stayed longer.']],
  ],
  [
    'which + verb: the same for an institution',
    'Harbour Holdings, which funded the research at the university said that visitors stayed longer.',
    [['Harbour Holdings', 'visitors stayed longer.']],
  ],
  [
    'a comma before another clause: the phrase before the cue speaks',
    'The grant, which funded the work, ended before the university said that visitors stayed longer.',
    [['university', 'visitors stayed longer.']],
  ],
  [
    'no relative clause: the phrase before the cue speaks',
    'On Monday, the university said that visitors stayed longer.',
    [['university', 'visitors stayed longer.']],
  ],
];

describe('subjects before an unclosed relative clause', () => {
  it.each(UNCLOSED)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});

/** A place after "in" between the subject and its verb. */
const PLACED: Row[] = [
  [
    'a correspondent located by "in": the person speaks',
    'Reporter Ilse Varga in Kabul says the road will stay closed.',
    [['Ilse Varga', 'the road will stay closed.']],
  ],
  [
    'a fronted place with a comma: the subject after it speaks',
    'In Kabul, Ilse Varga says the road will stay closed.',
    [['Ilse Varga', 'the road will stay closed.']],
  ],
];

describe('subjects located by a place', () => {
  it.each(PLACED)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});

/** Names with a word the tagger reads as a name though it is also a modal or a pronoun. */
const NAMED_LIKE_WORDS: Row[] = [
  [
    'a surname spelt like a modal, before an appositive',
    'Selim Can, a member of the port board, said the cranes would be replaced.',
    [['Selim Can', 'the cranes would be replaced.']],
  ],
  [
    'a family name spelt like a pronoun, before an appositive',
    '\u201cThe cranes are old,\u201d He Minwei, a former port engineer, said on Monday.',
    [['He Minwei', 'The cranes are old,']],
  ],
  [
    'kept: a real pronoun after a quote',
    'Maria Lopez runs the port. \u201cThe cranes are old,\u201d she said on Monday.',
    [['Maria Lopez', 'The cranes are old,']],
  ],
  [
    'kept: a contraction is no name',
    'Maria Lopez runs the port. \u201cI\u2019ve seen worse,\u201d she said.',
    [['Maria Lopez', 'I\u2019ve seen worse,']],
  ],
];

describe('names with a word spelt like a modal or a pronoun', () => {
  it.each(NAMED_LIKE_WORDS)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});

/** A subject set off from its verb by a relative clause in brackets. */
const BRACKETED: Row[] = [
  [
    'a long relative clause in brackets',
    'Tova Haring (who coached the rowing eight at the club for more than a decade) noted that the boathouse would close.',
    [['Tova Haring', 'the boathouse would close.']],
  ],
  [
    'not: a long aside in brackets that is no relative clause is left as it was',
    'Tova Haring (a coach, a rower, a mother of three and a member of the town council) noted that the boathouse would close.',
    [],
  ],
];

describe('subjects before a bracketed relative clause', () => {
  it.each(BRACKETED)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
