import { describe, expect, it } from 'vitest';
import { FIGURE_APPROXIMATORS, FIGURE_VERB_FORMS } from './estimates';

describe('figure-setting verbs', () => {
  it.each([
    ['puts', 'put'],
    ['pegged', 'peg'],
    ['placing', 'place'],
  ])('%s is a form of %s', (form, lemma) => {
    expect(FIGURE_VERB_FORMS.get(form)).toBe(lemma);
  });

  it.each(['estimate', 'set', 'said'])('%s is not a figure-setting form here', (form) => {
    expect(FIGURE_VERB_FORMS.has(form)).toBe(false);
  });

  it('lists the words that may precede a figure, not the figures themselves', () => {
    expect(FIGURE_APPROXIMATORS.has('about')).toBe(true);
    expect(FIGURE_APPROXIMATORS.has('million')).toBe(false);
  });
});
