/**
 * Common nouns for people by what they do or who they are to others — trades and services,
 * family and social ties, people met in passing — that name a speaker with no name ("the
 * waitress said", "a villager told", "the headmistress, who said"). The agent suffixes in
 * professions.ts cannot reach these (no "-ologist" in "waitress" or "aunt"), so they are listed
 * as a general class, singular only: the plural is read by rule where they are looked up.
 */
import { lazySet, LazySet } from './lazy';

/** Trades, services and posts outside the title list ("plumber", "cashier", "headmistress"). */
const TRADES =
  'waiter waitress headmistress headmaster headteacher hostess stewardess seamstress manageress ' +
  'governess cashier clerk janitor caretaker housekeeper nanny babysitter carer caregiver midwife ' +
  'counsellor counselor librarian butcher baker chef bartender barman barmaid bouncer plumber ' +
  'electrician carpenter mechanic builder labourer laborer miner shepherd rancher grower vendor ' +
  'storekeeper retailer wholesaler merchant dealer broker landlady innkeeper hotelier ' +
  'restaurateur tailor courier postman mailman cabbie chauffeur trucker sailor seaman fireman ' +
  'policeman policewoman constable trooper warden lifeguard medic tutor instructor intern ' +
  'apprentice trainee volunteer operative handler contractor salesman saleswoman shopworker ' +
  'homemaker housewife gardener hunter angler proprietor mentor';

/** Family and social ties ("his aunt", "the girl's grandmother"). */
const KIN =
  'mum mom dad grandmother grandfather grandma grandpa granddaughter grandson sister brother ' +
  'aunt uncle cousin nephew niece stepfather stepmother widow widower fiancee fiance girlfriend ' +
  'boyfriend spouse sibling teenager pensioner retiree';

/** People met in passing or by circumstance ("a passer-by", "an inmate", "villagers"). */
const PASSERS =
  'homeowner householder shopper commuter passenger motorist pedestrian tourist visitor ' +
  'traveller traveler onlooker bystander passer-by eyewitness spectator villager islander ' +
  'refugee migrant immigrant prisoner inmate detainee hostage captive attendee delegate ' +
  'participant demonstrator hiker climber camper pupil schoolboy schoolgirl alumnus alumna';

/** Plurals no rule derives from the singulars above. */
const IRREGULAR_PLURALS =
  'midwives barmen postmen mailmen seamen firemen policemen policewomen salesmen saleswomen ' +
  'housewives passers-by alumni children';

/** Every listed person noun, lower-cased; the regular plurals are derived where looked up. */
export const OCCUPATION_NOUNS: LazySet<string> = lazySet<string>(() =>
  `${TRADES} ${KIN} ${PASSERS} ${IRREGULAR_PLURALS}`.split(' '),
);
