import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

/** A claim relayed by one speaker from a cited source gives the source a record too. Invented. */
describe('cited sources', () => {
  it.each([
    [
      'a source cited in an appositive',
      'The agency, citing two senior officials, said that the talks had stalled.',
      [
        ['agency', 'the talks had stalled.'],
        ['two senior officials', 'the talks had stalled.'],
      ],
    ],
    [
      'a source quoted after the claim',
      'The regional paper reported that the mayor would resign, quoting council sources.',
      [
        ['regional paper', 'the mayor would resign'],
        ['council sources', 'the mayor would resign'],
      ],
    ],
    [
      'a named person quoted',
      'The broadcaster, quoting the prime minister, said the election would be held in May.',
      [
        ['broadcaster', 'the election would be held in May.'],
        ['prime minister', 'the election would be held in May.'],
      ],
    ],
  ])('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });

  it.each([
    ['a reason is no source', 'Acme Corp, citing weak demand, said profits would fall.', 'demand'],
    [
      'a document is cited, not relayed',
      'Kai Lund said the port would close, citing a new study by the harbour board.',
      'study',
    ],
    [
      'a possessive cut from a longer phrase',
      "The coach said he would rest his starters, citing Monday's schedule.",
      'Monday',
    ],
  ])('%s', (_name, text, absent) => {
    const speakers = simplify([text]).map((r) => r.speaker);
    expect(speakers.some((s) => s.includes(absent))).toBe(false);
  });
});
