/**
 * Who is in the conversation. Interviews, trial testimony and profiles interleave several people's
 * words, and "the last speaker" is not enough to follow them: a pronoun after a quote ('..., she
 * said') may mean someone the paragraph has just introduced, and a quote paragraph with no cue may
 * answer the question the paragraph before asked. The conversation remembers the people the last
 * few sentences named (`people.ts`), the genders that pronouns have shown, and the two parties of a
 * question-and-answer exchange, and gives the article walk (`article.ts`) a second opinion on the
 * resolver's pick for "he"/"she" and a speaker for a cue-less turn.
 */
import type { BlockModel } from '../1-text/model';
import type { Sentence } from '../1-text/sentences';
import type { EntityResolver } from '../5-speakers/entities';
import { personGender } from '../5-speakers/pronouns';
import { genderOf, pronounGender, type Gender } from '../lexicon/gender';
import { Exchange } from './exchange';
import type { Resolved } from './nesting';
import { personsNamed, type PersonMention } from './people';

/** What one sentence put on stage. */
interface Note {
  block: BlockModel;
  named: PersonMention[];
  /** "he" and "she" outside quotations: a clause subject each (token index, gender). */
  pronouns: Array<{ at: number; gender: Gender }>;
  /** Entities that spoke in the sentence. */
  speakers: number[];
}

/** What the conversation reads of the names pre-pass: full names and their surnames. */
export interface FullName {
  name: string;
  surname: string;
  thing?: boolean;
}

/** How many sentences the conversation remembers. */
const MEMORY = 6;

const lastWord = (name: string): string =>
  (name.toLowerCase().split(' ').pop() ?? '').replace(/['\u2019]s?$/, '');

/** The people on stage lately, for pronoun speakers and cue-less turns. */
export class Conversation {
  private readonly notes: Note[] = [];
  /** Genders that "he"/"she" records have shown, by entity id. */
  private readonly learned = new Map<number, Gender>();
  /** Person speakers by surname: a bare surname later names someone already on stage. */
  private readonly speakersBySurname = new Map<string, number>();
  /** The two parties of a question and its answer. */
  readonly exchange: Exchange;

  /** Surname → the gender its full name's first name shows (null when namesakes disagree). */
  private surnameGenders: Map<string, Gender | null> | undefined;
  private namePartSet: Set<string> | undefined;

  constructor(
    private readonly resolver: EntityResolver,
    private readonly fullNames: ReadonlyMap<string, FullName>,
  ) {
    this.exchange = new Exchange(resolver);
  }

  /** "Ford" alone shows no gender, but the article's "John M. Ford" does. */
  private surnameGender(surname: string): Gender | null {
    if (this.surnameGenders === undefined) {
      this.surnameGenders = new Map();
      for (const known of this.fullNames.values()) {
        if (known.thing === true) continue;
        const g = firstNameGender(known.name);
        const had = this.surnameGenders.get(known.surname);
        this.surnameGenders.set(known.surname, had === undefined || had === g ? g : null);
      }
    }
    return this.surnameGenders.get(surname) ?? null;
  }

  /** Note one sentence after its records are resolved. */
  noteSentence(block: BlockModel, sentence: Sentence, records: readonly Resolved[]): void {
    const named = personsNamed(block, sentence, (w) => this.knownPerson(w));
    const pronouns: Note['pronouns'] = [];
    for (let i = sentence.from; i < sentence.to; i += 1) {
      const t = block.tokens[i];
      if (t === undefined || block.quoted[i] === true) continue;
      if (t.lower === 'he' || t.lower === 'she')
        pronouns.push({ at: i, gender: t.lower === 'he' ? 'male' : 'female' });
    }
    const speakers: number[] = [];
    for (const r of records) {
      if (r.via !== undefined) continue;
      speakers.push(r.speaker);
      const e = this.resolver.get(r.speaker);
      if (e?.type === 'person') this.speakersBySurname.set(lastWord(e.name), r.speaker);
    }
    this.exchange.note(block, sentence, records, named);
    this.notes.push({ block, named, pronouns, speakers });
    if (this.notes.length > MEMORY) this.notes.shift();
  }

  /**
   * The speaker of a record whose speaker is "he" or "she": the resolver's pick unless the
   * conversation knows better, then what the pronoun shows of that speaker's gender is learned.
   */
  pronounSpeaker(block: BlockModel, r: Resolved): number {
    if (!r.pronoun || r.mention === null) return r.speaker;
    return this.pronounAt(block, r.mention.start, r.speaker);
  }

  /** `pronounSpeaker` for the pronoun starting at character `at`, the resolver having picked `pick`. */
  pronounAt(block: BlockModel, at: number, pick: number): number {
    const word = /^\p{L}+/u.exec(block.text.slice(at, at + 4))?.[0].toLowerCase() ?? '';
    const want = word === 'he' || word === 'she' ? pronounGender(word) : null;
    if (want === null) return pick;
    const clash = this.otherGender(block, pick, want);
    // '"...," Askar wrote, 21 months, he said': the pick was named just before in this sentence.
    const namedHere = clash === null && this.namedBefore(block, at, pick);
    const chosen =
      clash ??
      (namedHere
        ? null
        : (this.pronounChain(block, pick, want) ??
          this.newcomer(block, pick, want) ??
          this.subjectOverOwner(block, pick, want) ??
          this.previousSubject(block, pick, want))) ??
      pick;
    if (this.lexiconGender(chosen) === null) this.learned.set(chosen, want);
    return chosen;
  }

  /**
   * "When the immunologist De'Broski Herbert looked ..., he thought ...": a "he"/"she" the
   * resolver finds no one for, at token `at`, is the person named before it in its own sentence,
   * else the latest person the conversation has on stage who can be meant.
   */
  pronounAlone(block: BlockModel, at: number): number | null {
    const want = pronounGender(block.tokens[at]?.lower ?? '');
    const sentence = block.sentences.find((s) => s.from <= at && at < s.to);
    if (want === null || sentence === undefined) return null;
    const here = personsNamed(block, sentence, (w) => this.knownPerson(w)).filter(
      (m) => m.to <= at && !m.possessive,
    );
    const notes: Array<{ block: BlockModel; named: PersonMention[] }> = [
      { block, named: here.reverse() },
      ...this.recent(block).map((n) => ({ block: n.block, named: Conversation.ranked(n.named) })),
    ];
    for (const note of notes) {
      for (const m of note.named) if (this.fits(m, -1, want)) return this.entityFor(note.block, m);
    }
    return null;
  }

  private knownPerson(word: string): 'person' | 'name-part' | null {
    if (this.speakersBySurname.has(word) || this.resolver.isKnownPerson(word)) return 'person';
    return this.nameParts().has(word) ? 'name-part' : null;
  }

  /**
   * Given names of the article's full names: "Rose-Lynn" or "Te Kaurinui" alone may be Rose-Lynn
   * Harlan or Te Kaurinui Robert Parata when the words act as a person. (Not surnames: the last
   * word of a headline's capitalised run is as often a product as a person's name.)
   */
  private nameParts(): Set<string> {
    if (this.namePartSet === undefined) {
      this.namePartSet = new Set();
      for (const known of this.fullNames.values()) {
        const words = known.name.toLowerCase().split(' ');
        if (known.thing === true || words.length < 2) continue;
        for (const w of words.slice(0, -1)) this.namePartSet.add(w);
      }
    }
    return this.namePartSet;
  }

  /** Is `id` named in the record's own sentence before its speaker pronoun? */
  private namedBefore(block: BlockModel, at: number, id: number): boolean {
    const sentence = block.sentences.find(
      (s) => (block.tokens[s.from]?.start ?? 0) <= at && at < (block.tokens[s.to - 1]?.end ?? 0),
    );
    if (sentence === undefined) return false;
    return personsNamed(block, sentence, (w) => this.knownPerson(w)).some(
      (m) => (block.tokens[m.to - 1]?.end ?? 0) <= at && this.names(m, id),
    );
  }

  /** The gender the article has shown for an entity: its name and titles, else its pronouns. */
  genderOf(id: number): Gender | null {
    return this.lexiconGender(id) ?? this.learned.get(id) ?? null;
  }

  private lexiconGender(id: number): Gender | null {
    const e = this.resolver.get(id);
    if (e === undefined || e.type !== 'person') return null;
    return personGender({ name: e.name, roles: new Set(), aliases: e.aliases });
  }

  private mentionGender(m: PersonMention): Gender | null {
    const id = this.speakersBySurname.get(m.surname);
    const lone = m.words.length === 1 ? this.surnameGender(m.surname) : null;
    return (id === undefined ? null : this.genderOf(id)) ?? m.gender ?? lone;
  }

  /** Does the mention name the entity `id` (by surname, or as a speaker met before)? */
  private names(m: PersonMention, id: number): boolean {
    if (this.speakersBySurname.get(m.surname) === id) return true;
    const e = this.resolver.get(id);
    if (e === undefined) return false;
    return lastWord(e.name) === m.surname || e.aliases.some((a) => lastWord(a) === m.surname);
  }

  private fits(m: PersonMention, not: number, want: Gender): boolean {
    const g = this.mentionGender(m);
    return (g === null || g === want) && !this.names(m, not);
  }

  /** The recent notes, newest first, no further back than the block before `block`. */
  private recent(block: BlockModel): Note[] {
    const out: Note[] = [];
    for (let i = this.notes.length - 1; i >= 0; i -= 1) {
      const n = this.notes[i];
      if (n === undefined || n.block.index < block.index - 1) break;
      out.push(n);
    }
    return out;
  }

  /** An entity id for a mention: the speaker met before, else the resolver's entity (persons only). */
  private entityFor(block: BlockModel, m: PersonMention): number | null {
    const known = this.speakersBySurname.get(m.surname);
    if (known !== undefined) return known;
    const id = this.resolver.resolve(block, m.from, m.to);
    const type = id === null ? undefined : this.resolver.get(id)?.type;
    // An unnamed person ("one mother") is an anonymous source.
    return type === 'person' || type === 'unknown' || type === 'anonymous' ? id : null;
  }

  /** Subjects first, then the rest in reading order; possessives last. */
  private static ranked(named: readonly PersonMention[]): PersonMention[] {
    const rank = (m: PersonMention) => (m.possessive ? 2 : m.subject ? 0 : 1);
    return [...named].sort((a, b) => rank(a) - rank(b));
  }

  /** "She said" but the pick is a man: the latest person named who can be "she". */
  private otherGender(block: BlockModel, pick: number, want: Gender): number | null {
    const g = this.genderOf(pick);
    if (g === null || g === want) return null;
    for (const note of this.recent(block)) {
      for (const m of Conversation.ranked(note.named)) {
        if (this.fits(m, pick, want)) return this.entityFor(note.block, m);
      }
    }
    return null;
  }

  /**
   * "On Monday, he emailed Gaiman. '...,' he wrote.": a pronoun subject cannot mean a name that
   * follows it in its own clause, so the pick named after "he" in the sentence before is someone
   * else; the new "he" continues the old one, the person named or speaking before it.
   */
  private pronounChain(block: BlockModel, pick: number, want: Gender): number | null {
    const [prev, ...older] = this.recent(block);
    if (prev === undefined) return null;
    const picked = prev.named.find((m) => this.names(m, pick));
    if (picked === undefined) return null;
    const pronoun = prev.pronouns.find((p) => p.gender === want && p.at < picked.from);
    if (pronoun === undefined) return null;
    const before = prev.named.filter((m) => m.to <= pronoun.at);
    for (const m of [...before].reverse())
      if (this.fits(m, pick, want)) return this.entityFor(prev.block, m);
    for (const note of older) {
      const spoke = note.speakers.find((s) => s !== pick && this.genderOf(s) !== other(want));
      for (const m of Conversation.ranked(note.named)) {
        if (this.fits(m, pick, want)) return this.entityFor(note.block, m);
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
   * by Jean Morel in 1990") does not take the floor.
   */
  private newcomer(block: BlockModel, pick: number, want: Gender): number | null {
    const here = this.recent(block).filter((n) => n.block === block);
    const window =
      here.length > 0 ? here : this.recent(block).filter((n) => n.block.index === block.index - 1);
    const candidates: Array<{ note: Note; m: PersonMention }> = [];
    for (const note of window) {
      if (note.speakers.includes(pick) || note.named.some((m) => this.names(m, pick))) return null;
      for (const m of note.named) {
        if (!(m.subject || m.described) || m.possessive || !this.fits(m, pick, want)) continue;
        if (!candidates.some((c) => c.m.surname === m.surname)) candidates.push({ note, m });
      }
    }
    const only = candidates.length === 1 ? candidates[0] : undefined;
    return only === undefined ? null : this.entityFor(only.note.block, only.m);
  }

  /**
   * "Te Kaurinui was called after the first whale his father named ... He says ...": the sentence
   * just before, which did not name the pick, has one subject who can be "he": the pronoun
   * continues it (the subject of one sentence is the likeliest "he" of the next).
   */
  private previousSubject(block: BlockModel, pick: number, want: Gender): number | null {
    const [prev] = this.recent(block);
    if (prev === undefined || prev.speakers.includes(pick)) return null;
    if (prev.named.some((m) => this.names(m, pick))) return null;
    const subjects = prev.named.filter((m) => isSubject(m) && this.fits(m, pick, want));
    const only = subjects.length === 1 ? subjects[0] : undefined;
    return only === undefined ? null : this.entityFor(prev.block, only);
  }

  /**
   * "It begins with Buckley's voice ..., as Rose-Lynn summons the strength ... She apologizes":
   * the pick was only an owner or an object in the sentence before, whose one subject who can be
   * "she" is someone else; a subject pronoun continues that subject.
   */
  private subjectOverOwner(block: BlockModel, pick: number, want: Gender): number | null {
    const [prev] = this.recent(block);
    if (prev === undefined) return null;
    const mine = prev.named.filter((m) => this.names(m, pick));
    if (mine.length === 0 || mine.some(isSubject)) return null;
    const subjects = prev.named.filter((m) => isSubject(m) && this.fits(m, pick, want));
    const only = subjects.length === 1 ? subjects[0] : undefined;
    return only === undefined ? null : this.entityFor(prev.block, only);
  }
}

/** Mentions that can take the floor: a clause's subject, not a possessive. */
const isSubject = (m: PersonMention): boolean => m.subject && !m.possessive;

const firstNameGender = (name: string): Gender | null => genderOf(name.split(' ')[0] ?? '');

const other = (g: Gender): Gender => (g === 'male' ? 'female' : 'male');
