/**
 * Organisation vocabulary for telling a company or a group from a person by how the article writes
 * its name: the last words that make a capitalised name a body ("Strategy Analytics", "Human Rights
 * Watch", "Lehman Brothers"), and the nouns written after a name that only a body has ("Acme's
 * shares", "a Zyntro spokesman").
 */
import { lazySet } from './lazy';

/**
 * Last words of a company's or a group's name that are no one's surname. Kept apart from the
 * institution markers: as a common noun ("the partners", "a watch") they name no source type.
 */
// prettier-ignore
export const ORG_NAME_HEADS = lazySet(() => [
  'watch', 'analytics', 'brothers', 'partners', 'associates', 'holdings', 'ventures', 'labs',
  'laboratories', 'technologies', 'systems', 'solutions', 'airlines', 'airways', 'motors',
  'pharmaceuticals', 'therapeutics', 'biosciences', 'studios', 'entertainment', 'productions',
  'records', 'communications', 'networks', 'enterprises', 'investments', 'securities', 'advisors',
  'advisers', 'consulting', 'consultants', 'insights', 'robotics', 'software', 'capital',
  'international', 'worldwide', 'incorporated', 'limited', 'gmbh',
]);

/**
 * Nouns after a name's possessive or the name used as a modifier that only a body can have:
 * "Acme's shares", "Zyntro's headquarters", "a Zyntro spokeswoman", "Acme executives". A person
 * can have a spokesman too ("the senator's spokesman"), so these weigh only against a name with no
 * sign of a person.
 */
// prettier-ignore
export const ORG_POSSESSIONS = lazySet(() => [
  'shares', 'stock', 'headquarters', 'subsidiary', 'subsidiaries', 'shareholders', 'stockholders',
  'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'executive', 'executives',
  'employees', 'workers', 'staff', 'website', 'stores', 'products', 'customers', 'users',
  'revenue', 'revenues', 'profits', 'earnings', 'ceo', 'cfo', 'board', 'chairman', 'founder',
  'founders', 'platform', 'app', 'services', 'officials', 'representative', 'representatives',
  'analyst', 'analysts',
]);

/** Is this lower-cased last word of a capitalised name one only a body's name ends in? */
export function isOrgNameHead(word: string): boolean {
  return ORG_NAME_HEADS.has(word);
}

/** Words written after a company's short name to give its legal form ("Zyntro Inc", "Acme plc"). */
// prettier-ignore
export const CORPORATE_SUFFIXES = lazySet(() => [
  'inc', 'corp', 'corporation', 'ltd', 'llc', 'plc', 'co', 'group', 'gmbh', 'limited',
  'incorporated', 'holdings',
]);
