/**
 * A small gender model for "he" and "she": honorifics, gendered role nouns and common first
 * names. It only breaks ties — a pronoun goes to the most recent person it can refer to, and a
 * name or role missing here leaves that person compatible with both pronouns.
 */
import { lazySet, LazySet, type Lookup } from './lazy';

/** Grammatical gender a pronoun asks for. */
export type Gender = 'female' | 'male';

// prettier-ignore
const FEMALE_WORDS = (
  'mrs ms miss madam dame lady queen princess duchess countess baroness empress spokeswoman ' +
  'chairwoman congresswoman councilwoman businesswoman stateswoman sportswoman policewoman ' +
  'actress waitress hostess mother wife daughter sister grandmother aunt niece girl woman widow ' +
  'girlfriend bride nun'
);

// prettier-ignore
const MALE_WORDS = (
  'mr sir lord king prince duke count baron emperor spokesman chairman congressman councilman ' +
  'businessman statesman sportsman policeman father husband son brother grandfather uncle ' +
  'nephew boy man widower boyfriend groom monk'
);

/** Frequent female first names in English-language news, lower-cased: kept short on purpose. */
// prettier-ignore
const FEMALE_NAMES = (
  'mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa margaret ' +
  'sandra ashley emily michelle amanda melissa rebecca laura amy angela anna emma nicole helen ' +
  'catherine maria rachel julie olivia victoria kelly megan hannah ann sara jean alice grace ' +
  'diana natalie charlotte marie hillary kamala theresa ursula giorgia marine jacinda nicola ' +
  'liz kate claire sophie lucy jane joanna louise fiona eleanor christine janet'
);

/** Frequent male first names in English-language news, lower-cased: kept short on purpose. */
// prettier-ignore
const MALE_NAMES = (
  'james robert john michael david william richard joseph thomas charles daniel matthew anthony ' +
  'mark donald steven paul andrew kevin brian george edward jason ryan eric stephen scott ' +
  'benjamin samuel frank patrick peter henry jack adam alan barack joe bernie boris rishi keir ' +
  'emmanuel vladimir volodymyr xi narendra olaf justin luis mohammed muhammad ahmed ali tom tim ' +
  'jim bill bob mike steve nick ben sam dan chris jeff greg elon ian neil tony harry'
);

const FEMALE_TITLES: LazySet<string> = lazySet<string>(() => FEMALE_WORDS.split(' '));
const MALE_TITLES: LazySet<string> = lazySet<string>(() => MALE_WORDS.split(' '));
const FEMALE: LazySet<string> = lazySet<string>(() => `${FEMALE_WORDS} ${FEMALE_NAMES}`.split(' '));
const MALE: LazySet<string> = lazySet<string>(() => `${MALE_WORDS} ${MALE_NAMES}`.split(' '));

function decide(words: Iterable<string>, female: Lookup, male: Lookup) {
  let f = false;
  let m = false;
  for (const w of words) {
    const lower = w.toLowerCase().replace(/\.$/, '');
    if (female.has(lower)) f = true;
    if (male.has(lower)) m = true;
  }
  return f === m ? null : f ? 'female' : 'male';
}

/**
 * The gender shown by a first name and the titles or roles around a person ("Angela", "Mrs",
 * "spokeswoman"), or null when unsure. Surnames must not be passed: "Sharon" is also a surname.
 */
export function genderOf(firstName: string, titles: Iterable<string> = []): Gender | null {
  return decide([firstName, ...titles], FEMALE, MALE) ?? decide(titles, FEMALE_TITLES, MALE_TITLES);
}

/** The gender shown by titles and role words alone ("Mr", "chairwoman"), names ignored. */
export function titleGender(words: Iterable<string>): Gender | null {
  return decide(words, FEMALE_TITLES, MALE_TITLES);
}

/** The gender a pronoun refers to ("she", "her" → female), or null for "they", "it", "I". */
export function pronounGender(pronoun: string): Gender | null {
  if (pronoun === 'she' || pronoun === 'her' || pronoun === 'hers') return 'female';
  if (pronoun === 'he' || pronoun === 'his' || pronoun === 'him') return 'male';
  return null;
}
