import { describe, expect, it } from 'vitest';
import { buildBlockModel, type BlockModel } from '../1-text/model';
import type { KnownName } from '../5-speakers/known-names';
import { intervieweeMention } from './interviewee';

const known = (name: string): [string, KnownName] => [
  name.toLowerCase(),
  {
    name,
    surname: (name.split(' ').pop() ?? '').toLowerCase(),
    roles: new Set(),
    person: true,
    mentions: 1,
  },
];

const named = (blocks: Array<[BlockModel['kind'], string]>, names: string[], before = 99) => {
  const models = blocks.map(([kind, text], i) => buildBlockModel(i, kind, text));
  const at = intervieweeMention(models, before, new Map(names.map(known)));
  return at === null
    ? null
    : at.block.text.slice(at.block.tokens[at.from]?.start, at.block.tokens[at.to - 1]?.end);
};

/** The interview's subject: the person the headline and the introduction name most. */
describe('intervieweeMention', () => {
  it('picks the person named in the headline and again in the introduction, where the body names them', () => {
    expect(
      named(
        [
          ['headline', 'Ann Lee on Forty Years at Sea'],
          ['paragraph', 'Few sailors have crossed as often as Ann Lee. Lee met Tom Hart in 1990.'],
        ],
        ['Ann Lee', 'Tom Hart'],
      ),
    ).toBe('Ann Lee');
  });
  it.each([
    [
      'two people named once each: no one stands out',
      [['paragraph', 'Ann Lee and Tom Hart sailed together.']] as Array<
        [BlockModel['kind'], string]
      >,
    ],
    [
      'no one named at all',
      [['paragraph', 'The sea was rough.']] as Array<[BlockModel['kind'], string]>,
    ],
  ])('null: %s', (_, blocks) => {
    expect(named(blocks, ['Ann Lee', 'Tom Hart'])).toBeNull();
  });
  it('reads only the introduction before the first answer', () => {
    expect(
      named(
        [
          ['paragraph', 'The sea was rough.'],
          ['paragraph', 'Ann Lee said so. Lee said it again.'],
        ],
        ['Ann Lee'],
        1,
      ),
    ).toBeNull();
  });
});
