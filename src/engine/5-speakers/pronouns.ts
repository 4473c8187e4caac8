/**
 * Stage 7d: gender agreement for "he" and "she". The resolver proposes the usual antecedent (the
 * last person named or quoted); when that person is known to be of the other gender, the pronoun
 * goes to the most recent person it can refer to instead ("Smith said ... Jones said ... she").
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

const clash = (p: PersonLike, want: Gender): boolean => {
  const g = personGender(p);
  return g !== null && g !== want;
};

/**
 * `preferred` if it agrees with `want`, else the most recent of `recent` (oldest first) that does
 * not clash; `preferred` again when none fits (the model only breaks ties).
 */
export function agreeing<T extends PersonLike>(
  preferred: T | null,
  recent: readonly T[],
  want: Gender | null,
): T | null {
  if (want === null || preferred === null || !clash(preferred, want)) return preferred;
  for (let i = recent.length - 1; i >= 0; i -= 1) {
    const p = recent[i];
    if (p !== undefined && p !== preferred && !clash(p, want)) return p;
  }
  return preferred;
}

const MAX_RECENT = 8;

/** Move `p` to the most recent end of `list`, keeping the list short. */
export function remember<T>(list: T[], p: T): void {
  const at = list.indexOf(p);
  if (at >= 0) list.splice(at, 1);
  list.push(p);
  if (list.length > MAX_RECENT) list.shift();
}
