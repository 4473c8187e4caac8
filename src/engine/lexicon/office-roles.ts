/**
 * Roles that one person holds in a body, written with the body after "of", "for" or "at": "the head
 * of the children's fund", "a lawyer for the family", "the chief of the agency". Such a phrase
 * names the holder, a person, not the body after the preposition, which is only where the holder
 * works; speaker resolution reads its role and looks for the person the article gives it.
 */
import { lazySet } from './lazy';

// prettier-ignore
const OFFICE_ROLES = lazySet(() => [
  'head', 'chief', 'director', 'president', 'chairman', 'chairwoman', 'chair', 'leader', 'boss',
  'ceo', 'cfo', 'coo', 'cto', 'founder', 'co-founder', 'spokesman', 'spokeswoman', 'spokesperson',
  'minister', 'governor', 'mayor', 'commissioner', 'administrator', 'superintendent', 'lawyer',
  'attorney', 'counsel', 'solicitor', 'barrister', 'editor', 'editor-in-chief', 'owner', 'dean',
  'ambassador', 'envoy', 'coach', 'manager',
]);

/** Prepositions that tie an office to its body ("head of", "spokesman for", "lawyer at"). */
const OFFICE_PREPS = lazySet(() => ['of', 'for', 'at']);

/** Is `role` a post one person holds in a body ("head", "spokesman", "lawyer")? */
export function isOfficeRole(role: string): boolean {
  return OFFICE_ROLES.has(role);
}

/** Does `prep` tie an office to the body it is held in ("of", "for", "at")? */
export function isOfficePrep(prep: string): boolean {
  return OFFICE_PREPS.has(prep);
}
