/**
 * The shape every gold file must have to be scored by the corpus rule, checked in one place for the
 * annotators' checker (`check-gold.ts`) and the unit test over all project gold.
 */
import type { GoldEntity } from './score';
import type { GoldAttribution } from './load';

/** A gold file as written. */
export interface GoldFile {
  id: string;
  file: string;
  entities: Record<string, GoldEntity>;
  attributions: GoldAttribution[];
}

const KINDS = new Set(['direct', 'indirect', 'mixed']);
// prettier-ignore
const TYPES = new Set([
  'person', 'organization', 'government', 'media', 'document', 'anonymous', 'unknown',
]);

/** Whitespace-insensitive, so a content copied across a soft line break still counts as copied. */
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Every way `gold` breaks the format, given the lines of text its contents must come from. */
export function goldProblems(gold: GoldFile, lines: readonly string[]): string[] {
  const problems: string[] = [];
  const text = lines.map(squash).join('\n');
  const names = new Set(Object.keys(gold.entities));
  for (const [name, e] of Object.entries(gold.entities)) {
    if (!TYPES.has(e.type)) problems.push(`entity "${name}" has unknown type "${e.type}"`);
  }
  gold.attributions.forEach((a, i) => {
    const at = `#${i} [${a.speaker}]`;
    if (!names.has(a.speaker)) problems.push(`${at} speaker is not a listed entity`);
    if (a.via !== undefined && !names.has(a.via)) problems.push(`${at} via is not a listed entity`);
    if (!KINDS.has(a.kind)) problems.push(`${at} kind "${a.kind}" is not direct/indirect/mixed`);
    if (squash(a.content).length === 0) problems.push(`${at} content is empty`);
    else if (!text.includes(squash(a.content)))
      problems.push(`${at} content is not copied from the text: "${a.content.slice(0, 60)}"`);
  });
  return problems;
}
