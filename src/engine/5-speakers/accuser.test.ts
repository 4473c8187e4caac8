import { describe, expect, it } from 'vitest';
import { simplify } from '../testing/simplify';

/** The speaker of the record whose content starts with `start`. */
function speakerOf(paragraphs: string[], start: string): string | undefined {
  return simplify(paragraphs).find((r) => r.content.startsWith(start))?.speaker;
}

describe('an "allegedly" record goes to the accuser the article establishes', () => {
  it.each([
    [
      [
        'Prosecutors allege that the firm hid its losses from investors.',
        'The treasurer allegedly moved the savings of the club into a private account in 2019.',
      ],
      'prosecutors',
    ],
    [
      [
        'The treasurer allegedly moved the savings of the club into a private account in 2019.',
        'The money was never repaid, according to the indictment.',
      ],
      'indictment',
    ],
    [
      [
        'The lawsuit charges that the landlord ignored the leaks for years.',
        'The landlord allegedly kept the deposits of three former tenants without any reason.',
      ],
      'lawsuit',
    ],
  ])('%j → %s', (paragraphs, accuser) => {
    const speaker =
      speakerOf(paragraphs, 'The treasurer allegedly') ??
      speakerOf(paragraphs, 'The landlord allegedly');
    expect(speaker?.toLowerCase()).toContain(accuser);
  });

  it.each([
    [
      [
        'The treasurer allegedly moved the savings of the club into a private account in 2019.',
        'The club said it was reviewing its books.',
      ],
    ],
    [
      [
        'Jane Roe alleges that the referee was paid.',
        'The treasurer allegedly moved the savings of the club into a private account in 2019.',
      ],
    ],
  ])(
    'keeps its unnamed source with no accuser (a person alleging is not one): %j',
    (paragraphs) => {
      expect(speakerOf(paragraphs, 'The treasurer allegedly')).toBe('allegations');
    },
  );
});
