/**
 * Person vocabulary for telling who is on stage in a passage: the endings of nouns that name what a
 * person does ("novelist", "filmmaker", "translator", "historian"), written right before a name
 * ("the novelist Jo Walton"). A complete morphological class rather than a list of jobs, so an
 * unseen job still marks the name after it as a person's.
 */
import { lazyValue } from './lazy';

/** Endings of agent nouns; checked only on words longer than five letters ("paper" is no agent). */
export const PERSON_NOUN_SUFFIXES: () => readonly string[] = lazyValue(() => [
  'ist',
  'maker',
  'writer',
  'ographer',
  'ician',
  'ian',
  'or',
  'er',
  'ee',
  'ant',
]);
