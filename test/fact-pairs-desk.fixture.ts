/**
 * A third set of labelled sentence pairs, on the subjects the users follow (cyber attacks and their
 * attribution, ransoms, sanctions, indictments, expulsions, missile launches, statements), written for
 * this fixture before the 45th session's rules for them, and scored once before those rules were
 * written (see docs/clustering.md, "Facts"). No text from any data set.
 */
import type { FactPair } from './fact-pairs.fixture.js';

export const DESK_PAIRS: readonly FactPair[] = [
  { same: true, why: 'negation read from either end', a: 'The mayor said the city would not pay the ransom.', b: 'No ransom will be paid, the mayor said.' },
  { same: true, why: 'behind ~ attributed to', a: 'Investigators said a group linked to China was behind the breach.', b: 'Investigators attributed the breach to a group linked to China.' },
  { same: true, why: 'took credit ~ claimed responsibility', a: 'A pro-Russian hacktivist group took credit for the outage on its Telegram channel.', b: 'A pro-Russian hacktivist group claimed responsibility for the outage on its Telegram channel.' },
  { same: true, why: 'ordered to leave ~ expelled', a: 'Poland ordered three Belarusian diplomats to leave the country.', b: 'Poland expelled three Belarusian diplomats.' },
  { same: true, why: 'breached ~ compromised, passive', a: "The ministry's servers were breached in March.", b: "Hackers compromised the ministry's servers in March." },
  { same: true, why: 'launched ~ fired, passive', a: 'The military launched two cruise missiles at the port overnight.', b: 'Two cruise missiles were fired at the port overnight by the military.' },
  { same: true, why: 'stolen ~ stole, data ~ information', a: 'The attackers stole the medical information of 40,000 patients.', b: 'Medical data of 40,000 patients was stolen by the attackers.' },
  { same: true, why: 'sanctioned, passive, demonym', a: 'The European Union sanctioned four Iranian officials over the crackdown.', b: 'Four Iranian officials were sanctioned by the European Union over the crackdown.' },
  { same: false, why: 'negation', a: 'The mayor said the city would not pay the ransom.', b: 'The mayor said the city had paid the ransom.' },
  { same: false, why: 'another actor blamed', a: 'Investigators attributed the breach to a group linked to China.', b: 'Investigators attributed the breach to a group linked to Iran.' },
  { same: false, why: 'claimed / denied', a: 'A pro-Russian hacktivist group claimed responsibility for the outage.', b: 'A pro-Russian hacktivist group denied responsibility for the outage.' },
  { same: false, why: 'other people (nationality)', a: 'Poland expelled three Belarusian diplomats.', b: 'Poland expelled three Russian diplomats.' },
  { same: false, why: 'another number', a: 'The attackers stole the medical information of 40,000 patients.', b: 'The attackers stole the medical information of 400,000 patients.' },
  { same: false, why: 'roles swapped', a: 'Seoul lodged a protest with Tokyo over the textbook.', b: 'Tokyo lodged a protest with Seoul over the textbook.' },
];
