import { describe, expect, it } from 'vitest';
import { buildBlockModel } from '../1-text/model';
import { simplify } from '../testing/simplify';
import { quotedAntecedent } from './quoted-antecedent';

/** The antecedent found for the first `pronoun` token inside a quotation, as written. */
function antecedent(text: string, pronoun: string): string | null {
  const block = buildBlockModel(0, 'paragraph', text);
  const at = block.tokens.findIndex((t, i) => t.text === pronoun && block.quoted[i] === true);
  const np = at < 0 ? null : quotedAntecedent(block, at);
  if (np === null) return null;
  return text.slice(block.tokens[np.from]?.start ?? 0, block.tokens[np.to - 1]?.end ?? 0);
}

describe('quotedAntecedent', () => {
  it.each([
    ['“My lawyers had a deal. They said, ‘Sign now.’” Berg said.', 'They', 'My lawyers'],
    ['“I met Laura Quint last week. She said no,” Weller said.', 'She', 'Laura Quint'],
    ['“I called the mayor. He said, ‘No money.’” Weller said.', 'He', 'the mayor'],
    ['“I met Mr. Dane on Friday. He said no,” Weller said.', 'He', 'Mr. Dane'],
    ['“Ann called me at midnight. She said the bridge was gone,” Weller said.', 'She', 'Ann'],
  ])('%s (%s) → %s', (text, pronoun, expected) => expect(antecedent(text, pronoun)).toBe(expected));

  it.each([
    ['no one mentioned before', '“It was late. He said the budget was gone,” Weller said.', 'He'],
    ['a thing is not "they"', '“I called the office twice. They said no,” Weller said.', 'They'],
    ['gender clash', '“I met Laura Quint last week. He said no,” Weller said.', 'He'],
    ['a lone unknown word', '“Berg called me at midnight. She said no,” Weller said.', 'She'],
    ['"I" is the quoted speaker', '“My lawyers had a deal. I said, ‘Wait.’” Berg said.', 'I'],
  ])('none: %s', (_name, text, pronoun) => expect(antecedent(text, pronoun)).toBeNull());
});

describe('claims quoted inside a quotation', () => {
  it.each([
    [
      '"They said, \'...\'" inside a story: the people just mentioned, via the teller',
      '“My lawyers had a deal ready,” Anna Berg recalled. “And I said, ‘I want better terms.’ They said, ‘The court will not wait.’ I said, ‘Then it can wait for me.’”',
      [
        ['Anna Berg', 'My lawyers had a deal ready,', null],
        [
          'Anna Berg',
          'And I said, ‘I want better terms.’ They said, ‘The court will not wait.’ I said, ‘Then it can wait for me.’',
          null,
        ],
        ['Anna Berg', 'I want better terms.', null],
        ['My lawyers', 'The court will not wait.', 'Anna Berg'],
        ['Anna Berg', 'Then it can wait for me.', null],
      ],
    ],
    [
      'the inner claim is the single-quoted words only',
      '“The mayor told us, ‘Go home and wait,’ and we went home,” Tom Weller said.',
      [
        ['Tom Weller', 'The mayor told us, ‘Go home and wait,’ and we went home,', null],
        ['mayor', 'Go home and wait,', 'Tom Weller'],
      ],
    ],
    [
      'a nested quote closing the outer one keeps the outer cue',
      '“The doctors kept telling me, ‘You will walk again,’” Anna Berg said.',
      [['Anna Berg', 'The doctors kept telling me, ‘You will walk again,’', null]],
    ],
    [
      'a pronoun with no antecedent in the quote gives no inner claim',
      '“It was late. He said the budget was gone,” Tom Weller said.',
      [['Tom Weller', 'It was late. He said the budget was gone,', null]],
    ],
  ])('%s', (_name, text, expected) => {
    expect(simplify([text]).map((r) => [r.speaker, r.content, r.via])).toEqual(expected);
  });
});
