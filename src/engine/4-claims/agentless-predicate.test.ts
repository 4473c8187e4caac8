import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

const pairs = (sentence: string) => simplify([sentence]).map((r) => [r.speaker, r.content]);

/** "reportedly" inside a clause, or twice in a sentence: the predicate after it is the claim. */
describe('hedged predicates', () => {
  it.each([
    [
      'in a relative clause',
      'The court heard from the clerk, who reportedly destroyed the ledgers in March.',
      [['reports', 'destroyed the ledgers in March.']],
    ],
    [
      'in a participle clause',
      'Police seized 300 pills, reportedly bought from a seller abroad.',
      [['reports', 'bought from a seller abroad.']],
    ],
    [
      'an unknown verb after the adverb',
      'The mill, which reportedly trims its staff each winter, stayed open.',
      [['reports', 'trims its staff each winter']],
    ],
    [
      'two hedged clauses, one record each',
      'Acme reportedly cut more than 40 jobs and Brill reportedly cut several hundred.',
      [
        ['reports', 'cut more than 40 jobs'],
        ['reports', 'cut several hundred.'],
      ],
    ],
    [
      'the author’s circumstances after "amid" are left out',
      'He left early, later reportedly thanking his coaches amid the cheering of the crowd.',
      [['reports', 'thanking his coaches']],
    ],
  ])('%s', (_name, sentence, expected) => {
    expect(pairs(sentence)).toEqual(expected);
  });

  it.each([
    [
      'a participle with its agent',
      'The bid fell short of the $20 reportedly demanded by the owner.',
    ],
    [
      'an auxiliary and no predicate',
      'When drivers are underpaid, as the couriers reportedly are, all suffer.',
    ],
    ['too short', 'The firm hired the man who reportedly quit.'],
    ['inside a noun phrase', 'They toured a reportedly haunted house near the river.'],
    [
      'allegedly in a clause qualifies a charge',
      'The envoy was expelled for allegedly copying the secret files of the ministry.',
    ],
  ])('%s', (_name, sentence) => {
    expect(pairs(sentence)).toEqual([]);
  });

  it('a reporting verb with a clause of its own keeps its subject as the speaker', () => {
    const records = simplify([
      'The actor, a former dancer, has reportedly told friends that the tour was a triumph.',
    ]);
    expect(records.map((r) => r.speaker)).not.toContain('reports');
  });
});
