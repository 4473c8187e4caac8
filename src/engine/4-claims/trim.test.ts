import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

/** Where one speaker's claim stops because the next clause has a speaker of its own. */
describe('a claim ends before the next speaker', () => {
  it.each([
    [
      'subordinator before a second speaker',
      'Police say the man fled while witnesses say he was calm.',
      [
        ['Police', 'the man fled'],
        ['witnesses', 'he was calm.'],
      ],
    ],
    [
      'contrast before a second speaker',
      'The mayor said the road would reopen but residents said they doubted it.',
      [
        ['mayor', 'the road would reopen'],
        ['residents', 'they doubted it.'],
      ],
    ],
    [
      'a subordinate clause with no speaker stays in the claim',
      'Police said the man fled while officers searched the house.',
      [['Police', 'the man fled while officers searched the house.']],
    ],
  ])('%s', (_name, sentence, expected) => {
    expect(simplify([sentence]).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});
