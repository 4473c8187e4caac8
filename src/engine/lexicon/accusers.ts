/**
 * Accusing parties as data: who stands behind the "allegedly" of a report built on a charge. A
 * story that cites prosecutors, an indictment or a lawsuit passes its "X allegedly did Y" on from
 * that accuser, not from a nameless rumour (5-speakers/accuser.ts).
 */
import { lazySet } from './lazy';

/** Reporting lemmas that make their speaker an accuser ("prosecutors allege", "the suit charges"). */
export const ACCUSING_LEMMAS = lazySet(() => ['allege', 'accuse', 'charge']);

/**
 * Last words of a source that is an accuser by what it is: a prosecuting office, a charging or
 * court document, a suit. "documents" and "records" count only after "court" or "charging".
 */
// prettier-ignore
export const ACCUSER_HEADS = lazySet(() => [
  'prosecutor', 'prosecutors', 'prosecution', 'indictment', 'indictments', 'complaint',
  'lawsuit', 'suit', 'affidavit', 'affidavits',
]);

/** Words before "documents" / "records" that make them court papers ("court documents"). */
export const COURT_PAPER_MARKS = lazySet(() => ['court', 'charging', 'filing']);

/** Court papers as a last word: need a court mark before them. */
export const COURT_PAPERS = lazySet(() => ['documents', 'records', 'papers', 'filings']);

/** Is a source named `name` an accuser by its head word ("federal prosecutors", "the lawsuit")? */
export function isAccuserName(name: string): boolean {
  const words = name
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w.length > 0);
  const last = words[words.length - 1] ?? '';
  if (ACCUSER_HEADS.has(last)) return true;
  return COURT_PAPERS.has(last) && words.some((w) => COURT_PAPER_MARKS.has(w));
}
