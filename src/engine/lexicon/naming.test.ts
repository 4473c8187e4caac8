import { describe, expect, it } from 'vitest';
import { LABEL_LEMMAS, NAMING_VERBS } from './naming';
import { VERB_FORMS } from './verbs';

describe('naming verbs', () => {
  it.each([
    ['dubbed', 'dub', 'neutral'],
    ['termed', 'term', 'neutral'],
    ['labelled', 'label', 'neutral'],
    ['compares', 'compare', 'neutral'],
    ['likened', 'liken', 'neutral'],
    ['branding', 'brand', 'loaded'],
  ] as const)('%s reports only with a quoted label', (form, lemma, cls) => {
    expect(VERB_FORMS.get(form)).toEqual({ lemma, class: cls, complement: 'quote' });
  });

  it('every naming verb, and "call", ends its claim with the label', () => {
    for (const [lemma] of NAMING_VERBS) expect(LABEL_LEMMAS.has(lemma)).toBe(true);
    expect(LABEL_LEMMAS.has('call')).toBe(true);
    expect(LABEL_LEMMAS.has('say')).toBe(false);
  });
});
