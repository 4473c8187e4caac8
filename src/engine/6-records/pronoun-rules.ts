/**
 * Second opinions on who "he" or "she" is, as a named table read in order: each rule looks at the
 * stage (`stage.ts`) and either names someone other than the resolver's pick or passes. The
 * resolver's own rule — the last person named or quoted, of a fitting gender where known — is
 * good in most sentences; these cover what it cannot see: genders shown by earlier pronouns,
 * people who are no known name yet, and which of a sentence's people was its subject.
 */
import type { BlockModel } from '../1-text/model';
import type { Gender } from '../lexicon/gender';
import type { PersonMention } from './people';
import { isSubject, ranked, type Note, type Stage } from './stage';

/**
 * A rule: someone else for the pronoun of gender `want` in `block`, or null to pass. `recent` is
 * the stage's notes newest first (`Stage.recent`), read once for all the rules.
 */
export type PronounRule = (
  stage: Stage,
  recent: readonly Note[],
  block: BlockModel,
  pick: number,
  want: Gender,
) => number | null;

const other = (g: Gender): Gender => (g === 'male' ? 'female' : 'male');

/** "She said" but the pick is a man: the latest person named who can be "she". */
export function otherGender(
  stage: Stage,
  recent: readonly Note[],
  block: BlockModel,
  pick: number,
  want: Gender,
): number | null {
  const g = stage.genderOf(pick);
  if (g === null || g === want) return null;
  for (const note of recent) {
    for (const m of ranked(note.named)) {
      if (stage.fits(m, pick, want)) return stage.entityFor(note.block, m);
    }
  }
  return null;
}

/**
 * "On Monday, he emailed Gaiman. '...,' he wrote.": a pronoun subject cannot mean a name that
 * follows it in its own clause, so the pick named after "he" in the sentence before is someone
 * else; the new "he" continues the old one, the person named or speaking before it.
 */
function pronounChain(
  stage: Stage,
  recent: readonly Note[],
  block: BlockModel,
  pick: number,
  want: Gender,
): number | null {
  const [prev, ...older] = recent;
  if (prev === undefined) return null;
  const picked = prev.named.find((m) => stage.names(m, pick));
  if (picked === undefined) return null;
  const pronoun = prev.pronouns.find((p) => p.gender === want && p.at < picked.from);
  if (pronoun === undefined) return null;
  const before = prev.named.filter((m) => m.to <= pronoun.at);
  for (const m of [...before].reverse())
    if (stage.fits(m, pick, want)) return stage.entityFor(prev.block, m);
  for (const note of older) {
    const spoke = note.speakers.find((s) => s !== pick && stage.genderOf(s) !== other(want));
    for (const m of ranked(note.named)) {
      if (stage.fits(m, pick, want)) return stage.entityFor(note.block, m);
    }
    if (spoke !== undefined) return spoke;
  }
  return null;
}

/**
 * "... after the novelist Jo Walton explained them to me. '...,' she said.": the pick has not
 * been named or heard in this paragraph (or, at a paragraph's start, the one before), which has
 * introduced exactly one other person the pronoun can mean: that person. Introduced means a
 * clause's subject or a person described ("his editor Teresa ..."); a name in passing ("opened
 * by Jean Morel in 1990") does not take the floor, nor does a name after a pronoun of the same
 * gender, which holds it already.
 */
function newcomer(
  stage: Stage,
  recent: readonly Note[],
  block: BlockModel,
  pick: number,
  want: Gender,
): number | null {
  const here = recent.filter((n) => n.block === block);
  const window = here.length > 0 ? here : recent.filter((n) => n.block.index === block.index - 1);
  const candidates: Array<{ note: Note; m: PersonMention }> = [];
  for (const [k, note] of window.entries()) {
    if (note.speakers.includes(pick) || note.named.some((m) => stage.names(m, pick))) return null;
    // "He moved back home, where he and Dorsey grew up": a "he" before the name already holds
    // the floor, so the name is no newcomer taking it.
    const earlier = window.slice(k + 1).some((n) => n.pronouns.some((p) => p.gender === want));
    for (const m of note.named) {
      if (earlier || afterPronoun(note, m, want)) continue;
      if (!(m.subject || m.described) || m.possessive || !stage.fits(m, pick, want)) continue;
      if (!candidates.some((c) => c.m.surname === m.surname)) candidates.push({ note, m });
    }
  }
  const only = candidates.length === 1 ? candidates[0] : undefined;
  return only === undefined ? null : stage.entityFor(only.note.block, only.m);
}

/**
 * "she was more nervous than Rose-Lynn has ever been": a name after a pronoun of the same gender
 * in its sentence does not take the floor the pronoun holds.
 */
function afterPronoun(note: Note, m: PersonMention, want: Gender): boolean {
  return note.pronouns.some((p) => p.gender === want && p.at < m.from);
}

/** The one subject of `note` who can be the pronoun, or null. */
function soleSubject(stage: Stage, note: Note, pick: number, want: Gender): number | null {
  const subjects = note.named.filter(
    (m) => isSubject(m) && stage.fits(m, pick, want) && !afterPronoun(note, m, want),
  );
  const only = subjects.length === 1 ? subjects[0] : undefined;
  return only === undefined ? null : stage.entityFor(note.block, only);
}

/**
 * "It begins with Buckley's voice ..., as Rose-Lynn summons the strength ... She apologizes":
 * the pick was only an owner or an object in the sentence before, whose one subject who can be
 * "she" is someone else; a subject pronoun continues that subject.
 */
function subjectOverOwner(
  stage: Stage,
  recent: readonly Note[],
  block: BlockModel,
  pick: number,
  want: Gender,
): number | null {
  const [prev] = recent;
  if (prev === undefined) return null;
  const mine = prev.named.filter((m) => stage.names(m, pick));
  if (mine.length === 0 || mine.some(isSubject)) return null;
  return soleSubject(stage, prev, pick, want);
}

/**
 * "Te Kaurinui was called after the first whale his father named ... He says ...": the sentence
 * just before, which did not name the pick, has one subject who can be "he": the pronoun
 * continues it (the subject of one sentence is the likeliest "he" of the next).
 */
function previousSubject(
  stage: Stage,
  recent: readonly Note[],
  block: BlockModel,
  pick: number,
  want: Gender,
): number | null {
  const [prev] = recent;
  if (prev === undefined || prev.speakers.includes(pick)) return null;
  if (prev.named.some((m) => stage.names(m, pick))) return null;
  return soleSubject(stage, prev, pick, want);
}

/**
 * The rules read when the pick was not named just before the pronoun in its own sentence (then
 * it stands: '"...," Askar wrote, 21 months, he said'), in order, the first answer winning.
 */
export const CONTEXT_RULES: readonly PronounRule[] = [
  pronounChain,
  newcomer,
  subjectOverOwner,
  previousSubject,
];
