import { describe, expect, it } from 'vitest';
import {
  ABSTRACT_NOUN_SUFFIXES,
  CLOSED_CLASS,
  INFINITIVE_TAKERS,
  IRREGULAR_PARTICIPLES,
  IRREGULAR_PASTS,
  isPastWord,
  PAST_ONLY,
} from './pos';

/** Irregular pasts mark a finite clause; only those never used as participles do after a noun. */
describe('isPastWord', () => {
  it.each([
    ['reported', true],
    ['said', true],
    ['gave', true],
    ['says', false],
    ['report', false],
    ['put', false],
  ])('%s: %s', (w, past) => {
    expect(isPastWord(w)).toBe(past);
  });
});

describe('irregular pasts', () => {
  it.each([
    ['gave', true, true],
    ['took', true, true],
    ['wrote', true, true],
    ['bought', true, false],
    ['said', true, false],
    ['made', true, false],
    ['put', false, false],
    ['given', false, false],
    ['walked', false, false],
  ])('%s: past %s, past only %s', (form, past, only) => {
    expect(IRREGULAR_PASTS.has(form)).toBe(past);
    expect(PAST_ONLY.has(form)).toBe(only);
  });
});

/** Irregular participles open a reduced relative after a noun ("researchers led by Roe"). */
describe('irregular participles', () => {
  it.each([
    ['led', true],
    ['written', true],
    ['given', true],
    ['made', true],
    ['gave', false],
    ['wrote', false],
    ['put', false],
    ['walked', false],
  ])('%s: participle %s', (form, participle) => {
    expect(IRREGULAR_PARTICIPLES.has(form)).toBe(participle);
  });
});

/** Subordinators open a clause or an aside; none can head a speaker's name ("— albeit expected —"). */
describe('subordinators', () => {
  it.each(['although', 'though', 'albeit', 'whereas'])('%s is a subordinator', (w) => {
    expect(CLOSED_CLASS.get(w)).toBe('sub');
  });
});

/** Adverbs without "-ly" that sit between a subject and its verb ("the captain doubtless argued"). */
describe('plain adverbs', () => {
  it.each([
    ['doubtless', 'adv'],
    ['perhaps', 'adv'],
    ['doubt', undefined],
    ['captain', undefined],
  ])('%s → %s', (w, tag) => {
    expect(CLOSED_CLASS.get(w)).toBe(tag);
  });
});

/** Words after which "to" marks an infinitive, inflected; verbs that take "to" + a noun are not. */
describe('infinitive takers', () => {
  it.each([
    ['plans', true],
    ['declined', true],
    ['hoping', true],
    ['unable', true],
    ['bid', true],
    ['agreed', false],
    ['returned', false],
    ['sentenced', false],
  ])('%s: %s', (w, takes) => {
    expect(INFINITIVE_TAKERS.has(w)).toBe(takes);
  });

  it('abstract nouns are told by their suffix, not verbs like "influence" or "manage"', () => {
    const abstract = (w: string) => ABSTRACT_NOUN_SUFFIXES().some((s) => w.endsWith(s));
    expect(abstract('mediation')).toBe(true);
    expect(abstract('influence')).toBe(false);
    expect(abstract('manage')).toBe(false);
  });
});

/** Connectives that open a sentence are adverbs, not names, though capitalised there. */
describe('sentence connectives', () => {
  it.each([
    ['likewise', 'adv'],
    ['similarly', 'adv'],
    ['moreover', 'adv'],
    ['however', 'adv'],
    ['study', undefined],
  ])('%s: %s', (w, tag) => {
    expect(CLOSED_CLASS.get(w)).toBe(tag);
  });
});
