/**
 * A small gender model for "he" and "she": honorifics, gendered role nouns and common first
 * names. It only breaks ties — a pronoun goes to the most recent person it can refer to, and a
 * name or role missing here leaves that person compatible with both pronouns.
 */
import { lazySet, LazySet, type Lookup } from './lazy';

/** Grammatical gender a pronoun asks for. */
export type Gender = 'female' | 'male';

// prettier-ignore
const FEMALE_WORDS = (
  'mrs ms miss madam dame lady queen princess duchess countess baroness empress spokeswoman ' +
  'chairwoman congresswoman councilwoman businesswoman stateswoman sportswoman policewoman ' +
  'actress waitress hostess mother wife daughter sister grandmother aunt niece girl woman widow ' +
  'girlfriend bride nun'
);

// prettier-ignore
const MALE_WORDS = (
  'mr sir lord king prince duke count baron emperor spokesman chairman congressman councilman ' +
  'businessman statesman sportsman policeman father husband son brother grandfather uncle ' +
  'nephew boy man widower boyfriend groom monk'
);

/**
 * Frequent female first names in English-language news, lower-cased; names also given to men
 * (Noor, Andrea, Jean) are left out, so a person so named stays compatible with both pronouns.
 */
// prettier-ignore
const FEMALE_NAMES = (
  'mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa margaret ' +
  'sandra ashley emily michelle amanda melissa rebecca laura amy angela anna emma nicole helen ' +
  'catherine maria rachel julie olivia victoria kelly megan hannah ann sara alice grace diana ' +
  'natalie charlotte marie hillary kamala theresa ursula giorgia marine jacinda liz kate ' +
  'claire sophie lucy jane joanna louise fiona eleanor christine janet teresa beth bethany elise ' +
  'elisa eliza jessie caitlyn kathleen katherine kathryn katie kaitlyn deborah debra donna carol ' +
  'carolyn caroline cynthia dorothy betty ruth sharon judith judy joyce virginia frances gloria ' +
  'evelyn cheryl martha jacqueline heather stephanie tiffany brittany samantha danielle ' +
  'christina kimberly pamela denise tina brenda tammy wendy amber rose abigail ella chloe zoe lily ' +
  'mia ava isabella sophia alexandra gabrielle jenna jill joan joanne lauren leah lindsay lindsey ' +
  'lydia mallory maggie marianne marilyn melanie miriam monica nadia naomi natasha paula peggy ' +
  'penny priya rita roberta rosa rosemary shannon sheila shirley silvia sylvia stacy susanna tracy ' +
  'valerie vanessa vera veronica yvonne greta ingrid annika agnes irene lena nina olga svetlana ' +
  'tatiana yulia anastasia marina elena ekaterina alexandria nikki sonia sonya tanya kristi ' +
  'kristin kristen kirsten erin colleen maureen bridget siobhan aoife niamh ciara gwen gwyneth ' +
  'hilary meryl oprah beyonce rihanna adele serena steffi yasmin fatima aisha ayesha layla ' +
  'leila mariam maryam zainab nora meghan megyn ivanka melania kirstjen betsy elaine nadine ' +
  'marta beatriz isabel isabelle margarita carmen lucia pilar dolores francesca chiara giulia ' +
  'paola federica sabine petra ulrike angelika birgit annalena ' +
  'diane alicia carrie ellen alyssa janice eva cecilia cristina corinne penelope marissa lynda ' +
  'dianne joann kayla heidi holly jasmine jillian kara kristina lorraine loretta marcia ' +
  'marjorie mildred molly norma phyllis rachael regina renee sally stacey tara tamara terri ' +
  'traci vicki vickie yolanda allison alison annie audrey brooke caitlin carla claudia connie ' +
  'dawn eileen erica erika esther gail gina haley hailey jeanette josephine julia kristine ' +
  'lori lucille mandy melinda miranda ' +
  'arlene jeanne jen jenny cathy kathy wanda anne dianna lana janelle sheena chantal celeste ' +
  'maribel kirsty kristy sharron darlene charlene marlene jolene doreen noreen ' +
  'bonnie lorna lynne lynn marion norah rhonda ronda tonya trisha valentina yasmine ' +
  'leona sherry tammie toni cindy becky debbie patty shelly shelley'
);

/** Frequent male first names in English-language news, lower-cased; unisex names left out. */
// prettier-ignore
const MALE_NAMES = (
  'james robert john michael david william richard joseph thomas charles daniel matthew anthony mark ' +
  'donald steven paul andrew kevin brian george edward jason ryan eric stephen scott benjamin ' +
  'samuel frank patrick peter henry jack adam alan barack joe bernie boris rishi keir emmanuel ' +
  'vladimir volodymyr xi narendra olaf justin luis mohammed muhammad ahmed ali tom tim jim bill ' +
  'bob mike steve nick ben sam dan chris jeff greg elon ian neil tony harry charlie gary larry ' +
  'jerry dennis walter raymond gregory jonathan joshua timothy ronald kenneth christopher nicholas ' +
  'jeffrey kyle brandon jose juan carlos miguel antonio pedro diego javier alejandro manuel ' +
  'francisco jorge sergio pablo fernando rafael roger keith terry carl arthur lawrence albert ' +
  'willie billy bruce ralph roy eugene louis philip phil harold howard wayne randy russell vincent ' +
  'bobby johnny jimmy douglas doug craig todd troy glenn gordon graham hugh kurt lance marcus ' +
  'martin mitchell nathan noah ethan liam lucas mason logan aaron adrian alexander andre angus ' +
  'barry bradley brett calvin clarence colin curtis derek dominic duncan dylan edgar ' +
  'elliott ernest felix floyd francis fred frederick gerald gilbert herbert jake jared jay jeremy ' +
  'jerome joel jon josh julian karl kenny kent leo leon leonard lloyd luke malcolm marco mario ' +
  'maurice mohamed moses nigel norman oliver oscar owen reginald rick ricky rob rodney ross rudy ' +
  'rupert seth shaun shawn simon stanley stuart ted teddy theodore travis trevor tyler victor ' +
  'vince warren wesley xavier zachary zach abdul abdullah hassan hussein ibrahim khalid mahmoud ' +
  'mustafa omar osama salman tariq yusuf recep bibi naftali yair avigdor benny ehud shimon yitzhak ' +
  'moshe dmitry dmitri sergei sergey alexei andrei igor ivan mikhail nikolai oleg pavel yuri ' +
  'viktor petro arseniy gennady jacques pierre francois nicolas olivier hans klaus wolfgang jurgen ' +
  'gerhard helmut horst friedrich heinz markus giuseppe giovanni matteo silvio enrico shinzo fumio ' +
  'yoshihide junichiro jair andres rahul amit arvind cyril thabo nelson ' +
  'ron sean ken ed geoff chad bryan andy glen clint darryl bryce brent gabriel allen alvin ' +
  'arnold bernard bryant byron cecil chester clifford clyde cody darren dave don duane dwayne ' +
  'earl eddie edwin emilio ernesto everett gavin geoffrey harvey herman jacob jeffery jesus ' +
  'jimmie jonah kirk lamar leroy lonnie luther marvin melvin mitch nathaniel neal ned nolan ' +
  'quentin ramon randall raul reid rex ricardo roberto ronnie sanjay spencer stephan tommy ' +
  'vernon wade ' +
  'zack zak jeremiah shane denis gregg dale graeme stefan anton gene sheldon cory corey ' +
  'armando karim georges marc erik hamish benedict martyn ahmad massimo stan hal ' +
  'danny eddy amir youssef federico alexandre axel georg luca jens laurent sonny hugo matthieu ' +
  'thorsten johann reinhard zoltan vadim lamont wilbert lowell reynold agustin oswaldo hernan ' +
  'anibal faisal sameer farhan noam avi omer ammar osman karel nikola leif sepp'
);

const FEMALE_TITLES: LazySet<string> = lazySet<string>(() => FEMALE_WORDS.split(' '));
const MALE_TITLES: LazySet<string> = lazySet<string>(() => MALE_WORDS.split(' '));
const FEMALE: LazySet<string> = lazySet<string>(() => `${FEMALE_WORDS} ${FEMALE_NAMES}`.split(' '));
const MALE: LazySet<string> = lazySet<string>(() => `${MALE_WORDS} ${MALE_NAMES}`.split(' '));

function decide(words: Iterable<string>, female: Lookup, male: Lookup) {
  let f = false;
  let m = false;
  for (const w of words) {
    const lower = w.toLowerCase().replace(/\.$/, '');
    if (female.has(lower)) f = true;
    if (male.has(lower)) m = true;
  }
  return f === m ? null : f ? 'female' : 'male';
}

/**
 * The gender shown by a first name and the titles or roles around a person ("Angela", "Mrs",
 * "spokeswoman"), or null when unsure. Surnames must not be passed: "Sharon" is also a surname.
 */
export function genderOf(firstName: string, titles: Iterable<string> = []): Gender | null {
  return decide([firstName, ...titles], FEMALE, MALE) ?? decide(titles, FEMALE_TITLES, MALE_TITLES);
}

/**
 * First names given to men and women alike, or female in one language and male in another
 * (Andrea, Nicola, Simone, Jean): they mark a person, never a gender.
 */
// Not here: unisex names that are also places or firms ("Jordan", "Morgan", "Avery").
const UNISEX_NAMES = 'noor andrea nicola simone jean casey riley alex jamie leslie quinn sasha';

const FIRST_NAMES: LazySet<string> = lazySet<string>(() =>
  `${FEMALE_NAMES} ${MALE_NAMES} ${UNISEX_NAMES}`.split(' '),
);

/** Is this lower-cased word a common first name (of either gender)? A name that opens with one is a person's. */
export function isFirstName(word: string): boolean {
  return FIRST_NAMES.has(word);
}

/** Common nouns for a person of one gender, the heads of "a woman", "one mother". */
const FEMALE_NOUN_WORDS =
  'woman girl mother wife daughter sister grandmother aunt niece widow girlfriend bride';
const MALE_NOUN_WORDS =
  'man boy father husband son brother grandfather uncle nephew widower boyfriend groom';
const FEMALE_NOUNS = lazySet(() => FEMALE_NOUN_WORDS.split(' '));
const MALE_NOUNS = lazySet(() => MALE_NOUN_WORDS.split(' '));

/** Every common noun for a person of one gender ("mother", "husband"). */
export const PERSON_NOUNS: LazySet<string> = lazySet<string>(() =>
  `${FEMALE_NOUN_WORDS} ${MALE_NOUN_WORDS}`.split(' '),
);

/** The gender of a common noun for a person ("mother" → female), or null for any other word. */
export function personNounGender(word: string): Gender | null {
  return FEMALE_NOUNS.has(word) ? 'female' : MALE_NOUNS.has(word) ? 'male' : null;
}

/** The gender shown by titles and role words alone ("Mr", "chairwoman"), names ignored. */
export function titleGender(words: Iterable<string>): Gender | null {
  return decide(words, FEMALE_TITLES, MALE_TITLES);
}

/** The gender a pronoun refers to ("she", "her" → female), or null for "they", "it", "I". */
export function pronounGender(pronoun: string): Gender | null {
  if (pronoun === 'she' || pronoun === 'her' || pronoun === 'hers') return 'female';
  if (pronoun === 'he' || pronoun === 'his' || pronoun === 'him') return 'male';
  return null;
}
