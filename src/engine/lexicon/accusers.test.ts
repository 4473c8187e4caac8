import { describe, expect, it } from 'vitest';
import { ACCUSING_LEMMAS, isAccuserName } from './accusers';

describe('accusers', () => {
  it.each([
    'federal prosecutors',
    'the prosecution',
    'the indictment',
    'the civil lawsuit',
    'court documents',
    'the charging documents',
    'a criminal complaint',
  ])('%s is an accuser', (name) => {
    expect(isAccuserName(name)).toBe(true);
  });

  it.each(['the documents', 'public records', 'the mayor', 'police', 'Jane Roe', 'a suitcase'])(
    '%s is not an accuser by its name',
    (name) => {
      expect(isAccuserName(name)).toBe(false);
    },
  );

  it.each([
    ['allege', true],
    ['accuse', true],
    ['say', false],
  ])('the lemma %s accuses: %s', (lemma, accuses) => {
    expect(ACCUSING_LEMMAS.has(lemma)).toBe(accuses);
  });
});
