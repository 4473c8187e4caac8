/**
 * Plural nouns that name a people or a community of belief or politics ("many Tunisians said",
 * "Republicans argue", "Catholics believe"): sources without a name, typed `anonymous`. A complete
 * class, not the few that happen to occur in the dev articles, so unseen outlets behave the same.
 */
import { lazySet, LazySet } from './lazy';

/** Demonyms of the world's states and large regions, plural and lower-cased. */
const DEMONYMS =
  'afghans albanians algerians americans andorrans angolans argentines argentinians armenians ' +
  'australians austrians azerbaijanis bahamians bahrainis bangladeshis barbadians belarusians ' +
  'belgians belizeans beninese bhutanese bolivians bosnians brazilians britons bruneians ' +
  'bulgarians burmese burundians cambodians cameroonians canadians chadians chileans chinese ' +
  'colombians congolese croats croatians cubans cypriots czechs danes djiboutians dominicans ' +
  'dutch ecuadorians egyptians emiratis english eritreans estonians ethiopians europeans fijians ' +
  'filipinos finns french gabonese gambians georgians germans ghanaians greeks grenadians ' +
  'guatemalans guineans guyanese haitians hondurans hungarians icelanders indians indonesians ' +
  'iranians iraqis irish israelis italians ivorians jamaicans japanese jordanians kazakhs kenyans ' +
  'koreans kosovars kuwaitis kyrgyz laotians latvians lebanese liberians libyans lithuanians ' +
  'luxembourgers malagasy malawians malaysians maldivians malians maltese mauritanians mauritians ' +
  'mexicans moldovans mongolians montenegrins moroccans mozambicans namibians nepalese nepalis ' +
  'nicaraguans nigerians nigeriens norwegians omanis pakistanis palestinians panamanians ' +
  'paraguayans peruvians poles portuguese qataris romanians russians rwandans salvadorans samoans ' +
  'saudis scots senegalese serbs serbians singaporeans slovaks slovenians somalis spaniards ' +
  'sudanese surinamese swedes swiss syrians taiwanese tajiks tanzanians thais togolese tongans ' +
  'tunisians turks turkmens ugandans ukrainians uruguayans uzbeks venezuelans vietnamese welsh ' +
  'yemenis zambians zimbabweans africans asians arabs latinos latinas hispanics kurds berbers ' +
  'tibetans uyghurs uighurs chechens basques catalans scandinavians balts caribbeans westerners ' +
  'easterners northerners southerners muscovites londoners parisians berliners texans ' +
  'californians floridians';

/** Communities of faith and of politics. */
const COMMUNITIES =
  'christians muslims jews hindus buddhists sikhs catholics protestants evangelicals mormons ' +
  'sunnis shias shiites atheists republicans democrats conservatives liberals progressives ' +
  'socialists communists nationalists populists libertarians tories unionists loyalists royalists ' +
  'separatists rebels insurgents militants islamists jihadists';

/** Every plural group noun, lower-cased. */
export const GROUP_NOUNS: LazySet<string> = lazySet<string>(() =>
  `${DEMONYMS} ${COMMUNITIES}`.split(' '),
);

/**
 * Singular nouns for a body of people that British usage pairs with a plural verb ("The team say",
 * "the government believe", "the family think"): with such a head a bare "say" is still a verb.
 */
// prettier-ignore
export const COLLECTIVE_NOUNS: LazySet<string> = lazySet<string>(() => [
  'team', 'group', 'panel', 'committee', 'council', 'government', 'family', 'board', 'jury',
  'crew', 'club', 'union', 'couple', 'pair', 'duo', 'trio', 'staff', 'management', 'public',
  'police', 'authorities', 'band', 'squad', 'party', 'campaign', 'charity', 'firm', 'company',
]);
