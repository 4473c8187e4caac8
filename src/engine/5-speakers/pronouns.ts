/**
 * Stage 7d: gender agreement for "he" and "she": the gender a person's name, roles and other
 * surface forms show, so the salience model (`people.ts`) can skip a person of the other gender
 * ("Smith said ... Jones said ... she").
 */
import { genderOf, titleGender, type Gender } from '../lexicon/gender';
import { lazySet } from '../lexicon/lazy';

/** What the model needs to know about a person. */
export interface PersonLike {
  name: string;
  roles: ReadonlySet<string>;
  aliases?: readonly string[];
}

/** The gender a person's name, roles and other surface forms show, or null. */
export function personGender(p: PersonLike): Gender | null {
  const titles = [...p.roles];
  for (const alias of p.aliases ?? []) titles.push(...alias.split(/[\s,]+/));
  // Only the first word of the name is a first name; alias words count as titles only.
  const [first = '', second = ''] = p.name.split(' ');
  const named = HONORIFIC_LIKE.has(first.toLowerCase().replace(/\.$/, '')) ? second : first;
  return genderOf(named, [first]) ?? titleGender(titles);
}

const HONORIFIC_LIKE = lazySet(() => [
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'sir',
  'dame',
  'lord',
  'lady',
]);
