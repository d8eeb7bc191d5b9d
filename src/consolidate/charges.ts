/**
 * The offence a report says someone is accused, charged or suspected of ("accused him of high treason",
 * "is accused of espionage", "charged with aggravated homicide", "on treason charge"), as one name per
 * offence ("high treason" is treason, "spying" espionage, "homicide" murder), so that reports of one
 * event naming different offences can be listed (case-discrepancies.ts). Only an offence the sentence
 * ties to an accusation is read: "detained on treason or espionage charges this year" counts cases,
 * and "the treason article of the criminal code" names a law. Only one laid against a person (case-person.ts):
 * "Moscow accused Kyiv of terrorism", "held talks over terrorism" and "investigated the claims of fraud"
 * lay no charge against anyone.
 */
import { personSlot } from './case-person.js';

/** Offences by the words reports use, each to the one name shown. */
const OFFENCES: readonly (readonly [string, string])[] = [
  ['treason', String.raw`(?:high\s+|state\s+)?treason`],
  ['espionage', String.raw`espionage|spying`],
  ['sedition', String.raw`sedition|seditious\s+(?:publications?|intent|acts?|speech)|publish(?:ing)?\s+seditious\s+publications?`],
  ['terrorism', String.raw`terrorism|terrorist\s+offen[cs]es?|(?:financing|supporting|justifying|inciting)\s+terrorism`],
  ['extremism', String.raw`extremism|extremist\s+activity`],
  ['attempted murder', String.raw`attempted\s+(?:murder|homicide)`],
  ['murder', String.raw`(?:first-degree\s+|second-degree\s+|aggravated\s+|capital\s+)?(?:murder|homicide)`],
  ['manslaughter', String.raw`(?:involuntary\s+|voluntary\s+)?manslaughter`],
  ['defamation', String.raw`(?:criminal\s+)?(?:defamation|libel|slander)`],
  ['false information', String.raw`(?:spreading\s+|disseminating\s+|publishing\s+)?(?:false\s+(?:information|news)|fake\s+news|disinformation)`],
  ['incitement', String.raw`incitement|inciting\s+(?:violence|hatred|unrest)`],
  ['money laundering', String.raw`money\s+laundering`],
  ['tax evasion', String.raw`tax\s+evasion`],
  ['fraud', String.raw`fraud`],
  ['corruption', String.raw`corruption|bribery|graft`],
  ['kidnapping', String.raw`kidnapping|abduction`],
  ['drug trafficking', String.raw`drug\s+trafficking`],
];

/**
 * Offences that are rival names for one act: the reports that give two of them disagree on what the
 * person is accused of. Others are read only to know that a report names two offences: murder and
 * kidnapping, fraud and money laundering, murder and attempted murder are charged together, so a report
 * naming one and another naming the other need not differ at all.
 */
const RIVALS: readonly ReadonlySet<string>[] = [
  new Set(['treason', 'espionage', 'sedition', 'extremism', 'terrorism']),
  new Set(['murder', 'manslaughter']),
  new Set(['defamation', 'false information', 'incitement']),
];

/** Whether two offences are different names for one act (see RIVALS). */
export function rivalCharges(a: string, b: string): boolean {
  return a !== b && RIVALS.some((family) => family.has(a) && family.has(b));
}

const OFFENCE = OFFENCES.map(([, words]) => `(?:${words})`).join('|');
/**
 * "accused him of", "charged Ana Ruiz with", "arrested on suspicion of", "on charges of", "is accused of":
 * the verb, the words of whom it is laid against (group 1, a person: case-person.ts) and its preposition.
 * Holding someone is no charge unless on one ("held on charges of"): "held talks over terrorism".
 */
const ACCUSED = String.raw`\b(?:(?:accused|accusing|accuses|accuse|charged|charging|charges|suspected|indicted|prosecuted|investigated|arrested|detained|jailed)((?:\s+[\p{L}\d'’.-]+){0,6}?)\s+(?:of|with|for|over|on\s+(?:suspicion|charges?|accusations?)\s+of)|held((?:\s+[\p{L}\d'’.-]+){0,6}?)\s+on\s+(?:suspicion|charges?|accusations?)\s+of)`;
const CHARGED = new RegExp(String.raw`${ACCUSED}\s+(?:an?\s+|the\s+|(?:one|two|three|four|five|\d+)\s+counts?\s+of\s+)?["“]?(?:conspiracy\s+to\s+(?:commit\s+)?)?(${OFFENCE})\b`, 'giu');
/**
 * "on treason charge", "faces espionage charges", "faces charges of espionage", "espionage charges
 * against the reporter": the offence right before "charge" and after no "or"/"and", or after "charges of".
 */
const CHARGE_NOUN = new RegExp(String.raw`\b(?:(?:on|faces?|facing|faced)\s+(?:an?\s+)?(${OFFENCE})\s+charges?\b|(?:on|faces?|facing|faced|brought|filed|laid)\s+(?:\w+\s+)?charges?\s+of\s+(${OFFENCE})\b|\b(${OFFENCE})\s+charges?\s+against((?:\s+[\p{L}\d'’.-]+){1,5}?)(?=\s*(?:[,.;:]|$|\s+(?:on|in|at|was|were|is|are|after|before|over|for|and|but)\b)))`, 'giu');
/**
 * Who accuses, after "accused of X by": only an accuser of a case ("by prosecutors", "by the court",
 * "by the FSB"). "Kyiv was accused of terrorism by Moscow" is a state's accusation of another.
 */
const BY_ACCUSER = /^\s*,?\s+by\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+)/u;
const ACCUSER = /^(?:prosecutors?|prosecution|procurators?|investigators?|police|detectives?|court|courts|judges?|magistrates?|tribunal|authorities|FSB|KGB|SBU|FBI|committee|agency|service|ministry|regulators?|attorneys?|counsel|state|government|junta|regime|military|army)$/i;

const NAMED = OFFENCES.map(([name, words]) => [name, new RegExp(String.raw`^(?:${words})$`, 'iu')] as const);

function offenceName(words: string): string | null {
  const plain = words.replace(/\s+/g, ' ');
  for (const [name, pattern] of NAMED) if (pattern.test(plain)) return name;
  return null;
}

/**
 * Any offence's words, to find the others a sentence names beside the charged one; not one that names a
 * law ("the case was opened under the treason article of the criminal code").
 */
const ANY_OFFENCE = new RegExp(String.raw`\b(?:${OFFENCE})\b(?!\s+(?:article|articles|law|laws|statute|code|legislation|act)\b)`, 'giu');

/**
 * The offences a sentence or headline ties to an accusation, each named once; with them, every other
 * offence the sentence names ("charged with robbery and, separately, with assault"),
 * so that a report naming two is known to. `names`: the words of the names the article gives
 * (nameWordsOf), of whom a charge may be laid against by name. A verdict ("convicted of") is a later step, not the charge.
 */
export function chargesIn(text: string, names: ReadonlySet<string> = new Set()): string[] {
  if (!/accus|charge|suspect|indict|prosecut|investigat|arrest|detain|held|jail/i.test(text)) return [];
  const found = new Set<string>();
  for (const m of text.matchAll(CHARGED)) {
    // Laid against a person, and by a case's accuser where the sentence names one.
    if (!personSlot(m[1] ?? m[2] ?? '', names)) continue;
    const by = BY_ACCUSER.exec(text.slice(m.index + m[0].length));
    if (by && !ACCUSER.test(by[1]!)) continue;
    const name = offenceName(m[3]!);
    if (name) found.add(name);
  }
  for (const m of text.matchAll(CHARGE_NOUN)) {
    if (m[3] && !personSlot(m[4]!, names)) continue;
    const name = offenceName((m[1] ?? m[2] ?? m[3])!);
    if (name) found.add(name);
  }
  if (found.size === 0) return [];
  for (const m of text.matchAll(ANY_OFFENCE)) {
    const name = offenceName(m[0]);
    if (name) found.add(name);
  }
  return [...found];
}
