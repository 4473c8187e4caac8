/**
 * Stage 7b's memory of people, for "he", "she", a group's "they" and role nouns: the salience
 * model (`salience.ts`) fed sentence by sentence with the mentions `sentence-mentions.ts` finds,
 * the genders the article itself shows ("Smith and her lawyer"), and the last group of people
 * named ("Smith and Jones"). A person named in passing is held as a known name and becomes an
 * entity only when a pronoun or role noun refers to it, so role look-ups see speakers first.
 */
import { sameRoleClass } from '../lexicon/role-classes';
import type { Gender } from '../lexicon/gender';
import type { BlockModel } from '../1-text/model';
import type { EntityState, PhraseContext } from './entity-store';
import { lookupName, personHolding, type KnownName } from './known-names';
import { personGender } from './pronouns';
import { handleOwner } from './handle-owner';
import { Salience, type Fit } from './salience';
import {
  frontedClaim,
  sentenceMentions,
  type CharSpan,
  type MentionEvent,
} from './sentence-mentions';

/** A person as the memory holds it: an entity, or a name not yet made one. */
export type Person = EntityState | KnownName;

/** A sentence that named people, none of whom a following cue-less quote can be given to. */
export const NO_ONE: KnownName = {
  name: '',
  surname: '',
  roles: new Set(),
  person: false,
  mentions: 0,
};

/** The sentence holding token `at`, by binary search (a long block has many sentences). */
function sentenceAt(block: BlockModel, at: number): BlockModel['sentences'][number] | undefined {
  const { sentences } = block;
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (s === undefined) return undefined;
    if (at < s.from) hi = mid - 1;
    else if (at >= s.to) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** Keys of known names, made once each: a name is looked up at every mention. */
let nameKeys: WeakMap<KnownName, string> | undefined;

/** The key a person has or will have as an entity (`EntityStore.person` makes the same). */
function keyOf(p: Person): string {
  if ('id' in p) return p.key;
  nameKeys ??= new WeakMap();
  let key = nameKeys.get(p);
  if (key === undefined) {
    key = `person:${p.name.toLowerCase()}`;
    nameKeys.set(p, key);
  }
  return key;
}

/** A person's gender from its name and roles, remembered until it gains a role or alias. */
let genders: WeakMap<Person, { roles: number; aliases: number; gender: Gender | null }> | undefined;

function genderOfPerson(p: Person): Gender | null {
  genders ??= new WeakMap();
  const roles = p.roles.size;
  const aliases = 'id' in p ? p.aliases.length : 0;
  const known = genders.get(p);
  if (known !== undefined && known.roles === roles && known.aliases === aliases)
    return known.gender;
  const gender = personGender(p);
  genders.set(p, { roles, aliases, gender });
  return gender;
}

/**
 * How many sentences' worth a new paragraph ages everyone: a paragraph often turns to someone new,
 * so a speaker two paragraphs back yields to a person the paragraph just before brought up.
 */
const PARAGRAPH_AGE = 2;

/** The people an article has brought up lately, and how prominently. */
export class RecentPeople {
  private readonly salience = new Salience<Person>(keyOf);
  /** Gender the article itself shows for a person: + per female sign, − per male sign. */
  private readonly shown = new Map<string, number>();
  /** People brought in by an indefinite phrase ("one mother"), by key, until they speak. */
  private readonly described = new Map<string, KnownName>();
  /** The first person of the latest group of people named ("Smith and Jones"), and when. */
  private group: { first: Person; clock: number; sentence: number } | null = null;
  /** Sentences read, and the one in which a group or thing last spoke. */
  private sentence = 0;
  private thingSpokeIn = -1;
  /** How far the current sentence has been read ahead of its end, for a pronoun in it. */
  private read = { block: -1, from: -1, upTo: -1 };
  /** Sentences read, plus `PARAGRAPH_AGE` per paragraph begun: what salience fades by. */
  private clock = 0;
  private block = -1;
  /** The last person who spoke: a pronoun's fallback when two newcomers are equally likely. */
  private lastSpeaker: EntityState | null = null;
  /** Person key → the block the article first names them in, speaking or not. */
  private readonly namedIn = new Map<string, number>();

  constructor(private readonly ctx: PhraseContext) {}

  /** Advance to the next sentence, of block `block`. */
  nextSentence(block: number): void {
    this.sentence += 1;
    this.clock += block !== this.block ? 1 + PARAGRAPH_AGE : 1;
    this.block = block;
  }

  /**
   * Weigh the people the sentence at tokens `[from, to)` brings up, once its claims (character
   * ranges `claims`) are known; returns the first person it names, if any.
   */
  noteSentence(
    block: BlockModel,
    from: number,
    to: number,
    claims: readonly CharSpan[],
  ): Person | null {
    const same = this.read.block === block.index && this.read.from === from;
    const read = same ? this.read.upTo : from;
    if (same) this.read = { block: -1, from: -1, upTo: -1 };
    const events = sentenceMentions(block, from, to, claims, this.named, this.introduced);
    return this.apply(same ? events.filter((e) => e.at >= read) : events);
  }

  /**
   * "In Cohen's studies, he found ...": weigh the people named before token `at` in its own
   * sentence, so a pronoun there can take them up; the rest waits for the sentence's end.
   */
  notePrefix(block: BlockModel, at: number): void {
    const sentence = sentenceAt(block, at);
    if (sentence === undefined) return;
    const same = this.read.block === block.index && this.read.from === sentence.from;
    const read = same ? this.read.upTo : sentence.from;
    if (at <= read) return;
    const claims = frontedClaim(block, sentence.from, at);
    const events = sentenceMentions(block, sentence.from, at, claims, this.named);
    this.apply(events.filter((e) => e.at >= read && e.kind === 'name'));
    this.read = { block: block.index, from: sentence.from, upTo: at };
  }

  /** `e` spoke: the speaker of a claim is the weightiest mention. */
  spoke(e: EntityState): void {
    this.salience.note(e, 'speaker', this.clock);
    this.lastSpeaker = e;
  }

  /**
   * The most salient person a pronoun of gender `want` can refer to, made an entity; when
   * everyone clashes, the most salient anyway (the gender model only breaks ties).
   */
  forPronoun(want: Gender | null): EntityState | null {
    const fit = (p: Person, key: string): Fit => this.fit(p, key, want);
    const chosen =
      this.salience.best(this.clock, fit) ?? this.salience.best(this.clock, () => 'open');
    // Two newcomers just as likely ("Jean Morel and Kim Lark run it. '...,' she said"): no
    // guess between them; the pronoun stays with the last speaker it can mean.
    if (chosen !== null && chosen.tied && this.lastSpeaker !== null) {
      const last = this.lastSpeaker;
      if (fit(last, keyOf(last)) !== 'clash') return last;
    }
    return this.materialise(chosen?.person ?? null);
  }

  /**
   * The block the article first names the person with entity key `key` in, though they do not
   * speak there ("Jo Hale is a 28-year-old engineer."); undefined when never named.
   */
  firstNamedIn(key: string): number | undefined {
    return this.namedIn.get(key);
  }

  /**
   * The most salient person whose gender does not clash with `want` ("the actress"), made an
   * entity; null when everyone clashes or two are just as salient: an epithet that shows a gender
   * is never given to someone of the other.
   */
  salientOf(want: Gender): EntityState | null {
    const chosen = this.salience.best(this.clock, (p, key) => this.fit(p, key, want));
    if (chosen === null) return null;
    if (chosen.tied && this.lastSpeaker !== null) {
      const last = this.lastSpeaker;
      if (this.fit(last, keyOf(last), want) !== 'clash') return last;
    }
    return this.materialise(chosen.person);
  }

  /** The most salient person held who has `role` ("the president"), made an entity, or null. */
  withRole(role: string): EntityState | null {
    const holder = this.salience.best(this.clock, (p) => (p.roles.has(role) ? 'open' : 'clash'));
    // Two holders of the role just as salient: no guess.
    if (holder === null || holder.tied) return null;
    return this.materialise(holder.person);
  }

  /**
   * The most salient person held with a role of the same class as `role` ("the Pentagon chief"
   * for "Defense Secretary X"), made an entity, or null (none, or two just as salient).
   */
  withRoleOfClass(role: string): EntityState | null {
    const fit = (p: Person): 'open' | 'clash' => {
      for (const r of p.roles) if (sameRoleClass(r, role)) return 'open';
      return 'clash';
    };
    const holder = this.salience.best(this.clock, fit);
    if (holder === null || holder.tied) return null;
    return this.materialise(holder.person);
  }

  /**
   * "Pluznick and her colleagues ... They found": the group of people named in the sentence
   * before (across a paragraph break too), unless a group or thing has spoken since; credited,
   * as the corpus does, to the person named first.
   */
  recentGroup(): EntityState | null {
    const g = this.group;
    if (g === null || this.clock - g.clock > 1 + PARAGRAPH_AGE || this.thingSpokeIn >= g.sentence)
      return null;
    return this.materialise(g.first);
  }

  /** A group or thing spoke: "they" now means it rather than people named before. */
  thingSpoke(): void {
    this.thingSpokeIn = this.sentence;
  }

  /** The person mentioned last, whatever the weights, made an entity. */
  latest(): EntityState | null {
    return this.materialise(this.salience.latest());
  }

  /** A person as an entity: a known name gets one on first reference. */
  materialise(p: Person | null): EntityState | null {
    if (p === null || 'id' in p) return p;
    const e = this.ctx.store.person(p);
    this.salience.replace(e);
    return e;
  }

  /**
   * Apply a sentence's mention events in reading order; returns the person a following cue-less
   * quote can be given to: the one person the sentence names, if a subject or someone who has
   * already been made an entity (spoke or was referred to). Two people, or a newcomer named in
   * passing ("led by Ann Jones"), leave it to the last speaker: no guess.
   */
  private apply(events: ReadonlyArray<MentionEvent<Person>>): Person | null {
    let first: Person | null = null;
    let firstRole: string | null = null;
    let others = false;
    /** People named so far in the sentence, outside its claims, the latest last. */
    const here: Person[] = [];
    for (const e of events) {
      if (e.kind === 'name') {
        const key = keyOf(e.person);
        if (!this.namedIn.has(key)) this.namedIn.set(key, this.block);
        if (e.role !== 'claim') here.push(e.person);
        if (first === null) {
          first = e.person;
          firstRole = e.role;
        } else if (keyOf(e.person) !== keyOf(first)) others = true;
        this.salience.note(e.person, e.role, this.clock);
      } else if (e.kind === 'possessive') {
        const key = keyOf(e.owner);
        this.shown.set(key, (this.shown.get(key) ?? 0) + (e.gender === 'female' ? 1 : -1));
      } else if (e.kind === 'group') {
        this.group = { first: e.first, clock: this.clock, sentence: this.sentence };
      } else {
        // "He" or "she" continues the chain of whoever it most likely means: a person named
        // earlier in its own sentence ("Roe, a buyer, kept the results, but he saw ...") before
        // anyone the sentences before brought up.
        const near = [...here].reverse().find((p) => this.fit(p, keyOf(p), e.gender) !== 'clash');
        const chosen =
          near ?? this.salience.best(this.clock, (p, key) => this.fit(p, key, e.gender))?.person;
        if (chosen !== undefined) this.salience.note(chosen, 'subject', this.clock);
      }
    }
    if (first === null) return null;
    return others || (firstRole !== 'subject' && !('id' in first)) ? NO_ONE : first;
  }

  /** Can `p` be what a pronoun of gender `want` refers to? */
  private fit(p: Person, key: string, want: Gender | null): Fit {
    if (want === null) return 'open';
    const shown = this.shown.get(key) ?? 0;
    const g = genderOfPerson(p) ?? (shown > 0 ? 'female' : shown < 0 ? 'male' : null);
    return g === null ? 'open' : g === want ? 'agrees' : 'clash';
  }

  /**
   * The person a name refers to (its words, lower-cased): the known full name that contains it
   * ("Te Kaurinui" → "Te Kaurinui Robert Parata", not another Parata), else the one its last word
   * means, else a person who has already spoken.
   */
  private readonly named = (words: readonly string[]): Person | undefined => {
    const { names, store } = this.ctx;
    const word = words[words.length - 1] ?? '';
    const found =
      (words.length >= 2 ? personHolding(names, words) : undefined) ?? lookupName(names, word);
    if (found?.person === true) return store.withKey(keyOf(found)) ?? found;
    // "@ladygaga": a user name that spells a person's name is that person's account.
    const owner = words.length === 1 && word.startsWith('@') ? handleOwner(names, word) : undefined;
    if (owner !== undefined) return store.withKey(keyOf(owner)) ?? owner;
    // A person who has already spoken, named again by surname ("Forrest Jones made ...").
    return store.withSurname(word)?.find((e) => e.type === 'person');
  };

  /** The person an indefinite phrase brings in ("one mother"); the same phrase again is the same. */
  private readonly introduced = (phrase: string, head: string): Person => {
    const key = `person:${phrase.toLowerCase()}`;
    const known = this.ctx.store.withKey(key) ?? this.described.get(key);
    if (known !== undefined) return known;
    const made: KnownName = {
      name: phrase,
      surname: head,
      roles: new Set([head]),
      person: true,
      mentions: 1,
    };
    this.described.set(key, made);
    return made;
  };
}
