import { describe, expect, it } from 'vitest';
import { buildBlockModel } from '../1-text/model';
import { collectNamesInSteps } from './collect-names';
import type { KnownName } from './known-names';

/** Run the pre-pass to its end over paragraphs. */
function collect(paragraphs: readonly string[]): Map<string, KnownName> {
  const blocks = paragraphs.map((text, i) => buildBlockModel(i, 'paragraph', text));
  const steps = collectNamesInSteps(blocks);
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
  }
}

describe('collectNamesInSteps', () => {
  it.each([
    {
      what: 'a title before the name gives a role and makes a person',
      text: ['French President Emmanuel Macron visited Berlin on Monday.'],
      key: 'emmanuel macron',
      want: { name: 'Emmanuel Macron', roles: ['french', 'president'], person: true },
    },
    {
      what: 'a title before the lone surname, later, does the same',
      text: ['Benjamin Netanyahu arrived.', 'Prime Minister Netanyahu left.'],
      key: 'benjamin netanyahu',
      want: { name: 'Benjamin Netanyahu', roles: ['prime', 'minister'], person: true },
    },
    {
      what: 'the surname alone next to a speech verb makes a person',
      text: ['Maria Bassi runs the lab.', 'Bassi said the tests were safe.'],
      key: 'maria bassi',
      want: { name: 'Maria Bassi', roles: [], person: true },
    },
    {
      what: 'a name with no such evidence is not yet a person',
      text: ['Maria Bassi runs the lab.'],
      key: 'maria bassi',
      want: { name: 'Maria Bassi', roles: [], person: false },
    },
    {
      what: 'a name taking "which" is a thing',
      text: ['Energy Control, which has been running tests, said so.', 'Control said it.'],
      key: 'energy control',
      want: { name: 'Energy Control', roles: [], person: false, thing: true },
    },
  ])('$what', ({ text, key, want }) => {
    const known = collect(text).get(key);
    expect(known).toMatchObject({ ...want, roles: new Set(want.roles) });
  });

  it.each([
    ['a place', 'Sydney Harbour was calm.', 'sydney harbour'],
    ['an institution', 'The Defence Ministry said nothing.', 'defence ministry'],
  ])('collects no name for %s', (_what, text, key) => {
    expect(collect([text]).has(key)).toBe(false);
  });
});
