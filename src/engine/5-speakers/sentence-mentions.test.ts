import { describe, expect, it } from 'vitest';
import { buildBlockModel } from '../1-text/model';
import { sentenceMentions, type MentionEvent } from './sentence-mentions';

const PEOPLE = new Set(['smith', 'jones', 'okafor', 'bassi']);

/** The events of a one-sentence paragraph, as short strings; `claim` marks a reported claim. */
function events(text: string, claim?: string): string[] {
  const block = buildBlockModel(0, 'paragraph', text);
  const at = claim === undefined ? -1 : text.indexOf(claim);
  const claims = at < 0 ? [] : [{ start: at, end: at + (claim ?? '').length }];
  const out = sentenceMentions(
    block,
    0,
    block.tokens.length,
    claims,
    (words) => {
      const w = words[words.length - 1] ?? '';
      return PEOPLE.has(w) ? w : undefined;
    },
    (phrase) => phrase,
  );
  return out.map((e: MentionEvent<string>) =>
    e.kind === 'name'
      ? `${e.person}:${e.role}`
      : e.kind === 'pronoun'
        ? `pronoun:${e.gender}`
        : e.kind === 'possessive'
          ? `${e.owner}:${e.gender}`
          : `group:${e.first}`,
  );
}

type Row = [what: string, text: string, claim: string | undefined, want: string[]];

const ROWS: Row[] = [
  [
    'a name before the verb is the subject, after it in passing',
    'Smith met Jones on Monday.',
    undefined,
    ['smith:subject', 'jones:other'],
  ],
  [
    'a name after a preposition is no subject',
    'In Smith’s report, Jones found errors.',
    undefined,
    ['smith:other', 'jones:subject'],
  ],
  [
    'an opening clause ends at its comma',
    'When Smith left, Jones spoke.',
    undefined,
    ['smith:subject', 'jones:subject'],
  ],
  [
    'an opening participle phrase ends at its comma',
    'Speaking after meeting Smith, Jones defended the plan.',
    undefined,
    ['smith:other', 'jones:subject'],
  ],
  [
    'an adverb before a preposition opens a phrase too',
    'Far from praising Smith, Jones criticised the plan.',
    undefined,
    ['smith:other', 'jones:subject'],
  ],
  [
    'a name opening the sentence is no opener: its comma ends nothing',
    'Jones thanked Smith, then Okafor.',
    undefined,
    ['jones:subject', 'smith:other', 'okafor:other'],
  ],
  [
    'the possessor of the subject counts as subject',
    'Smith’s plan was rejected by Jones.',
    undefined,
    ['smith:subject', 'jones:other'],
  ],
  [
    'a name inside a reported claim is the claim’s',
    'Smith said Jones would resign.',
    'Jones would resign.',
    ['smith:subject', 'jones:claim'],
  ],
  [
    'a name inside a quotation is not read',
    '“Jones will go,” Smith said.',
    undefined,
    ['smith:subject'],
  ],
  [
    '"he" outside quotes continues a chain',
    'Later he met Smith.',
    undefined,
    ['pronoun:male', 'smith:other'],
  ],
  ['"she" inside a claim does not', 'Smith said she would go.', 'she would go.', ['smith:subject']],
  [
    '"her" right after a name shows its gender',
    'Bassi and her lawyer left.',
    undefined,
    ['bassi:subject', 'group:bassi', 'bassi:female'],
  ],
  ['but not with a verb between', 'Smith praised her work.', undefined, ['smith:subject']],
  [
    'two people coordinated are a group',
    'Okafor and Jones wrote to the board.',
    undefined,
    ['okafor:subject', 'group:okafor', 'jones:subject'],
  ],
  [
    'an indefinite person noun brings someone in',
    'A reporter spoke to one young mother.',
    undefined,
    ['A reporter:subject', 'one young mother:other'],
  ],
  ['a definite one does not', 'The mother spoke.', undefined, []],
  [
    'an unknown capitalised word is no one',
    'Acme said Smith was right.',
    undefined,
    ['smith:other'],
  ],
  [
    'an indefinite person noun opening the sentence brings someone in',
    'Another blogger wondered how the bishop would react.',
    undefined,
    ['Another blogger:subject'],
  ],
  [
    'a name may modify the noun that brings someone in',
    'An Acme staffer tried to clear space.',
    undefined,
    ['An Acme staffer:subject'],
  ],
  [
    'a gendered noun brings someone in wherever it stands',
    'The police spoke to a woman at the clinic.',
    undefined,
    ['a woman:other'],
  ],
  [
    'an ungendered person noun later in the sentence brings no one in',
    'The police spoke to a blogger at the clinic.',
    undefined,
    [],
  ],
  [
    'a noun that names no person brings no one in',
    'A subtle reminder came from the clinic.',
    undefined,
    [],
  ],
];

describe('sentenceMentions', () => {
  it.each(ROWS)('%s', (_what, text, claim, want) => {
    expect(events(text, claim)).toEqual(want);
  });
});
