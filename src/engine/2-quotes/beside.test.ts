import { describe, expect, it } from 'vitest';
import { buildBlockModel } from '../1-text/model';
import { simplify } from '../testing/simplify';
import { speakerBeside } from './beside';

/** The name beside a sentence's one quotation, as written, or null. */
function beside(text: string): string | null {
  const block = buildBlockModel(0, 'paragraph', text);
  const sentence = block.sentences[0];
  if (sentence === undefined) return null;
  const found = speakerBeside(block, sentence);
  if (found === null) return null;
  const first = block.tokens[found.np.from];
  const last = block.tokens[found.np.to - 1];
  return first === undefined || last === undefined ? null : text.slice(first.start, last.end);
}

describe('speakerBeside', () => {
  it.each([
    ['“It drives me nuts that nobody listened,” Tom Weller laughed.', 'Tom Weller'],
    ['“It drives me nuts,” Weller shrugged.', 'Weller'],
    ['As Tom Weller put it, “Nobody listened to the farmers.”', 'Tom Weller'],
    ['“Hands up! Step away from the car!” an officer ordered.', 'an officer'],
    ['“We will rebuild it,” the farmer shrugged.', 'the farmer'],
  ])('%s → %s', (text, name) => expect(beside(text)).toBe(name));

  it.each([
    ['a possessive is not the speaker', '“It drives me nuts,” Tom Weller’s brother laughed.'],
    [
      'the quote does not open the sentence',
      'The mayor called it “a lesson nobody will forget,” Weller noticed.',
    ],
    ['no person after the quote', '“It drives me nuts,” the old barn creaked.'],
    ['"As" opens a clause of time', 'As the water rose, “we ran for the hills with nothing.”'],
    [
      'the quote does not close the sentence',
      'As Weller put it, “nobody listened” to the farmers.',
    ],
    ['no verb after the name', '“It drives me nuts,” Tom Weller, again.'],
  ])('none: %s', (_name, text) => expect(beside(text)).toBeNull());
});

describe('quotes whose sentence names the speaker without a cue', () => {
  it.each([
    [
      'a name and a non-speech verb after the quote',
      [
        '“We had no sirens and no radio that night,” Anna Berg said.',
        '“It drives me nuts that nobody listened,” Tom Weller laughed.',
      ],
      [
        ['Anna Berg', 'We had no sirens and no radio that night,'],
        ['Tom Weller', 'It drives me nuts that nobody listened,'],
      ],
    ],
    [
      '"As X put it," before the quote',
      [
        '“We had no sirens and no radio that night,” Anna Berg said.',
        'As Tom Weller put it, “Nobody listened to the farmers.”',
      ],
      [
        ['Anna Berg', 'We had no sirens and no radio that night,'],
        ['Tom Weller', 'Nobody listened to the farmers.'],
      ],
    ],
    [
      'a quoted title is no statement',
      [
        '“We had no sirens and no radio that night,” Anna Berg said.',
        '“Glasgow,” Tom Weller sang that night.',
      ],
      [['Anna Berg', 'We had no sirens and no radio that night,']],
    ],
  ])('%s', (_name, input, expected) => {
    expect(simplify(input).map((r) => [r.speaker, r.content])).toEqual(expected);
  });
});

describe('the subject of a clause a colon closes before the quote', () => {
  it.each([
    ['Tom Weller took one look: “The barn is gone and the fences with it.”', 'Tom Weller'],
    ['Farmhand Tom Weller, a neighbour, took one look: “The barn is gone.”', 'Farmhand Tom Weller'],
    ['Anna Berg (54) vented on the radio: “Nobody warned us at all.”', 'Anna Berg'],
    ['The farmer simply shrugged: “We will rebuild it next spring.”', 'The farmer'],
  ])('%s → %s', (text, name) => expect(beside(text)).toBe(name));

  it.each([
    ['a thing opens the clause', 'The sign on the gate read: “Keep out of the barn.”'],
    ['a possessive opens the clause', 'Weller’s sign said it all: “Keep out of the barn.”'],
    ['no verb after the subject', 'Tom Weller and the barn: “A story of two old friends.”'],
    [
      'the colon is not before the quote',
      'Weller took one look: the barn was “gone for good” then.',
    ],
  ])('none: %s', (_name, text) => expect(beside(text)).toBeNull());
});
