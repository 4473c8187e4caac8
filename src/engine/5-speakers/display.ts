/**
 * Speakers of headlines, standfirsts and crossheads that only describe who speaks ("Browns player
 * on the fight: He asked for it", "The mother of a woman who took diet pills has described how
 * ..."): the body names that person where it gives the same words ('he's asking for it,'
 * Richardson said). A described display speaker who never speaks in the body takes the speaker of
 * the body record that repeats the display claim — its quoted words when it quotes.
 */
import { isDisplayKind } from '../1-text/display';
import { covered, norm } from '../2-quotes/echo';
import type { BlockModel } from '../1-text/model';
import { CLOSED_CLASS } from '../lexicon/pos';
import { ANONYMOUS_HEADS, ROLE_WORDS, isDocumentWord, isRoleWord } from '../lexicon/sources';
import type { Resolved } from '../6-records/nesting';
import { agentlessSource } from '../lexicon/hedges';
import type { EntityType } from '../types';
import { lazySet } from '../lexicon/lazy';

/** Share of the display claim's words, and of its content words, the body record must hold. */
const MIN_COVERAGE = 0.75;
const MIN_WORDS = 3;
/** Display records looked at per article: a page of a thousand crossheads stays linear. */
const MAX_DESCRIBED = 32;

/** "Browns player", "the mother of a woman": a phrase whose head is a common noun, not a name. */
function isDescribed(mention: Resolved['mention']): boolean {
  if (mention === null) return false;
  const words = mention.text.split(/[^\p{L}\p{N}'\u2019-]+/u).filter(Boolean);
  const head = words[words.length - 1];
  if (head === undefined) return false;
  const lower = head.toLowerCase();
  // "...: study" names the document itself, a source in its own right.
  if (isDocumentWord(lower)) return false;
  const cap = head[0] !== head[0]?.toLowerCase();
  return !cap || isRoleWord(lower) || ANONYMOUS_HEADS.has(lower);
}

/** The text a body record must repeat: the display claim's quoted words, or all of it. */
function claimText(block: BlockModel, r: Resolved): string {
  const { start, end } = r.raw;
  const quoted = block.quotes
    .filter((q) => q.innerStart < end && q.innerEnd > start)
    .map((q) => block.text.slice(Math.max(start, q.innerStart), Math.min(end, q.innerEnd)));
  return quoted.length > 0 ? quoted.join(' ') : block.text.slice(start, end);
}

/** The stems of a text's open-class words ("He asked for it" → "ask"). */
const contentWords = (text: string): string[] =>
  norm(
    text
      .split(/\s+/)
      .filter((w) => !CLOSED_CLASS.has(w.toLowerCase().replace(/\P{L}+/gu, '')))
      .join(' '),
  );

/** The lower-cased head word of a described mention ("Union leader" → "leader"). */
function headWord(mention: Resolved['mention']): string {
  const words = mention === null ? [] : mention.text.split(/[^\p{L}\p{N}'\u2019-]+/u);
  return (words.filter(Boolean).pop() ?? '').toLowerCase();
}

/** The body speaker who repeats the display claim's words best, or null. */
function speakerOfSameWords(
  block: BlockModel,
  r: Resolved,
  body: ReadonlyArray<{ r: Resolved; words: ReadonlySet<string> }>,
): number | null {
  const text = claimText(block, r);
  const words = norm(text);
  const content = contentWords(text);
  if (words.length < MIN_WORDS || content.length === 0) return null;
  let best: { speaker: number; score: number } | null = null;
  for (const b of body) {
    if (covered(words, b.words) < MIN_COVERAGE) continue;
    const score = covered(content, b.words);
    if (score >= MIN_COVERAGE && (best === null || score > best.score))
      best = { speaker: b.r.speaker, score };
  }
  return best?.speaker ?? null;
}

/**
 * "Union leader says ..." and, in the body, "Union leader Tom Reed said ...": the one body speaker
 * introduced with the display phrase's role word, or null when none or several are.
 */
function speakerWithRole(role: string, body: ReadonlyArray<{ r: Resolved }>): number | null {
  if (!isRoleWord(role)) return null;
  const holders = new Set<number>();
  for (const { r } of body) {
    const words = r.mention?.text.toLowerCase().split(/[^\p{L}\p{N}'\u2019-]+/u) ?? [];
    // The role must stand before a name ("Union leader Tom Reed"), not be the whole mention.
    const at = words.indexOf(role);
    if (at >= 0 && at < words.length - 1) holders.add(r.speaker);
  }
  return holders.size === 1 ? ([...holders][0] ?? null) : null;
}

/** Body records a main speaker must have, and the share of the body's person records. */
const MAIN_MIN_RECORDS = 3;
const MAIN_MIN_SHARE = 0.5;

/**
 * "Top official says ..." over a body where one named person does most of the talking: a singular
 * role stands for that person when the body never repeats the display words nor names the role.
 * Null when the role is plural or a group ("marshals", "experts"), or no person dominates.
 */
function mainPerson(
  role: string,
  body: ReadonlyArray<{ r: Resolved }>,
  typeOf: (id: number) => EntityType | undefined,
): number | null {
  if (!ROLE_WORDS.has(role)) return null;
  const counts = new Map<number, number>();
  let people = 0;
  for (const { r } of body) {
    if (typeOf(r.speaker) !== 'person') continue;
    people += 1;
    counts.set(r.speaker, (counts.get(r.speaker) ?? 0) + 1);
  }
  let best: [number, number] | null = null;
  for (const entry of counts) if (best === null || entry[1] > best[1]) best = entry;
  if (best === null || best[1] < MAIN_MIN_RECORDS || best[1] <= people * MAIN_MIN_SHARE)
    return null;
  return best[0];
}

/** Give described display speakers the body speaker who says the same words; mutates `records`. */
export function resolveDisplaySpeakers(
  models: readonly BlockModel[],
  records: readonly Resolved[],
  typeOf: (id: number) => EntityType | undefined,
): void {
  const isDisplay = (r: Resolved) => isDisplayKind(models[r.raw.block]?.kind ?? 'paragraph');
  const described = records
    .filter((r) => isDisplay(r) && !r.pronoun && isDescribed(r.mention))
    .slice(0, MAX_DESCRIBED);
  // Most articles have none: skip the body's word sets.
  if (described.length === 0) return;
  const body = records
    .filter((r) => !isDisplay(r) && r.via === undefined)
    .map((r) => {
      const m = models[r.raw.block];
      return {
        r,
        words: new Set(norm(m === undefined ? '' : m.text.slice(r.raw.start, r.raw.end))),
      };
    });
  const bodySpeakers = new Set(body.map((b) => b.r.speaker));
  for (const r of described) {
    const block = models[r.raw.block];
    if (block === undefined || bodySpeakers.has(r.speaker)) continue;
    const role = headWord(r.mention);
    const named =
      speakerOfSameWords(block, r, body) ??
      speakerWithRole(role, body) ??
      mainPerson(role, body, typeOf);
    if (named !== null) r.speaker = named;
  }
}

/** A display speaker that is only the word for a report. */
const REPORT_WORDS = lazySet(() => ['report', 'reports', 'a report', 'new report']);

/** Blocks from the top in which a display claim's "reportedly" looks for the report's outlet. */
const REPORT_REACH = 4;

/**
 * "Regulator reportedly investigating WeWork" over "According to Reuters, ...": a display claim
 * passed on as "reports" is the report the article credits at its top, the first outlet cited
 * there; mutates `records`.
 */
export function creditReportedDisplay(
  models: readonly BlockModel[],
  records: readonly Resolved[],
  typeOf: (id: number) => EntityType | undefined,
): void {
  for (const r of records) {
    const lemma = r.raw.cue?.info.lemma ?? '';
    const block = models[r.raw.block];
    if (block === undefined || !isDisplayKind(block.kind)) continue;
    const hedged = r.raw.cue?.info.class === 'hedging' && agentlessSource(lemma) === 'reports';
    // "Report: ..." and "...: report" name the same report the body's top credits.
    const bare = REPORT_WORDS.has(r.mention?.text.toLowerCase() ?? '');
    if (!hedged && !bare) continue;
    const outlet = records.find(
      (o) =>
        o.raw.block >= r.raw.block &&
        o.raw.block < REPORT_REACH &&
        o.raw.cue?.info.class !== 'hedging' &&
        typeOf(o.speaker) === 'media',
    );
    if (outlet !== undefined) r.speaker = outlet.speaker;
  }
}
