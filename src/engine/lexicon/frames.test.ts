import { describe, expect, it } from 'vitest';
import { ACTIVE_AS_FORMS, JUDGED_PARTICIPLES } from './frames';

describe('ACTIVE_AS_FORMS', () => {
  it.each([
    ['portrays', 'portray'],
    ['dismissed', 'dismiss'],
    ['cast', 'cast'],
    ['labelled', 'label'],
    ['view', 'view'],
    ['regarded', 'regard'],
    ['identifies', 'identify'],
    ['listed', 'list'],
  ])('%s is a form of %s', (form, lemma) => {
    expect(ACTIVE_AS_FORMS.get(form)).toBe(lemma);
  });
  it.each(['portraying', 'viewing', 'seen', 'said', 'listing'])('%s is not', (form) => {
    expect(ACTIVE_AS_FORMS.has(form)).toBe(false);
  });
});

describe('JUDGED_PARTICIPLES', () => {
  it.each([
    ['considered', []],
    ['described', ['as']],
    ['thought', ['of', 'as']],
    ['referred', ['to', 'as']],
  ])('%s takes %j before its judgement', (participle, particles) => {
    expect(JUDGED_PARTICIPLES.get(participle)).toEqual(particles);
  });
  it.each(['said', 'named', 'known'])('%s is no judging participle', (participle) => {
    expect(JUDGED_PARTICIPLES.has(participle)).toBe(false);
  });
});
