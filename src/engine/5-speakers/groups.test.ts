import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

type Row = [name: string, text: string, expected: Array<[speaker: string, content: string]>];

/**
 * Subjects of a reporting verb that name a group by a quantifier or a share ("Those in favor of
 * the ban", "Most of us", "Fifty-one percent"), and words between a subject and its verb ("in
 * March", "twice"). Invented sentences, with negative twins.
 */
const ROWS: Row[] = [
  [
    'a demonstrative quantifier with a post-modifier',
    'Those in favor of a new stadium have said that the city cannot afford it.',
    [['Those in favor of a new stadium', 'the city cannot afford it.']],
  ],
  [
    'a quantifier of a named group',
    'Some of the farmers said the river had never risen so fast.',
    [['Some of the farmers', 'the river had never risen so fast.']],
  ],
  [
    'a quantifier of an object pronoun',
    'Many of them say the new rules are unfair to tenants.',
    [['Many of them', 'the new rules are unfair to tenants.']],
  ],
  ['not an object pronoun alone', 'The ruling left them unsure, and the rules are unfair.', []],
  [
    'a share in a poll, spelled out',
    'Sixty-two percent say the council should resign.',
    [['Sixty-two percent', 'the council should resign.']],
  ],
  [
    'a share in a poll, "per cent"',
    'In the survey, 48 per cent say the economy is getting worse.',
    [['48 per cent', 'the economy is getting worse.']],
  ],
  [
    'a month between subject and verb',
    'Okafor in March revealed plans to close the northern plant by 2027.',
    [['Okafor', 'plans to close the northern plant by 2027.']],
  ],
  [
    'a calendar unit led by "last"',
    'The regulator last week said the fines would be doubled.',
    [['regulator', 'the fines would be doubled.']],
  ],
  [
    '"twice" between auxiliary and verb',
    'The label has twice denied withholding the royalties.',
    [['label', 'withholding the royalties.']],
  ],
  [
    '"so far" between auxiliary and verb',
    'The ministry has so far denied any role in the blockade.',
    [['ministry', 'any role in the blockade.']],
  ],
  [
    '"thus far" between auxiliary and verb',
    'The club has thus far insisted the coach would stay.',
    [['club', 'the coach would stay.']],
  ],
  [
    'a relative "that said" after a document',
    'The firm published a memo that said staff would return to the office in May.',
    [['a memo', 'staff would return to the office in May.']],
  ],
];

describe('group and share subjects', () => {
  it.each(ROWS)('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
