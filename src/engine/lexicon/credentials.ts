/**
 * Post-nominal letters: degrees, licences and honours written after a person's name between commas
 * ("Ann Lee, PhD, said", "Ben Roe, M.D., of the clinic"). They belong to the name before them and
 * name no one themselves, so a speaker phrase must walk over them as it walks over "Inc.".
 */
import { lazySet } from './lazy';

// prettier-ignore
/** Post-nominals, lower-cased with their periods dropped ("Ph.D." is "phd"). */
export const CREDENTIALS = lazySet(() => [
  'phd', 'md', 'do', 'dds', 'dmd', 'dvm', 'rn', 'np', 'pa', 'mph', 'msc', 'ms', 'ma', 'mba', 'jd',
  'llm', 'esq', 'cpa', 'cfa', 'pharmd', 'psyd', 'edd', 'dphil', 'mbbs', 'frcp', 'frcs', 'facp',
  'facs', 'lcsw', 'bsn', 'msn', 'obe', 'mbe', 'cbe', 'kbe', 'qc', 'kc', 'mp', 'mep',
]);

/** Is `text` ("PhD", "M.D.", "Esq") a post-nominal? Periods and case are ignored. */
export function isCredential(text: string): boolean {
  return CREDENTIALS.has(text.replace(/\./g, '').toLowerCase());
}
