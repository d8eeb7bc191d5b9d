/**
 * A second set of labelled sentence pairs, written after the rules of fact-claims.ts were tuned on
 * fact-pairs.fixture.ts, to see how they do on wordings they were not fitted to. Its first run scored
 * 0.778 precision and 0.933 recall; its misses led to four general fixes (main verbs compared,
 * "fined", "collapsed", "two hundred"), so it is held out no longer.
 */
import type { FactPair } from './fact-pairs.fixture.js';

export const HELD_OUT_PAIRS: readonly FactPair[] = [
  { same: true, why: 'killed ~ died, digits', a: 'Two hikers were killed by an avalanche in the Tatra mountains.', b: '2 hikers died in an avalanche in the Tatra mountains.' },
  { same: true, why: 'arrested ~ detained, passive', a: 'Border guards detained 14 migrants near the crossing at Vale.', b: 'Fourteen migrants were arrested near the crossing at Vale by border guards.' },
  { same: true, why: 'wounded ~ injured', a: 'A bomb blast at the market wounded nine shoppers.', b: 'Nine shoppers were injured when a bomb exploded at the market.' },
  { same: true, why: 'taken to hospital ~ hospitalized', a: 'The referee was taken to hospital after collapsing on the pitch.', b: 'The referee was hospitalized after he collapsed on the pitch.' },
  { same: true, why: 'resigned ~ stepped down', a: 'The police chief stepped down over the handling of the riots.', b: 'The police chief resigned over his handling of the riots.' },
  { same: true, why: 'passive', a: 'Regulators fined the bank for failing to report suspicious transfers.', b: 'The bank was fined by regulators for failing to report suspicious transfers.' },
  { same: true, why: 'number in words, fell ~ dropped', a: 'Oil prices dropped 3 percent on Tuesday after the output deal.', b: 'Oil prices fell three percent on Tuesday after the output deal.' },
  { same: true, why: 'evacuated, passive', a: 'Firefighters evacuated 200 guests from the hotel overnight.', b: 'Two hundred guests were evacuated from the hotel overnight by firefighters.' },
  { same: true, why: 'summoned ~ called in', a: "The foreign office called in Russia's ambassador on Thursday.", b: "Russia's ambassador was summoned to the foreign office on Thursday." },
  { same: true, why: 'quake ~ earthquake', a: 'A strong quake shook the island of Kerra on Friday morning.', b: 'A strong earthquake shook the island of Kerra on Friday morning.' },
  { same: true, why: 'released ~ freed', a: 'The kidnappers freed the three aid workers after a week.', b: 'The three aid workers were released by the kidnappers after a week.' },
  { same: true, why: 'ceasefire ~ truce', a: 'The ceasefire in the northern province collapsed within hours.', b: 'Within hours, the truce in the northern province collapsed.' },
  { same: true, why: 'injuries ~ injured', a: 'The cyclist suffered minor injuries in the fall.', b: 'The cyclist was slightly injured in the fall.' },
  { same: true, why: 'killed ~ dead', a: 'Heavy rain has killed at least 23 people across the region.', b: 'At least 23 people are dead after heavy rain across the region.' },
  { same: true, why: 'taken into custody', a: 'The van driver was taken into custody where the crash happened.', b: 'Police arrested the van driver where the crash happened.' },
  { same: false, why: 'negation', a: 'The pilot was hurt when the jet skidded off the runway.', b: 'The pilot was not hurt when the jet skidded off the runway.' },
  { same: false, why: 'another number', a: 'Two hikers were killed by an avalanche in the Tatra mountains.', b: 'Three hikers were killed by an avalanche in the Tatra mountains.' },
  { same: false, why: 'killed / injured', a: 'A bomb blast at the market killed nine shoppers.', b: 'A bomb blast at the market wounded nine shoppers.' },
  { same: false, why: 'fined / cleared', a: 'Regulators fined the bank for failing to report suspicious transfers.', b: 'Regulators cleared the bank of failing to report suspicious transfers.' },
  { same: false, why: 'fell / rose', a: 'Oil prices fell 3 percent on Tuesday after the output deal.', b: 'Oil prices rose 3 percent on Tuesday after the output deal.' },
  { same: false, why: 'another place', a: 'Firefighters evacuated 200 guests from a hotel in Madrid overnight.', b: 'Firefighters evacuated 200 guests from a hotel in Seville overnight.' },
  { same: false, why: 'other people: aid workers / journalists', a: 'The kidnappers freed three aid workers after a week.', b: 'The kidnappers freed three journalists after a week.' },
  { same: false, why: 'summoned / expelled', a: "The foreign office summoned Russia's ambassador on Thursday.", b: "The foreign office expelled Russia's ambassador on Thursday." },
  { same: false, why: 'another magnitude', a: 'A magnitude 5.8 quake shook the island of Kerra on Friday.', b: 'A magnitude 6.3 quake shook the island of Kerra on Friday.' },
  { same: false, why: 'roles swapped', a: 'Celtic beat Rangers 2-0 at Hampden on Sunday.', b: 'Rangers beat Celtic 2-0 at Hampden on Sunday.' },
  { same: false, why: 'collapsed / held', a: 'The ceasefire in the northern province collapsed within hours.', b: 'The ceasefire in the northern province held despite sporadic shelling.' },
  { same: false, why: 'negation: no one was killed', a: 'Heavy rain has killed at least 23 people across the region.', b: 'No one was killed by the heavy rain across the region, officials said.' },
  { same: false, why: 'arrested / charged', a: 'Police arrested the van driver where the crash happened.', b: 'Police charged the van driver over the crash where it happened.' },
  { same: false, why: 'another day', a: 'The union will strike on Monday at the three plants.', b: 'The union will strike on Thursday at the three plants.' },
  { same: false, why: 'opposite: approved / blocked', a: 'The court approved the merger of the two airlines.', b: 'The court blocked the merger of the two airlines.' },
  { same: false, why: 'other people: the mother / the father', a: 'The mother of the missing girl appealed for help on television.', b: 'The father of the missing girl appealed for help on television.' },
  { same: false, why: 'opened / closed', a: 'The border crossing at Rafin was opened to trucks on Saturday.', b: 'The border crossing at Rafin was closed to trucks on Saturday.' },
];
