/**
 * Number wording shared by the components and the Markdown export, so "1 claim" / "9 claims" and
 * percentages read the same everywhere. Extension locales have no plural rules, hence two keys.
 */
import type { AttributionKind, ClaimClass, EntityType } from '../engine/types';
import type { PageVerdict } from '../page/types';
import type { Translate } from './i18n';

/** `key` + "One" for one, `key` for any other count (e.g. `countClaimsOne` / `countClaims`). */
export function plural(t: Translate, key: string, count: number): string {
  return t(count === 1 ? `${key}One` : key, count);
}

/** A 0..1 share as a whole percentage ("67%"). */
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

const TYPE_KEYS: Record<EntityType, string> = {
  person: 'typePerson',
  organization: 'typeOrganization',
  government: 'typeGovernment',
  media: 'typeMedia',
  document: 'typeDocument',
  anonymous: 'typeAnonymous',
  unknown: 'typeUnknown',
};

/** Reader-facing label of a source type. */
export function typeLabel(t: Translate, type: EntityType): string {
  return t(TYPE_KEYS[type]);
}

const KIND_KEYS: Record<AttributionKind, string> = {
  direct: 'kindDirect',
  indirect: 'kindIndirect',
  mixed: 'kindMixed',
};

const CLAIM_KEYS: Record<Exclude<ClaimClass, 'speech'>, string> = {
  projection: 'claimProjection',
  belief: 'claimBelief',
  finding: 'claimFinding',
  testimony: 'claimTestimony',
};

/**
 * Reader-facing label of a claim class, or null for plain speech (the common case, which the cue
 * already says): "Projection" for a forecast, "Finding" for what a poll showed.
 */
export function claimLabel(t: Translate, claim: ClaimClass): string | null {
  return claim === 'speech' ? null : t(CLAIM_KEYS[claim]);
}

/** Reader-facing label of an attribution kind ("Quoted", "Paraphrased", "Partly quoted"). */
export function kindLabel(t: Translate, kind: AttributionKind): string {
  return t(KIND_KEYS[kind]);
}

const VERDICT_KEYS: Record<PageVerdict, string> = {
  news: 'verdictNews',
  opinion: 'verdictOpinion',
  article: 'verdictArticle',
  'not-news': 'verdictNotNews',
};

/** Reader-facing label of a detection verdict. */
export function verdictLabel(t: Translate, verdict: PageVerdict): string {
  return t(VERDICT_KEYS[verdict]);
}

/** Speaker name, or the translated placeholder for a source the engine left unnamed. */
export function speakerName(t: Translate, name: string): string {
  return name || t('unknownSpeaker');
}
