import { describe, expect, it } from 'vitest';
import { buildBlockModel } from '../1-text/model';
import { itsFollows } from './its-follows';

/** Does "its" follow the two-word name that opens one invented sentence? */
function follows(text: string): boolean {
  return itsFollows(buildBlockModel(0, 'paragraph', text), 0, 1);
}

describe('itsFollows', () => {
  it.each([
    'Brindle Loop says that display screens at its stations were hit.',
    'Kestrel Farms said its eggs were safe.',
    'Quorvel Rail cut its forecast on Monday.',
  ])('its own: %s', (text) => {
    expect(follows(text)).toBe(true);
  });

  it.each([
    // Another phrase "its" may refer to.
    'Ola Brandt said the agency raised its fees.',
    'Ola Brandt said a committee would publish its report.',
    // Another name between.
    'Ola Brandt said Zyntro cut its forecast.',
    // No verb after the name: not its subject.
    'Ola Brandt, a farmer, said its eggs were safe.',
    // The sentence ends first.
    'Ola Brandt spoke. Its eggs were safe.',
    // No "its" at all.
    'Ola Brandt said his eggs were safe.',
  ])('not its own: %s', (text) => {
    expect(follows(text)).toBe(false);
  });
});
