/**
 * Roles that name the same kind of post, as data: a story calls "Defense Secretary X" later "the
 * Pentagon chief", and "developer X" "a computer programmer". A role noun with no holder of its own
 * word may mean the person introduced with a role of the same class.
 */
import { lazyMap } from './lazy';

/** Each line one class of roles a writer swaps for one another. */
// prettier-ignore
const CLASSES: readonly string[] = [
  // Whoever runs an organisation, a ministry or a government.
  'chief head boss leader director chairman chairwoman chair president ceo secretary minister ' +
    'commissioner premier chancellor governor mayor administrator',
  // A company's officers below its head (a CEO is some company's head, not any executive).
  'executive veep coo cfo cto vice',
  'programmer developer engineer coder hacker',
  'lawyer attorney counsel solicitor barrister',
  'spokesman spokeswoman spokesperson',
  'senator sen congressman congresswoman representative rep lawmaker legislator mp politician',
  'doctor physician surgeon dr',
  'general commander colonel admiral gen col',
  'author writer novelist',
  'singer musician guitarist drummer bassist pianist rapper songwriter',
  'coach manager skipper',
];

/** Role → the indices of the classes it belongs to. */
const CLASS_OF = lazyMap<string, number[]>(() => {
  const out = new Map<string, number[]>();
  CLASSES.forEach((line, i) => {
    for (const role of line.split(' ')) out.set(role, [...(out.get(role) ?? []), i]);
  });
  return out;
});

/** Do two different roles name the same kind of post ("chief" and "secretary")? */
export function sameRoleClass(a: string, b: string): boolean {
  if (a === b) return false;
  const left = CLASS_OF.get(a);
  const right = CLASS_OF.get(b);
  return left !== undefined && right !== undefined && left.some((c) => right.includes(c));
}
