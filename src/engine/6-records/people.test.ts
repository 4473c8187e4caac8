import { describe, expect, it } from 'vitest';
import { buildBlockModel } from '../1-text/model';
import { isPersonNoun } from '../lexicon/people';
import { personsNamed, type PersonMention } from './people';

/** The people named in the first sentence of `text`, with surnames in `known` known to be persons. */
function named(
  text: string,
  known: string[] = [],
): Array<Partial<PersonMention> & { name: string }> {
  const block = buildBlockModel(0, 'paragraph', text);
  const sentence = block.sentences[0];
  if (sentence === undefined) return [];
  return personsNamed(block, sentence, (w) => (known.includes(w) ? 'person' : null)).map((m) => ({
    name: text.slice(block.tokens[m.from]?.start ?? 0, block.tokens[m.to - 1]?.end ?? 0),
    gender: m.gender,
    subject: m.subject,
    possessive: m.possessive,
    described: m.described,
  }));
}

describe('personsNamed', () => {
  it.each([
    [
      'a known first name shows gender; a subject before its verb',
      'Laura Quint visited the farm.',
      [],
      [
        {
          name: 'Laura Quint',
          gender: 'female',
          subject: true,
          possessive: false,
          described: false,
        },
      ],
    ],
    [
      'an adverb between the subject and its verb',
      'Laura Quint also said the farm was sold.',
      [],
      [
        {
          name: 'Laura Quint',
          gender: 'female',
          subject: true,
          possessive: false,
          described: false,
        },
      ],
    ],
    [
      'kept: an adverb before no verb leaves an object',
      'They met Laura Quint only once.',
      [],
      [
        {
          name: 'Laura Quint',
          gender: 'female',
          subject: false,
          possessive: false,
          described: false,
        },
      ],
    ],
    [
      'a person noun before a name is evidence and description',
      'After the novelist Jo Walton explained it, we left.',
      [],
      [{ name: 'Jo Walton', gender: null, subject: true, possessive: false, described: true }],
    ],
    [
      'a possessive after the name shows gender',
      'When Dane visited his editor Kit Ramsey at her office, they argued.',
      ['dane'],
      [
        { name: 'Dane', gender: 'male', subject: true, possessive: false, described: false },
        {
          name: 'Kit Ramsey',
          gender: 'female',
          subject: false,
          possessive: false,
          described: true,
        },
      ],
    ],
    [
      'an honorific and its period stay in the name',
      'On Friday, Mrs. Dane phoned the office.',
      [],
      [{ name: 'Mrs. Dane', gender: 'female', subject: true, possessive: false, described: false }],
    ],
    [
      'a possessive owner is marked',
      'Laura Quint’s deputy resigned.',
      [],
      [
        {
          name: 'Laura Quint’s',
          gender: 'female',
          subject: false,
          possessive: true,
          described: false,
        },
      ],
    ],
    [
      'an appositive after the name describes them',
      'Tom Weller, a farmer, disagrees.',
      [],
      [{ name: 'Tom Weller', gender: 'male', subject: false, possessive: false, described: true }],
    ],
    [
      'a relative clause after the name introduces them',
      'Costs worry Tom Weller, who farms near the river.',
      [],
      [{ name: 'Tom Weller', gender: 'male', subject: false, possessive: false, described: true }],
    ],
    [
      'a name after a comma with no relative or article is not described',
      'Costs worry Tom Weller, whose farm floods.',
      [],
      [{ name: 'Tom Weller', gender: 'male', subject: false, possessive: false, described: false }],
    ],
    [
      'a name set off by commas right before the verb renames the subject',
      'Then one of the nurses, Tom Weller, walked out.',
      [],
      [{ name: 'Tom Weller', gender: 'male', subject: true, possessive: false, described: false }],
    ],
    [
      'a name set off by commas in a list is no subject',
      'They thanked the cooks, Tom Weller, and the nurses.',
      [],
      [{ name: 'Tom Weller', gender: 'male', subject: false, possessive: false, described: false }],
    ],
    [
      'coordinated names are both subjects',
      'The nurse Claire Morel and the doctor Kim Lark run it now.',
      [],
      [
        {
          name: 'Claire Morel',
          gender: 'female',
          subject: true,
          possessive: false,
          described: true,
        },
        { name: 'Kim Lark', gender: null, subject: true, possessive: false, described: true },
      ],
    ],
    [
      'an unnamed person introduced with a relative clause',
      'We spoke to one mother, who asked not to be named.',
      [],
      [
        {
          name: 'one mother',
          gender: 'female',
          subject: false,
          possessive: false,
          described: true,
        },
      ],
    ],
  ])('%s', (_name, text, known, expected) => expect(named(text, known)).toEqual(expected));

  it.each([
    ['a lone capitalised word with no evidence', 'Dane visited the farm.'],
    ['places and institutions', 'New Zealand and the Tor Press Office agreed.'],
    ['names inside quotations', '“Laura Quint visited,” he said.'],
    ['"the" and a role: someone named elsewhere', 'The mother of the victim spoke first.'],
  ])('no one: %s', (_name, text) => expect(named(text)).toEqual([]));
});

describe('isPersonNoun', () => {
  it.each([
    ['novelist', true, true],
    ['filmmaker', true, true],
    ['editor', true, true],
    ['mother', false, true],
    ['whether', false, false],
    ['paper', true, false],
    ['water', true, false],
  ])('%s (noun: %s) → %s', (word, noun, expected) =>
    expect(isPersonNoun(word, noun)).toBe(expected),
  );
});
