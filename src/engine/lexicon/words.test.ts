import { describe, expect, it } from 'vitest';
import {
  AUXILIARIES,
  BE_FORMS,
  CARDINALS,
  CLAUSE_RELATIVES,
  CLOSING_QUOTE_MARKS,
  CONDITION_OPENERS,
  DEMONSTRATIVES,
  FRONTED_SUBORDINATORS,
  IRREGULAR_PLURALS,
  subjectPronoun,
  WH_WORDS,
  TIME_WORDS,
} from './words';
import { simplify } from '../testing/simplify';

/** The demonstratives that point back at a claim ("that is ...", "that suspicion"). */
describe('DEMONSTRATIVES', () => {
  it.each(['that', 'this'])('%s points back', (w) => {
    expect(DEMONSTRATIVES.has(w)).toBe(true);
  });
  it.each(['these', 'the', 'which'])('%s does not', (w) => {
    expect(DEMONSTRATIVES.has(w)).toBe(false);
  });
});

/** Number words that make the next verb-like word a counted noun ("seven states"). */
describe('CARDINALS', () => {
  it.each(['seven', 'twenty', 'dozens', 'thousands'])('%s counts', (w) => {
    expect(CARDINALS.has(w)).toBe(true);
  });
  it.each(['one', 'the', 'many', 'first'])('%s does not', (w) => {
    expect(CARDINALS.has(w)).toBe(false);
  });
});

/** Subordinators whose fronted clause is a claim of its own ("Even if X, he said, Y"). */
describe('CONDITION_OPENERS', () => {
  it.each(['if', 'unless', 'although', 'though', 'while', 'whereas'])(
    '%s states a condition',
    (w) => {
      expect(CONDITION_OPENERS.has(w)).toBe(true);
    },
  );
  it.each(['when', 'after', 'before', 'because', 'once'])('%s does not', (w) => {
    expect(CONDITION_OPENERS.has(w)).toBe(false);
  });
});

/** Subordinators whose fronted clause holds a claim that ends with it ("When X said Y, Z ..."). */
describe('FRONTED_SUBORDINATORS', () => {
  it.each(['when', 'after', 'because', 'since', 'if', 'once', 'until'])(
    '%s fronts a clause',
    (w) => {
      expect(FRONTED_SUBORDINATORS.has(w)).toBe(true);
    },
  );
  it.each(['that', 'as', 'and', 'which', 'so'])('%s does not', (w) => {
    expect(FRONTED_SUBORDINATORS.has(w)).toBe(false);
  });
});

/** Plurals with no final "s", which agree with a plural verb ("the children believe"). */
describe('IRREGULAR_PLURALS', () => {
  it.each(['women', 'children', 'teeth', 'data', 'mice', 'people', 'police'])(
    '%s is plural',
    (w) => {
      expect(IRREGULAR_PLURALS.has(w)).toBe(true);
    },
  );
  it.each(['woman', 'child', 'tooth', 'news', 'series'])('%s is not', (w) => {
    expect(IRREGULAR_PLURALS.has(w)).toBe(false);
  });
});

/** Subject pronouns, bare or fused with an auxiliary ("he's", "I'm"), and words that are neither. */
describe('subjectPronoun', () => {
  it.each([
    ['he', 'he'],
    ["he's", 'he'],
    ["i'm", 'i'],
    ["we've", 'we'],
    ["they're", 'they'],
    ["it'll", 'it'],
  ])('%s is %s', (w, p) => {
    expect(subjectPronoun(w)).toBe(p);
  });
  it.each(["let's", "who's", "that's", 'hers', "he'"])('%s is none', (w) => {
    expect(subjectPronoun(w)).toBeUndefined();
  });
});

/** Time words that may follow a cue ("reported last fall") or open a sentence. */
describe('TIME_WORDS', () => {
  it.each(['friday', 'week', 'fall', 'winter', 'months'])('%s is a time', (w) => {
    expect(TIME_WORDS.has(w)).toBe(true);
  });
  it.each(['season', 'quarter', 'deadline'])('%s is not', (w) => {
    expect(TIME_WORDS.has(w)).toBe(false);
  });
  it.each([
    ['a season after the verb', 'As the Gazette reported last spring, the mill closed for good.'],
    ['a count of months', 'As the Gazette reported months ago, the mill closed for good.'],
  ])('an "As X reported" frame closes over %s', (_name, text) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual([
      ['Gazette', 'the mill closed for good.'],
    ]);
  });
});

/** Closing marks, straight and curly; opening curly marks and brackets are not among them. */
describe('CLOSING_QUOTE_MARKS', () => {
  it.each(['"', '\u201d', "'", '\u2019'])('%s closes a quote', (m) => {
    expect(CLOSING_QUOTE_MARKS.has(m)).toBe(true);
  });
  it.each(['\u201c', '\u2018', ')', ','])('%s does not', (m) => {
    expect(CLOSING_QUOTE_MARKS.has(m)).toBe(false);
  });
});

/** Relatives that open a clause on a noun; "whose" and "where" open other shapes. */
describe('CLAUSE_RELATIVES', () => {
  it.each(['which', 'who', 'that'])('%s opens a relative clause', (w) => {
    expect(CLAUSE_RELATIVES.has(w)).toBe(true);
  });
  it.each(['whose', 'where', 'what', 'this'])('%s does not', (w) => {
    expect(CLAUSE_RELATIVES.has(w)).toBe(false);
  });
});

/** The forms of "be" before a passive participle ("was denied by", "were widely mocked"). */
describe('BE_FORMS', () => {
  it.each(['is', 'was', 'were', 'been', 'being'])('%s is a form of be', (w) => {
    expect(BE_FORMS.has(w)).toBe(true);
  });
  it.each(['has', "'s", 'am', 'become'])('%s is not listed', (w) => {
    expect(BE_FORMS.has(w)).toBe(false);
  });
});

/** Words that may stand between a speaker and the verb: auxiliaries and sentence adverbs. */
describe('AUXILIARIES', () => {
  it.each([
    ['has', true],
    ['doubtless', true],
    ['publicly', true],
    ['captain', false],
    ['doubt', false],
  ])('%s → %s', (w, expected) => {
    expect(AUXILIARIES.has(w)).toBe(expected);
  });
});

describe('WH_WORDS', () => {
  it.each(['who', 'whether', 'how'])('%s opens an embedded question', (w) => {
    expect(WH_WORDS.has(w)).toBe(true);
  });
  it.each(['that', 'if', 'whose'])('%s does not', (w) => {
    expect(WH_WORDS.has(w)).toBe(false);
  });
});
