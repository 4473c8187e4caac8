/**
 * Evidence about a speaker or a block that recency weighs before trusting it: whether a lone
 * capitalised speaker can be a person, and whether a block is running prose.
 */
import { lookupName, type KnownName } from './known-names';

/** A user name's shape: a capital or a digit inside the word ("ZetaFox", "pluto99"). */
const HANDLE = /[a-z][A-Z]|\d/;

/**
 * Can a lone capitalised speaker of no known kind be weighed as a person for "he"/"she"? Only with
 * evidence: a word of one of the article's person names, or a user name's shape. A bare word that
 * spoke ("Quorvex said") is as often a company or a group as a person.
 */
export function loneSpeakerIsPerson(name: string, names: ReadonlyMap<string, KnownName>): boolean {
  return HANDLE.test(name) || lookupName(names, name.toLowerCase())?.person === true;
}

/** The last character of a block of running prose: a caption or a heading ends without one. */
const PROSE_END = /[.!?:;"'\u201d\u2019\u2026)\]]\s*$/u;

/**
 * Does a block end like prose? A photo caption ("Ann Roe (left) in 1971") or a pull-quote label
 * between a speaker's paragraph and the quote that continues it names no one that quote is by.
 */
export function endsLikeProse(text: string): boolean {
  return PROSE_END.test(text);
}
