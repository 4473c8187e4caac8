import { describe, expect, it } from 'vitest';
import { extractAttributions } from '../index';
import {
  CLAIM_NOUNS,
  COMMENT_NOUNS,
  COMPLEMENT_NOUNS,
  claimClassOf,
  isResearchWord,
  DISPUTABLE_NOUNS,
  DISPUTING,
  DECISION_NOUNS,
  POSITION_VERBS,
  EVIDENCE_OBJECTS,
  REVEALING,
  takesObjectClaim,
  UTTERANCE_NOUNS,
  VERDICT_WORDS,
} from './claims';

/** The claim class travels in every record: a forecast is not a statement, a poll not a belief. */
describe('claim classes', () => {
  it.each([
    ['say', 'speech'],
    ['forecast', 'projection'],
    ['expect', 'projection'],
    ['fear', 'belief'],
    ['believe', 'belief'],
    ['find', 'finding'],
    ['show', 'finding'],
    ['testify', 'testimony'],
    ['recall', 'testimony'],
    [undefined, 'speech'],
  ] as const)('lemma %s is %s', (lemma, claim) => {
    expect(claimClassOf(lemma)).toBe(claim);
  });

  it.each([
    ['The minister said the talks had failed.', 'speech'],
    ['The central bank expects that inflation will fall next year.', 'projection'],
    ['Residents fear the dam will burst.', 'belief'],
    ['The survey found that most voters back the plan.', 'finding'],
    ['The guard testified that he saw nothing.', 'testimony'],
    ['“We are close,” Smith said.', 'speech'],
  ])('%s → %s', (text, claim) => {
    const result = extractAttributions([{ kind: 'paragraph', text }]);
    expect(result.attributions.map((a) => a.claim)).toEqual([claim]);
  });
});

describe('claimClassOf', () => {
  it.each([
    ['say', 'speech'],
    ['tell', 'speech'],
    ['according to', 'speech'],
    [undefined, 'speech'],
    ['forecast', 'projection'],
    ['project', 'projection'],
    ['expect', 'projection'],
    ['estimate', 'projection'],
    ['signal', 'projection'],
    ['find', 'finding'],
    ['show', 'finding'],
    ['indicate', 'finding'],
    ['finding', 'finding'],
    ['unveil', 'finding'],
    ['rule', 'finding'],
    ['hold', 'finding'],
    ['convict', 'finding'],
    ['acquit', 'finding'],
    ['verdict', 'finding'],
    ['testify', 'testimony'],
    ['recount', 'testimony'],
    ['recall', 'testimony'],
    ['describe', 'testimony'],
    ['testimony', 'testimony'],
    ['believe', 'belief'],
    ['see', 'belief'],
  ] as const)('%s → %s', (lemma, cls) => {
    expect(claimClassOf(lemma)).toBe(cls);
  });
});

describe('takesObjectClaim', () => {
  it.each(['finding', 'projection'] as const)('%s takes a noun-phrase claim', (cls) => {
    expect(takesObjectClaim(cls)).toBe(true);
  });
  it.each(['speech', 'belief', 'testimony'] as const)('%s needs a clause', (cls) => {
    expect(takesObjectClaim(cls)).toBe(false);
  });
});

describe('finding vocabularies', () => {
  it.each(['evidence', 'signs', 'traces', 'link', 'difference', 'relationship'])(
    '%s is an evidence object',
    (w) => {
      expect(EVIDENCE_OBJECTS.has(w)).toBe(true);
    },
  );
  it.each(['car', 'body', 'himself'])('%s is not', (w) => {
    expect(EVIDENCE_OBJECTS.has(w)).toBe(false);
  });
  it.each(['guilty', 'liable', 'innocent'])('%s is a verdict', (w) => {
    expect(VERDICT_WORDS.has(w)).toBe(true);
  });
  it.each(['dead', 'alone', 'late'])('%s is not', (w) => {
    expect(VERDICT_WORDS.has(w)).toBe(false);
  });
  it.each(['suspicion', 'claim', 'theory', 'promise'])('%s names a claim', (w) => {
    expect(CLAIM_NOUNS.has(w)).toBe(true);
  });
  it.each(['river', 'year', 'decision'])('%s does not', (w) => {
    expect(CLAIM_NOUNS.has(w)).toBe(false);
  });
  it.each(['admission', 'sign', 'move', 'example', 'step'])('%s sums up a reported act', (w) => {
    expect(COMMENT_NOUNS.has(w)).toBe(true);
  });
  it.each(['plant', 'statement', 'year'])('%s does not', (w) => {
    expect(COMMENT_NOUNS.has(w)).toBe(false);
  });
  it.each(['explanation', 'statement', 'news'])('%s names an utterance', (w) => {
    expect(UTTERANCE_NOUNS.has(w)).toBe(true);
  });
  it.each(['refund', 'deposit', 'tax'])('%s does not', (w) => {
    expect(UTTERANCE_NOUNS.has(w)).toBe(false);
  });
});

describe('DISPUTABLE_NOUNS and DISPUTING', () => {
  it('names claims, not people, as what a verb of doubt disputes', () => {
    expect(DISPUTABLE_NOUNS.has('timescale')).toBe(true);
    expect(DISPUTABLE_NOUNS.has('suspect')).toBe(false);
    expect(DISPUTING.has('question')).toBe(true);
    expect(DISPUTING.has('say')).toBe(false);
  });
});

describe('POSITION_VERBS and DECISION_NOUNS', () => {
  it('lets a greeting verb take only a decision, a verb of fearing any object', () => {
    expect(POSITION_VERBS.get('welcome')).toBe('claim');
    expect(POSITION_VERBS.get('fear')).toBe('any');
    expect(POSITION_VERBS.has('say')).toBe(false);
    expect(DECISION_NOUNS.has('ruling')).toBe(true);
    expect(DECISION_NOUNS.has('guests')).toBe(false);
  });
});

describe('REVEALING', () => {
  it('holds verbs whose object is a claim only when it names one', () => {
    expect(REVEALING.has('reveal')).toBe(true);
    expect(REVEALING.has('say')).toBe(false);
  });
});

describe('nouns a "that" clause completes', () => {
  it.each(['evidence', 'fears', 'hope', 'report', 'sign'])('%s takes a "that" clause', (w) => {
    expect(COMPLEMENT_NOUNS.has(w)).toBe(true);
  });
  it.each(['staff', 'meeting', 'room', 'night'])('%s does not', (w) => {
    expect(COMPLEMENT_NOUNS.has(w)).toBe(false);
  });
});

describe('research words', () => {
  it.each(['researchers', 'scientist', 'team', 'teams', 'epidemiologists'])('%s is one', (w) => {
    expect(isResearchWord(w)).toBe(true);
  });
  it.each(['reporters', 'officials', 'fans', 'steam'])('%s is not', (w) => {
    expect(isResearchWord(w)).toBe(false);
  });
});
