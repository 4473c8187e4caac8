/** Test helper: run the names pre-pass (`collect-names.ts`) to its end over plain paragraphs. */
import { buildBlockModel } from '../1-text/model';
import { collectNamesInSteps } from '../5-speakers/collect-names';
import type { KnownName } from '../5-speakers/known-names';

/** The known names of paragraphs, keyed by lower-cased full name. */
export function collectNames(paragraphs: readonly string[]): Map<string, KnownName> {
  const blocks = paragraphs.map((text, i) => buildBlockModel(i, 'paragraph', text));
  const steps = collectNamesInSteps(blocks);
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
  }
}

/** A known name as the pre-pass would record it, for tests that build the table by hand. */
export const knownName = (
  name: string,
  roles: string[] = [],
  person = true,
  mentions = 1,
): KnownName => ({
  name,
  surname: (name.split(' ').pop() ?? '').toLowerCase(),
  roles: new Set(roles),
  person,
  mentions,
});
