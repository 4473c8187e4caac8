/**
 * The conversation's memory: who the last few sentences put on stage (`people.ts`), who spoke,
 * what genders names and pronouns have shown, and how a mention becomes an entity. The rules that
 * read it live in `pronoun-rules.ts` and `conversation.ts`; this file only remembers and answers.
 */
import type { BlockModel } from '../1-text/model';
import type { Sentence } from '../1-text/sentences';
import type { EntityResolver } from '../5-speakers/entities';
import { isAcronym } from '../5-speakers/name-words';
import { personGender } from '../5-speakers/pronouns';
import { genderOf, type Gender } from '../lexicon/gender';
import type { Resolved } from './nesting';
import { personsNamed, type PersonMention } from './people';

/**
 * What one sentence put on stage. The people and pronouns are read on first use: most sentences
 * are never looked back at, and reading every sentence's names would cost more than the rest of
 * the walk.
 */
export class Note {
  private people: PersonMention[] | undefined;
  private subjects: Array<{ at: number; gender: Gender }> | undefined;

  constructor(
    readonly block: BlockModel,
    private readonly sentence: Sentence,
    /** Entities that spoke in the sentence. */
    readonly speakers: readonly number[],
    private readonly read: (block: BlockModel, sentence: Sentence) => PersonMention[],
  ) {}

  /** The people the sentence names outside quotations (`people.ts`). */
  get named(): PersonMention[] {
    this.people ??= this.read(this.block, this.sentence);
    return this.people;
  }

  /** "he" and "she" outside quotations: a clause subject each (token index, gender). */
  get pronouns(): Array<{ at: number; gender: Gender }> {
    if (this.subjects === undefined) {
      this.subjects = [];
      const { block } = this;
      for (let i = this.sentence.from; i < this.sentence.to; i += 1) {
        const t = block.tokens[i];
        if (t === undefined || block.quoted[i] === true) continue;
        if (t.lower === 'he' || t.lower === 'she')
          this.subjects.push({ at: i, gender: t.lower === 'he' ? 'male' : 'female' });
      }
    }
    return this.subjects;
  }
}

/** What the conversation reads of the names pre-pass: full names and their surnames. */
export interface FullName {
  name: string;
  surname: string;
  thing?: boolean;
}

/** How many sentences the stage remembers. */
export const MEMORY = 6;

const lastWord = (name: string): string =>
  (name.toLowerCase().split(' ').pop() ?? '').replace(/['\u2019]s?$/, '');

const firstNameGender = (name: string): Gender | null => genderOf(name.split(' ')[0] ?? '');

/** Mentions that can take the floor: a clause's subject, not a possessive. */
export const isSubject = (m: PersonMention): boolean => m.subject && !m.possessive;

/** Subjects first, then the rest in reading order; possessives last. */
export function ranked(named: readonly PersonMention[]): PersonMention[] {
  const rank = (m: PersonMention) => (m.possessive ? 2 : m.subject ? 0 : 1);
  return [...named].sort((a, b) => rank(a) - rank(b));
}

/** The people on stage lately and what the article has shown of them. */
export class Stage {
  /** The last MEMORY sentences, oldest first. */
  readonly notes: Note[] = [];
  /** Sentences read since the last one with a speaker. */
  sinceSpeaker = 0;
  /** Genders that "he"/"she" records have shown, by entity id. */
  private readonly learned = new Map<number, Gender>();
  /** Person speakers by surname: a bare surname later names someone already on stage. */
  private readonly speakersBySurname = new Map<string, number>();
  /** Surname → the gender its full name's first name shows (null when namesakes disagree). */
  private surnameGenders: Map<string, Gender | null> | undefined;
  private namePartSet: Set<string> | undefined;

  constructor(
    readonly resolver: EntityResolver,
    private readonly fullNames: ReadonlyMap<string, FullName>,
  ) {}

  /** Remember one sentence after its records are resolved; returns its note. */
  note(block: BlockModel, sentence: Sentence, records: readonly Resolved[]): Note {
    const speakers: number[] = [];
    for (const r of records) {
      if (r.via !== undefined) continue;
      speakers.push(r.speaker);
      const e = this.resolver.get(r.speaker);
      // "ZetaFox told me": a lone name of no known kind that speaks is someone from then on; an
      // acronym ("NSA said") is an institution.
      const lone = e?.type === 'unknown' && !e.name.includes(' ') && !isAcronym(e.name);
      if (e?.type === 'person' || lone) this.speakersBySurname.set(lastWord(e.name), r.speaker);
    }
    const note = new Note(block, sentence, speakers, (b, s) => this.personsIn(b, s));
    this.notes.push(note);
    this.sinceSpeaker = speakers.length > 0 ? 0 : this.sinceSpeaker + 1;
    if (this.notes.length > MEMORY) this.notes.shift();
    return note;
  }

  /** The people a sentence names, by what the article knows of names and speakers. */
  personsIn(block: BlockModel, sentence: Sentence): PersonMention[] {
    return personsNamed(block, sentence, (w) => this.knownPerson(w));
  }

  /** Learn the gender a "he"/"she" showed for an entity whose name shows none. */
  learn(id: number, gender: Gender): void {
    if (this.lexiconGender(id) === null) this.learned.set(id, gender);
  }

  /** The gender the article has shown for an entity: its name and titles, else its pronouns. */
  genderOf(id: number): Gender | null {
    return this.lexiconGender(id) ?? this.learned.get(id) ?? null;
  }

  /** The recent notes, newest first, no further back than the block before `block`. */
  recent(block: BlockModel): Note[] {
    const out: Note[] = [];
    for (let i = this.notes.length - 1; i >= 0; i -= 1) {
      const n = this.notes[i];
      if (n === undefined || n.block.index < block.index - 1) break;
      out.push(n);
    }
    return out;
  }

  /** Does the mention name the entity `id` (by surname, or as a speaker met before)? */
  names(m: PersonMention, id: number): boolean {
    if (this.isNameOf(m.surname, id)) return true;
    // "Mark Robert" (or the "Robert" of it) for Mark Robert Tane: words of the name, in order.
    const name = this.resolver.get(id)?.name.toLowerCase();
    return name !== undefined && ` ${name} `.includes(` ${m.words.join(' ')} `);
  }

  /** Is this lower-cased word (a possessive ending allowed) the last word of a name of `id`? */
  isNameOf(word: string, id: number): boolean {
    const w = word.replace(/['\u2019]s?$/, '');
    if (this.speakersBySurname.get(w) === id) return true;
    const e = this.resolver.get(id);
    if (e === undefined) return false;
    return lastWord(e.name) === w || e.aliases.some((a) => lastWord(a) === w);
  }

  /** Can the mention be a "he"/"she" of gender `want` other than the entity `not`? */
  fits(m: PersonMention, not: number, want: Gender): boolean {
    const g = this.mentionGender(m);
    return (g === null || g === want) && !this.names(m, not);
  }

  /** An entity id for a mention: the speaker met before, else the resolver's entity (persons only). */
  entityFor(block: BlockModel, m: PersonMention): number | null {
    const known = this.speakersBySurname.get(m.surname);
    if (known !== undefined) return known;
    const id = this.resolver.resolve(block, m.from, m.to);
    const type = id === null ? undefined : this.resolver.get(id)?.type;
    // An unnamed person ("one mother") is an anonymous source.
    return type === 'person' || type === 'unknown' || type === 'anonymous' ? id : null;
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
}
