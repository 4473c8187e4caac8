import { describe, expect, it } from 'vitest';
import { extractAttributions } from '../index';
import { isProfessionNoun } from './professions';
import { isRoleWord, typeFromHead } from './sources';

const speakersOf = (text: string): (string | undefined)[] => {
  const { attributions, entities } = extractAttributions([{ kind: 'paragraph', text }]);
  return attributions.map((a) => entities.find((e) => e.id === a.speaker)?.name);
};

describe('occupation and tie nouns', () => {
  it.each([
    'waitress',
    'waitresses',
    'headmistress',
    'plumbers',
    'villagers',
    'aunt',
    'grandmothers',
    'lifeguards',
    'operative',
    'retailers',
    'caregivers',
    'refugees',
    'midwives',
    'policemen',
    'passers-by',
  ])('%s names a person', (w) => {
    expect(isProfessionNoun(w)).toBe(true);
    expect(isRoleWord(w)).toBe(true);
    expect(typeFromHead(w)).toBe('anonymous');
  });

  it.each(['oil', 'kitchen', 'waitressing', 'sisterhood', 'brokerage', 'dealership', 'tours'])(
    '%s names no person',
    (w) => {
      expect(isProfessionNoun(w)).toBe(false);
    },
  );
});

describe('unnamed speakers named by an occupation or a tie', () => {
  it.each([
    [
      'The landlord believed the waitress, who said that the window was already broken.',
      'waitress',
    ],
    ['Our neighbour trusted the plumber, who said that the boiler was beyond repair.', 'plumber'],
    ['Villagers said the bridge had been closed for a month.', 'Villagers'],
    [
      'A man described only as an intelligence operative said the courier was caught at the border.',
      'operative',
    ],
    ['Beach lifeguards warned swimmers that the current was strong.', 'lifeguards'],
  ])('%s', (text, speaker) => {
    const names = speakersOf(text);
    expect(names.length).toBeGreaterThan(0);
    expect(names.some((n) => n?.toLowerCase().includes(speaker.toLowerCase()))).toBe(true);
  });

  it.each([
    'The oil in the kitchen was cheap and the meal was served at noon.',
    'The bakery on the corner sold bread and cakes until late.',
  ])('no speaker in "%s"', (text) => {
    expect(speakersOf(text)).toEqual([]);
  });
});
