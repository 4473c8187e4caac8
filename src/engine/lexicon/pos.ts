/**
 * Parts of speech as data, for the engine's small tagger (`1-text/tags.ts`): the closed classes of
 * English, which a list settles, and the frequent open-class verbs, whose inflections tell a clause
 * boundary ("analysts who have done the calculations say") from a noun phrase. The rest of the
 * open class is decided by suffix and context, so no large dictionary ships in the bundle.
 */
import { inflect } from './verbs';
import { lazyMap, lazySet, lazyValue, type LazyMap } from './lazy';

/** The tag set: coarse on purpose — the engine needs phrases and clause edges, not treebank detail. */
export type Tag =
  | 'det' // the, a, some, many, this
  | 'poss' // his, her, their, its
  | 'pron' // he, she, they, it, we
  | 'rel' // who, whom, whose, which (and "that" where it opens a clause)
  | 'prep' // of, in, across, with
  | 'conj' // and, or, but
  | 'sub' // because, although, while, if
  | 'aux' // be, have, do, modals
  | 'verb'
  | 'noun'
  | 'name' // capitalised mid-sentence, or a known name
  | 'adj'
  | 'adv'
  | 'num'
  | 'time' // Monday, yesterday, March
  | 'punct';

const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);

/** Closed-class words and their tag; a word listed twice keeps its first tag. */
export const CLOSED_CLASS: LazyMap<string, Tag> = lazyMap<string, Tag>(() => {
  const groups: Array<[Tag, string]> = [
    [
      'det',
      'the a an this these those some many most several all both each every no any few another such much',
    ],
    ['poss', 'his her their its our my your whose'],
    [
      'pron',
      "he she they it we i you him them us me himself herself themselves itself one someone everyone anyone nobody everybody something nothing everything it's he's she's that's there's they're we're i'm you're they've we've i've he'd she'd they'd i'd it'll he'll she'll they'll we'll i'll",
    ],
    ['rel', 'who whom which'],
    [
      'prep',
      'of in on at by for with from to into onto about over under after before during across against among amongst between through throughout without within since until till than like near per via amid despite toward towards upon around along beyond behind beside besides beneath inside outside off up down out including regarding concerning following according',
    ],
    ['conj', 'and or but nor yet'],
    [
      'sub',
      'because although though albeit while whereas if unless whether when where once as so whenever wherever why how what whoever whomever',
    ],
    [
      'aux',
      "be is are was were am been being 's 're 'm have has had having 've 'd do does did will would can could may might must shall should 'll ought cannot",
    ],
    [
      'adv',
      'only also just even still now then never not already again often always soon too very later earlier here there ago perhaps maybe instead however meanwhile indeed rather quite almost nearly far likewise similarly moreover furthermore additionally nevertheless nonetheless doubtless',
    ],
    // Open-class nouns whose suffix would read as an adjective ("Fifty-one percent say").
    ['noun', 'percent cent'],
    [
      'time',
      'monday tuesday wednesday thursday friday saturday sunday today yesterday tonight tomorrow january february march april june july august september october november december weekend',
    ],
  ];
  const table: Array<[string, Tag]> = [];
  for (const [tag, list] of groups) for (const w of words(list)) table.push([w, tag]);
  return table;
});

/**
 * Frequent verbs (base form, with irregular past and participle after slashes). Reporting verbs
 * come from `verbs.ts`; these are the other verbs a news sentence is built on.
 */
// prettier-ignore
const COMMON_VERBS = [
  'go/went/gone take/took/taken make/made/made give/gave/given get/got/gotten come/came/come',
  'see/saw/seen know/knew/known leave/left/left keep/kept/kept bring/brought/brought',
  'begin/began/begun stand/stood/stood hear/heard/heard let/let/let mean/meant/meant set/set/set',
  'meet/met/met run/ran/run pay/paid/paid sit/sat/sat lead/led/led grow/grew/grown lose/lost/lost',
  'fall/fell/fallen send/sent/sent build/built/built understand/understood/understood',
  'draw/drew/drawn break/broke/broken spend/spent/spent cut/cut/cut rise/rose/risen',
  'drive/drove/driven buy/bought/bought wear/wore/worn choose/chose/chosen seek/sought/sought',
  'throw/threw/thrown catch/caught/caught deal/dealt/dealt win/won/won fight/fought/fought',
  'teach/taught/taught sell/sold/sold put/put/put become/became/become hit/hit/hit',
  'steal/stole/stolen sing/sang/sung eat/ate/eaten fly/flew/flown forget/forgot/forgotten',
  'hide/hid/hidden ride/rode/ridden shoot/shot/shot sleep/slept/slept strike/struck/struck',
  'wake/woke/woken bear/bore/borne hang/hung/hung lend/lent/lent strive/strove/striven',
  'want need like love hate try use work call look help move live play turn start stop end open',
  'close happen change follow create allow include involve continue remain seem appear provide',
  'offer serve reach kill die return hope plan face cause carry develop raise pass increase',
  'reduce receive agree join enter attack arrest charge convict sentence sue vote elect win lose',
  'launch release sign ban block approve reject deploy invade bomb fire hire cost cross visit',
  'travel arrive depart attend host hold watch wait walk talk listen ask answer learn study',
  'decide expect happen manage produce publish record remove replace save spread support test',
  'treat trigger damage destroy injure wound rescue escape flee search suspend delay push pull',
  'drop fail force handle hurt improve install invest jump kick kiss laugh lift mark miss order',
  'own pick prevent protect prove reflect refuse rely remember require rest rule score seize',
  'share shut smile surprise survive tend threaten touch track trade train transfer vow wish',
  'worry act add admit affect aim apply argue avoid base beat belong blame boost burn buy check',
  'claim collect combine compare compete complete concern conduct connect consider contain',
  'control cover crash deliver demand depend describe design detect determine discover',
  'discuss drink earn employ enable encourage ensure establish estimate exist expand explain',
  'explore express extend fill finish fit focus fund gain gather generate hand head identify',
  'ignore imagine impose indicate inform intend introduce investigate issue lack limit link',
  'list maintain match measure mention mind miss mount name note notice obtain occur operate',
  'organize perform permit place point pose post predict prefer prepare present press print',
  'promise promote propose punish purchase pursue qualify question rank rate realize recall',
  'recognize recommend recover refer regard relate rely remind rent repair repeat report',
  'represent request resign resolve respond restore result retire reveal review risk roll sail',
  'schedule secure seem settle shape shift ship shout solve sort sound spark speed split stage',
  'state stay step store stress struggle submit succeed suffer suggest supply suppose suspect',
  'target tie total trust urge value view warn wash waste weigh welcome wonder worry wrap yield',
];

/** Every inflection of the frequent verbs (base, -s, past, participle, -ing). */
export const COMMON_VERB_FORMS = lazySet(() =>
  COMMON_VERBS.join(' ')
    .split(' ')
    .flatMap((entry) => {
      const [lemma = '', past, participle = past] = entry.split('/');
      return inflect(
        lemma,
        past !== undefined && participle !== undefined ? [past, participle] : undefined,
      );
    }),
);

/** Irregular [past, is also the participle] of the frequent and the reporting verbs. */
function irregularPasts(): Array<[string, boolean]> {
  return [...COMMON_VERBS, ...REPORTING_IRREGULARS]
    .join(' ')
    .split(' ')
    .flatMap((entry): Array<[string, boolean]> => {
      const [lemma = '', past, participle = past] = entry.split('/');
      return past !== undefined && past !== lemma ? [[past, past === participle]] : [];
    });
}

/**
 * Irregular simple pasts ("gave", "took", "said"): after a pronoun they mark a finite clause as
 * surely as "-ed" does ("but he gave no details"). Pasts spelled like their base ("put", "cut")
 * are left out: those read as present or noun.
 */
export const IRREGULAR_PASTS = lazySet(() => irregularPasts().map(([past]) => past));

/** A lower-cased simple past by its spelling: regular "-ed" or an irregular past ("said", "gave"). */
export function isPastWord(word: string): boolean {
  return word.endsWith('ed') || IRREGULAR_PASTS.has(word);
}

/**
 * Irregular pasts that are never participles ("gave", "took", "wrote", unlike "bought" or
 * "made"): after a noun they still mark a finite clause, where "diet pills bought online" is a
 * noun with a participle.
 */
export const PAST_ONLY = lazySet(() =>
  irregularPasts()
    .filter(([, participle]) => !participle)
    .map(([past]) => past),
);

/**
 * Irregular past participles ("published" is regular; "led", "written", "taken" are not): a
 * participle right after a noun may open a reduced relative ("researchers led by Roe").
 */
export const IRREGULAR_PARTICIPLES = lazySet(() =>
  [...COMMON_VERBS, ...REPORTING_IRREGULARS]
    .join(' ')
    .split(' ')
    .flatMap((entry) => {
      const [lemma = '', past, participle = past] = entry.split('/');
      return participle !== undefined && participle !== lemma ? [participle] : [];
    }),
);

/** Irregular reporting verbs, base/past/participle, for `IRREGULAR_PASTS`. */
const REPORTING_IRREGULARS = [
  'say/said tell/told write/wrote/written think/thought feel/felt find/found speak/spoke/spoken',
];

/** Suffixes that make an unknown lower-case word an adjective ("political", "dangerous"). */
export const ADJECTIVE_SUFFIXES = lazyValue(() =>
  words('ous ive al ful less able ible ic ish ary ese ian ern ant ent est'),
);

/** Suffixes that make an unknown word a noun even where an adjective suffix also fits. */
export const NOUN_SUFFIXES = lazyValue(() =>
  words('tion sion ment ness ity ship ism ist ance ence ure age ery dom hood logy'),
);

/**
 * Common nouns that end in an adjective suffix ("-al", "-ive", "-ic"): "announced approval of",
 * "a $1 billion initiative", "a companion diagnostic". Read by their suffix they would be
 * adjectives, and a noun phrase with no noun in it ends before it starts. Words that are as often
 * adjectives or role nouns ("official", "executive", "public", "critic") are left to the suffix.
 */
export const SUFFIXED_NOUNS = lazySet(() =>
  words(
    'approval proposal removal arrival denial refusal renewal survival trial withdrawal disposal referral rental dismissal signal animal hospital journal festival interval manual scandal terminal tutorial ritual rival initiative incentive alternative objective detective narrative directive perspective explosive motive diagnostic clinic topic logic music traffic republic epidemic pandemic panic characteristic graphic statistic',
  ),
);

/**
 * "-s" forms of reporting verbs that are never plural nouns: in "spending, which Acme says will
 * rise" the word between a name and an auxiliary is the verb of a relative clause whose subject
 * was moved out, not the head of a compound as in "blood tests showed".
 */
export const VERB_ONLY_S_FORMS = lazySet(() =>
  words(
    'says thinks believes argues insists adds explains suggests predicts expects contends maintains acknowledges admits concedes',
  ),
);

/**
 * Frequent adjectives with no adjective suffix: "the new report", "an old survey". Read as nouns
 * by default, they would make the noun after them a verb form ("new/noun report/verb"), and the
 * phrase before a reporting verb would lose its head.
 */
export const PLAIN_ADJECTIVES = lazySet(() =>
  words(
    'new old big small large high low good bad long short young great little huge wide strong weak poor rich real true false full latest recent former previous major main senior junior',
  ),
);

/** Words ending in "-ly" that are not adverbs. */
export const LY_NOUNS = lazySet(() =>
  words(
    'family ally rally supply assembly monopoly anomaly bully reply apply comply imply rely multiply italy july homily folly jelly belly daily weekly monthly elderly friendly likely',
  ),
);

/** Is an unknown word an adverb by its "-ly" ("currently", "reportedly"; not "family")? */
export function isLyAdverb(w: string): boolean {
  return w.length > 4 && w.endsWith('ly') && !LY_NOUNS.has(w);
}

/**
 * Verbs, adjectives and nouns that take an infinitive ("plans to expand", "able to attract", "a bid
 * to pardon"): after one, "to" marks a verb, so an unknown word there is no noun. Verbs are given as
 * lemmas and expanded to every inflection; a verb that also takes "to" + a noun ("agreed to terms",
 * "returned to office", "sentenced to death") is left out.
 */
export const INFINITIVE_TAKERS = lazySet(() => [
  ...words(
    'want plan decide decline try seek hope expect need refuse aim attempt fail intend manage promise threaten vow pledge start prepare offer struggle tend wish hesitate afford arrange pretend appear seem deserve dare volunteer vote rush scramble move continue use order design work strive ask urge encourage allow force require help prefer',
  ).flatMap((lemma) => inflect(lemma)),
  ...words(
    'began begun chose chosen meant supposed never has have had having ought able unable likely unlikely willing unwilling ready eager reluctant set going about effort efforts bid bids attempt attempts decision push campaign ability right chance opportunity failure refusal intention determination enough way ways tendency strategy strategies',
  ),
]);

/** Suffixes of abstract nouns, which "to" takes as a preposition ("agreed to mediation"). */
export const ABSTRACT_NOUN_SUFFIXES = lazyValue(() =>
  words('tion sion ment ness ity ship ism hood dom logy'),
);
