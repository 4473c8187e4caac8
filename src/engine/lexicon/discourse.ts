/**
 * Discourse adverbials a speaker fronts before the point ("To be honest," he said, "..."). Split
 * off by the attribution they are a piece of the quote that says nothing of its own.
 */
import { lazySet } from './lazy';

/** Lower-cased, words separated by single spaces, no punctuation. */
export const FRONTED_ADVERBIALS = lazySet(() => [
  'to be honest',
  'to be fair',
  'to be clear',
  'to be frank',
  'honestly',
  'frankly',
  'quite frankly',
  'right now',
  'for now',
  'of course',
  'in fact',
  'obviously',
  'clearly',
  'personally',
  'first of all',
  'first',
  'basically',
  'ultimately',
  'hopefully',
  'at the end of the day',
  'at this point',
  'in the end',
  'so far',
  'again',
  'look',
  'listen',
  'well',
  'you know',
  'believe me',
  'trust me',
  'for me',
  'to me',
  'in my opinion',
  'as a matter of fact',
]);
