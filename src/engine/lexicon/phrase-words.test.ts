import { describe, expect, it } from 'vitest';
import {
  AFTER_CITED,
  AFTER_PARTICIPLE,
  CITING,
  COMPANIONS,
  KIN,
  LEADER_PARTICIPLES,
  PAST_FORMS,
  POSSESSIVES,
  POSTMODIFIER_PREPS,
  SENTENCE_ADVERBS,
  TEAMS,
} from './phrase-words';

/** Each list holds what its scanner rule needs, and none of the words another list holds. */
describe('phrase words', () => {
  it.each([
    [PAST_FORMS, 'told', 'tells'],
    [POSSESSIVES, 'his', 'its'],
    [KIN, 'wife', 'aide'],
    [COMPANIONS, 'others', 'officials'],
    [CITING, 'quoting', 'said'],
    [TEAMS, 'colleagues', 'family'],
    [AFTER_CITED, 'who', 'losses'],
    [SENTENCE_ADVERBS, 'meanwhile', 'minister'],
    [POSTMODIFIER_PREPS, 'with', 'said'],
    [AFTER_PARTICIPLE, 'by', 'the'],
    [LEADER_PARTICIPLES, 'led', 'said'],
  ] as const)('%#: holds %s, not %s', (list, member, other) => {
    expect(list.has(member)).toBe(true);
    expect(list.has(other)).toBe(false);
  });
  it('keeps adverbs apart from kin and possessives', () => {
    for (const w of SENTENCE_ADVERBS) {
      expect(KIN.has(w) || POSSESSIVES.has(w)).toBe(false);
    }
  });
});
