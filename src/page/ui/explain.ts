/**
 * The hover card's words, as data: what each kind, source type and cue class means to a reader,
 * and why particular loaded verbs are flagged. Lemma notes cover the common loaded verbs; any other
 * loaded verb gets the class explanation.
 */
import type { AttributionKind, CueClass, EntityType } from '../../engine/types';

export const KIND_LABELS: Record<AttributionKind, string> = {
  direct: 'Direct quote',
  indirect: 'Reported speech',
  mixed: 'Partly quoted',
};

export const ENTITY_TYPE_LABELS: Record<EntityType, string> = {
  person: 'person',
  organization: 'organization',
  government: 'government body',
  media: 'news outlet',
  document: 'document',
  anonymous: 'unnamed source',
  unknown: 'source',
};

export const CUE_CLASS_NOTES: Record<CueClass, string> = {
  neutral: 'Neutral attribution.',
  loaded: 'Loaded verb: it characterizes the speaker or the claim rather than just reporting it.',
  hedging: 'Hedged: the outlet distances itself from the claim.',
  stance: 'A belief or position attributed to the source, not necessarily a statement.',
};

/** Why a loaded verb colours the claim, by lemma. */
export const LOADED_VERB_NOTES: Readonly<Record<string, string>> = {
  admit: '"Admit" implies the speaker conceded something true or embarrassing.',
  concede: '"Concede" implies the speaker gave ground reluctantly.',
  claim: '"Claim" casts doubt on whether the statement is true.',
  insist: '"Insist" suggests the speaker is pressing a disputed point.',
  allege: '"Allege" marks the statement as unproven.',
  boast: '"Boast" frames the speaker as self-congratulatory.',
  deny: '"Deny" frames the matter as an accusation the speaker rejects.',
  acknowledge: '"Acknowledge" implies the speaker accepted something already established.',
  confess: '"Confess" implies wrongdoing or embarrassment.',
  complain: '"Complain" frames the speaker as aggrieved.',
  maintain: '"Maintain" suggests the speaker holds a contested position.',
  warn: '"Warn" lends the claim urgency and the speaker authority.',
};

/** The note for a cue: lemma-specific for loaded verbs, else by class. */
export function cueNote(lemma: string, cueClass: CueClass): string {
  if (cueClass === 'loaded') return LOADED_VERB_NOTES[lemma] ?? CUE_CLASS_NOTES.loaded;
  return CUE_CLASS_NOTES[cueClass];
}
