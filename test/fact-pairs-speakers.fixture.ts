/**
 * A fifth set of labelled sentence pairs: one claim as two outlets tell it when they name its teller
 * differently (an official by name and title, or only the body; "said" or "according to"), add a
 * different clause of background each, or phrase an attribution or a cooperation their own way. Written
 * in the 57th session, after the demo showed such pairs counted apart, and scored once before any rule
 * was written for them (docs/benchmarks.md, "Facts (fifty-seventh session)"). The negatives share the
 * teller and most words but not the claim. No text from any data set.
 */
import type { FactPair } from './fact-pairs.fixture.js';

export const SPEAKER_PAIRS: readonly FactPair[] = [
  { same: true, why: 'named official ~ the body', a: 'Detective Inspector Ruth Okonjo of the city police said investigators were working with Interpol.', b: 'The city police said its investigation was continuing with Interpol.' },
  { same: true, why: 'used a group known as ~ attributed to', a: 'The cyber agency said the attackers used a ransomware group known as GreyLantern.', b: 'The cyber agency attributed the intrusion to GreyLantern, a ransomware gang.' },
  { same: true, why: 'said ~ according to', a: 'The water utility said 12,000 homes were without clean water.', b: 'About 12,000 homes were without clean water, according to the water utility.' },
  { same: true, why: 'title and name ~ title only', a: 'Interior Minister Pavel Novak said the border crossing would reopen on Friday.', b: 'The interior minister said the border crossing would reopen on Friday.' },
  { same: true, why: 'background clause on each side', a: 'The company, which runs payroll for 3,000 employers, said customer bank details had not been accessed.', b: 'The company said customer bank details had not been accessed, adding that it had hired outside investigators.' },
  { same: true, why: 'blamed ~ was behind', a: 'Prosecutors blamed a North Korean hacking unit for the theft of the cryptocurrency.', b: 'A North Korean hacking unit was behind the theft of the cryptocurrency, prosecutors said.' },
  { same: true, why: 'cooperating with ~ working with', a: 'The ministry said it was cooperating with the national cyber centre.', b: 'The ministry said it was working with the national cyber centre.' },
  { same: true, why: 'spokesperson ~ the body', a: 'A spokeswoman for the port authority said container traffic had resumed.', b: 'The port authority said container traffic had resumed.' },
  { same: true, why: 'confirmed ~ said', a: 'The hospital confirmed that patient records had been encrypted.', b: 'The hospital said patient records had been encrypted.' },
  { same: true, why: 'declined to say ~ would not say', a: 'Officials declined to say whether a ransom had been demanded.', b: 'Officials would not say whether a ransom had been demanded.' },
  { same: true, why: 'was arrested ~ police arrested, with place', a: 'A 19-year-old student was arrested in Leeds in connection with the attack, police said.', b: 'Police arrested a 19-year-old student in Leeds in connection with the attack.' },
  { same: true, why: 'talks ~ met, with the day', a: 'The two foreign ministers met in Geneva on Tuesday to discuss the ceasefire.', b: 'The foreign ministers of the two countries held talks in Geneva on Tuesday on the ceasefire.' },
  { same: false, why: 'same teller, another claim', a: 'The cyber agency said the attackers used a ransomware group known as GreyLantern.', b: 'The cyber agency said the attackers had been in the network since January.' },
  { same: false, why: 'same teller and partner, another act', a: 'The ministry said it was working with the national cyber centre.', b: 'The ministry said it had reported the breach to the national cyber centre.' },
  { same: false, why: 'another group blamed', a: 'The cyber agency attributed the intrusion to GreyLantern, a ransomware gang.', b: 'The cyber agency attributed the intrusion to BlackVessel, a ransomware gang.' },
  { same: false, why: 'another number of homes', a: 'The water utility said 12,000 homes were without clean water.', b: 'The water utility said 2,000 homes were without clean water.' },
  { same: false, why: 'reopen ~ stay closed', a: 'The interior minister said the border crossing would reopen on Friday.', b: 'The interior minister said the border crossing would stay closed until Friday.' },
  { same: false, why: 'accessed ~ not accessed', a: 'The company said customer bank details had not been accessed.', b: 'The company said customer bank details had been accessed.' },
];
