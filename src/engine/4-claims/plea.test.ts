import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

const records = (sentence: string) =>
  simplify([sentence])
    .filter((r) => r.cue?.includes('guilty') === true)
    .map((r) => [r.speaker, r.cue, r.content]);

/** A plea is the defendant's answer to a charge: the subject holds it, the charge is its claim. */
describe('pleas', () => {
  it.each([
    [
      'not guilty, with an adjunct before "to"',
      'Ann Lee pleaded not guilty on Monday in a county courtroom to a charge of arson.',
      [['Ann Lee', 'pleaded not guilty', 'a charge of arson.']],
    ],
    [
      'guilty, after an adverb',
      'Bo Park previously pleaded guilty to stealing feed from the cooperative.',
      [['Bo Park', 'pleaded guilty', 'stealing feed from the cooperative.']],
    ],
    [
      'a subject with an appositive',
      'Cy Ward, a former bank clerk, pleads guilty to forging signatures on loans.',
      [['Cy Ward', 'pleads guilty', 'forging signatures on loans.']],
    ],
  ])('%s', (_label, sentence, expected) => {
    expect(records(sentence)).toEqual(expected);
  });

  it.each([
    ['no "to" phrase', 'Ann Lee pleaded not guilty in federal court on Monday.'],
    ['a plea agreed, not made', 'Ann Lee agreed to plead guilty to a charge of arson.'],
    ['someone introduced in passing', 'A retired trainer pleaded guilty to mail fraud in 2009.'],
    ['"plead" for help', 'Ann Lee pleaded with the judge to spare her brother.'],
  ])('%s: no plea record', (_label, sentence) => {
    expect(records(sentence)).toEqual([]);
  });
});
