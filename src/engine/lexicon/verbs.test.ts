import { describe, expect, it } from 'vitest';
import {
  inflect,
  PAST_AS_BASE,
  PHRASAL_FORMS,
  particleInfo,
  reportingVerbs,
  STANCE_ADJECTIVES,
  STANCE_DEGREE_WORDS,
  VERB_FORMS,
} from './verbs';

describe('inflect', () => {
  it.each([
    ['say', ['said'], ['say', 'says', 'said', 'saying']],
    ['admit', undefined, ['admit', 'admits', 'admitted', 'admitting']],
    ['deny', undefined, ['deny', 'denies', 'denied', 'denying']],
    ['insist', undefined, ['insist', 'insists', 'insisted', 'insisting']],
    ['note', undefined, ['note', 'notes', 'noted', 'noting']],
    ['stress', undefined, ['stress', 'stresses', 'stressed', 'stressing']],
    ['write', ['wrote', 'written'], ['write', 'writes', 'wrote', 'written', 'writing']],
    ['signal', undefined, ['signaled', 'signalled', 'signaling', 'signalling']],
    ['acquit', undefined, ['acquits', 'acquitted', 'acquitting']],
  ] as const)('%s', (lemma, irregular, forms) => {
    const got = inflect(
      lemma,
      irregular === undefined ? undefined : [irregular[0], irregular[1] ?? irregular[0]],
    );
    for (const form of forms) expect(got).toContain(form);
  });
});

describe('VERB_FORMS', () => {
  it('holds several hundred forms', () => {
    expect(VERB_FORMS.size).toBeGreaterThan(400);
    expect(reportingVerbs().length).toBeGreaterThan(100);
  });

  it.each([
    ['said', 'say', 'neutral'],
    ['told', 'tell', 'neutral'],
    ['adds', 'add', 'neutral'],
    ['insisted', 'insist', 'loaded'],
    ['claims', 'claim', 'loaded'],
    ['admitted', 'admit', 'loaded'],
    ['conceded', 'concede', 'loaded'],
    ['alleging', 'allege', 'loaded'],
    ['boasted', 'boast', 'loaded'],
    ['believes', 'believe', 'stance'],
    ['worry', 'worry', 'stance'],
    ['denied', 'deny', 'stance'],
    ['rejected', 'reject', 'stance'],
    ['condemned', 'condemn', 'stance'],
    ['thought', 'think', 'stance'],
    ['signalled', 'signal', 'neutral'],
    ['signaled', 'signal', 'neutral'],
    ['acquitted', 'acquit', 'neutral'],
    ['convicting', 'convict', 'neutral'],
    ['ordered', 'order', 'neutral'],
    ['identifies', 'identify', 'neutral'],
  ])('%s → %s (%s)', (form, lemma, cls) => {
    expect(VERB_FORMS.get(form)).toMatchObject({ lemma, class: cls });
  });

  it.each(['house', 'spokesman', 'the', 'attack', 'minister'])(
    '%s is not a reporting verb',
    (w) => {
      expect(VERB_FORMS.has(w)).toBe(false);
    },
  );

  it('indexes phrasal-only verbs and stance adjectives', () => {
    expect(PHRASAL_FORMS.get('played')?.particles).toContain('down');
    expect(PHRASAL_FORMS.get('pointed')?.particles).toContain('out');
    expect(PHRASAL_FORMS.get('pushing')?.particles).toContain('for');
    expect(PHRASAL_FORMS.get('raised')?.particles).toContain('concerns');
    const point = PHRASAL_FORMS.get('pointing');
    expect(point && particleInfo(point, 'to').lemma).toBe('point to');
    expect(point && particleInfo(point, 'out').lemma).toBe('point out');
    expect(VERB_FORMS.get('decided')?.lemma).toBe('decide');
    expect(VERB_FORMS.get('figured')?.complement).toBe('clause');
    // "objected to the plan" states a position through its object; "opposed the plan" is an act.
    expect(VERB_FORMS.get('objected')?.complement).toBe('any');
    expect(VERB_FORMS.get('opposed')?.complement).toBe('clause');
    // "revealed the new model" shows a thing; only "revealed that ..." reports a claim.
    expect(VERB_FORMS.get('revealed')?.complement).toBe('clause');
    expect(STANCE_ADJECTIVES.get('adamant')?.class).toBe('loaded');
    // "are sure that ...": a view held, taking only a clause.
    expect(STANCE_ADJECTIVES.get('sure')?.complement).toBe('clause');
    expect(STANCE_ADJECTIVES.get('certain')?.class).toBe('stance');
    // "is aware that ...", "are afraid they ...": only with a clause ("aware of", "afraid of").
    expect(STANCE_ADJECTIVES.get('aware')?.complement).toBe('clause');
    expect(STANCE_ADJECTIVES.get('afraid')?.complement).toBe('clause');
    expect(STANCE_ADJECTIVES.get('awareness')).toBeUndefined();
  });
});

describe('STANCE_DEGREE_WORDS', () => {
  it.each([
    ['pretty', true],
    ['once', true],
    ['not', false],
    ['never', false],
  ])('%s may stand between "be" and a stance adjective: %s', (word, expected) => {
    expect(STANCE_DEGREE_WORDS.has(word)).toBe(expected);
  });
});

describe('PAST_AS_BASE', () => {
  it('holds lemmas whose past is the base form', () => {
    expect(PAST_AS_BASE.has('forecast')).toBe(true);
    expect(PAST_AS_BASE.has('read')).toBe(true);
    expect(PAST_AS_BASE.has('say')).toBe(false);
    expect(PAST_AS_BASE.has('predict')).toBe(false);
  });
  it('does not double the "l" of a long vowel or a double "l"', () => {
    expect(inflect('reveal')).not.toContain('revealled');
    expect(inflect('recall')).not.toContain('recallled');
  });
});

describe('inflect: consonant doubling', () => {
  it.each([
    ['quip', 'quipped', 'quipping'],
    ['fret', 'fretted', 'fretting'],
    ['slam', 'slammed', 'slamming'],
    ['nod', 'nodded', 'nodding'],
    ['admit', 'admitted', 'admitting'],
    ['quote', 'quoted', 'quoting'],
    ['shout', 'shouted', 'shouting'],
    ['post', 'posted', 'posting'],
    ['tweet', 'tweeted', 'tweeting'],
    ['edit', 'edited', 'editing'],
  ])('%s → %s, %s', (lemma, past, ing) => {
    expect(inflect(lemma)).toEqual(expect.arrayContaining([past, ing]));
  });
});
