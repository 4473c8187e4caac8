/**
 * Abbreviations written with a final period, by what may follow them. Where the period can end a
 * sentence depends on the class: a title always has a name after it ("Gov. Reed"), a month a day
 * or a year ("Nov. 6"), while a name's suffix ("Jr.", "Inc.") or a dotted acronym ("U.S.") may
 * well close the sentence ("... joined the U.S. The ...").
 */
import { lazySet } from './lazy';

/** Titles and place prefixes written before a name: their period never ends a sentence. */
// prettier-ignore
export const TITLE_ABBREVIATIONS = lazySet(() => [
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'sen', 'sens', 'rep', 'reps', 'gov', 'lt', 'col', 'capt',
  'sgt', 'maj', 'adm', 'cmdr', 'cpl', 'pvt', 'supt', 'insp', 'det', 'atty', 'rev', 'hon', 'pres',
  'mt', 'ft', 'msgr', 'fr',
]);

/** Month abbreviations: before a day or a year ("Sept. 11", "Jan. 2024") the period ends nothing. */
// prettier-ignore
export const MONTH_ABBREVIATIONS = lazySet(() => [
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/**
 * Suffixes that close a name: a generation ("Ben Okoro Jr.") or a company's legal form ("Acme
 * Inc."). The name may end the sentence too, so only a sentence opener after them splits.
 */
// prettier-ignore
export const NAME_SUFFIX_ABBREVIATIONS = lazySet(() => [
  'jr', 'sr', 'inc', 'corp', 'co', 'ltd', 'bros', 'intl', 'mfg',
]);

/** Other abbreviations and dotted acronyms (lower-cased, final period dropped). */
// prettier-ignore
export const OTHER_ABBREVIATIONS = lazySet(() => [
  'st', 'vs', 'etc', 'no', 'nos', 'approx', 'dept', 'est', 'fig', 'ave', 'blvd', 'u.s', 'u.k', 'u.n',
  'a.m', 'p.m', 'e.g', 'i.e', 'd.c',
]);

/** The class of an abbreviation's lower-cased form, or null for an ordinary word. */
export type AbbreviationClass = 'title' | 'month' | 'suffix' | 'other';

export function abbreviationClass(lower: string): AbbreviationClass | null {
  if (TITLE_ABBREVIATIONS.has(lower)) return 'title';
  if (MONTH_ABBREVIATIONS.has(lower)) return 'month';
  if (NAME_SUFFIX_ABBREVIATIONS.has(lower)) return 'suffix';
  if (OTHER_ABBREVIATIONS.has(lower)) return 'other';
  return null;
}

/** Is this lower-cased word written with a period as an abbreviation of any class? */
export function isAbbreviationWord(lower: string): boolean {
  return abbreviationClass(lower) !== null;
}

/**
 * Words that open a sentence after an abbreviation's period: function words that no name, place
 * or company carries on ("... in the U.S. The", "..., said Ben Okoro Jr. He"). A capitalised word
 * not listed ("U.S. Games", "Acme Inc. Chairman") continues the sentence.
 */
// prettier-ignore
export const SENTENCE_OPENERS = lazySet(() => [
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'but', 'and', 'in', 'on', 'at',
  'this', 'that', 'these', 'those', 'there', 'his', 'her', 'their', 'its', 'our', 'my', 'your',
  'as', 'for', 'if', 'when', 'while', 'after', 'some', 'many', 'officials', 'then', 'however',
  'now', 'so', 'yet', 'still', 'what', 'why', 'how',
]);
