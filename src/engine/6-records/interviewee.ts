/**
 * Who an interview with no speaker labels is with (`unlabelled-interview.ts`): the person the
 * headline and the introduction before the first question name most. A magazine interview names
 * its subject in the headline ("Ann Lee Knows the Secret ...") and again in the introduction
 * ("thanks largely to producer Ann Lee"); people named in passing come up once.
 */
import type { BlockModel } from '../1-text/model';
import type { KnownName } from '../5-speakers/known-names';

/** What a headline's naming of someone weighs against one mention in the introduction. */
const HEADLINE_WEIGHT = 2;
/** Fewest weighted mentions that make someone the interview's subject. */
const MIN_MENTIONS = 2;

const POSSESSIVE = /['\u2019]s?$/u;

/** Token ranges where block `block` names `name`: the full name, else its surname alone. */
function mentionsOf(block: BlockModel, name: KnownName): Array<{ from: number; to: number }> {
  const words = name.name.toLowerCase().split(' ');
  const out: Array<{ from: number; to: number }> = [];
  const { tokens } = block;
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i];
    if (t === undefined || !t.isWord || !t.cap || block.quoted[i] === true) continue;
    const full = words.every(
      (w, k) => tokens[i + k]?.lower.replace(POSSESSIVE, '') === w && tokens[i + k]?.cap === true,
    );
    if (full) {
      out.push({ from: i, to: i + words.length });
      i += words.length - 1;
    } else if (t.lower.replace(POSSESSIVE, '') === name.surname) out.push({ from: i, to: i + 1 });
  }
  return out;
}

/** Where the interview's subject is first named in full (or by surname), or null when no one stands out. */
export function intervieweeMention(
  models: readonly BlockModel[],
  before: number,
  names: ReadonlyMap<string, KnownName>,
): { block: BlockModel; from: number; to: number } | null {
  let best: { score: number; at: { block: BlockModel; from: number; to: number } } | null = null;
  let tie = false;
  for (const known of names.values()) {
    if (!known.person || known.thing === true || !known.name.includes(' ')) continue;
    let score = 0;
    let at: { block: BlockModel; from: number; to: number } | null = null;
    for (const m of models) {
      if (m.index >= before) break;
      const found = mentionsOf(m, known);
      score += found.length * (m.kind === 'headline' ? HEADLINE_WEIGHT : 1);
      const widest = found.reduce<{ from: number; to: number } | null>(
        (w, f) => (w === null || f.to - f.from > w.to - w.from ? f : w),
        null,
      );
      // Resolved where the body names them: a headline's title case runs a name into the next
      // word ("Ann Lee Knows the Secret").
      const wider = widest !== null && (at === null || widest.to - widest.from > at.to - at.from);
      if (widest !== null && (wider || at?.block.kind === 'headline') && m.kind !== 'headline')
        at = { block: m, ...widest };
      else if (widest !== null && at === null) at = { block: m, ...widest };
    }
    if (at === null || score < MIN_MENTIONS) continue;
    if (best === null || score > best.score) {
      best = { score, at };
      tie = false;
    } else if (score === best.score) tie = true;
  }
  return best === null || tie ? null : best.at;
}
