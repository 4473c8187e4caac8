/**
 * "Prosecutors allege ... Swallow allegedly met Johnson at a diner": in a report built on a charge,
 * each "X allegedly did Y" is passed on from the accuser the story establishes, not from nameless
 * "allegations". The accuser is the first speaker that accuses by its verb ("prosecutors allege",
 * "the suit charges"), else the first that is an accuser by what it is ("according to the
 * indictment"). With none, the hedged records keep their unnamed source.
 */
import type { Resolved } from '../6-records/nesting';
import { agentlessSource } from '../lexicon/hedges';
import { ACCUSING_LEMMAS, isAccuserName } from '../lexicon/accusers';
import type { EntityType } from '../types';

/** What the accuser search needs to know of an entity. */
export interface AccuserView {
  name: string;
  type: EntityType;
}

/** Is this record passed on by "allegedly" / "is alleged to", with no source of its own? */
function isAllegedHedge(r: Resolved): boolean {
  const info = r.raw.cue?.info;
  return info?.class === 'hedging' && agentlessSource(info.lemma) === 'allegations';
}

/** The entity id of the article's accuser, or null when it establishes none. */
export function findAccuser(
  records: readonly Resolved[],
  view: (id: number) => AccuserView | undefined,
): number | null {
  let byName: number | null = null;
  for (const r of records) {
    if (isAllegedHedge(r)) continue;
    const e = view(r.speaker);
    if (e === undefined || e.type === 'person') continue;
    if (ACCUSING_LEMMAS.has(r.raw.cue?.info.lemma ?? '')) return r.speaker;
    if (byName === null && isAccuserName(e.name)) byName = r.speaker;
  }
  return byName;
}

/** Give every "allegedly" record the article's accuser, when it has one; mutates `records`. */
export function creditAllegedToAccuser(
  records: readonly Resolved[],
  view: (id: number) => AccuserView | undefined,
): void {
  if (!records.some(isAllegedHedge)) return;
  const accuser = findAccuser(records, view);
  if (accuser === null) return;
  for (const r of records) if (isAllegedHedge(r)) r.speaker = accuser;
}
