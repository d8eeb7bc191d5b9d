/**
 * The part a person plays in a case, where the article gives them no title: "Dale Whitcomb ... and
 * Tanya Ellery-Brooks ... were arrested", "Also charged in the indictment is ...", "the indictment names
 * Pak Un-chol, Kim Song-hyok and Han Chol-nam", "sanctions on ... three individuals, among them ...",
 * "Police identified the suspect as Tyler Brant", "The woman who was killed was identified as Angela
 * Morris", "Jane Doe was shot". An analyst following a case wants the defendants and the victims marked
 * as such, not listed like bystanders.
 * Read from the clause the name is in: the legal verb must be the clause's own (no other verb, no
 * "said", no relative clause between the name and it), and not an agent ("arrested by Officer X").
 */
import type { Span } from '../model/types.js';
import { namedAmongHurt } from './named-among-hurt.js';
import { speakerOfAct } from './speaker-clause.js';

export type LegalRole = 'convicted' | 'defendant' | 'arrested' | 'suspect' | 'sanctioned' | 'victim';

/** Strongest first: a convicted defendant is listed as convicted, a suspect shot by police as the suspect. */
const STRENGTH: readonly LegalRole[] = ['convicted', 'defendant', 'arrested', 'suspect', 'sanctioned', 'victim'];

/**
 * The part in the case as the clause's own verb words it (event-role.ts lists them all): "was detained"
 * is detained, "was shot dead" killed. The legal role is the coarser reading of the same clause.
 */
export type CaseWord = 'convicted' | 'sentenced' | 'charged' | 'defendant' | 'arrested' | 'detained' | 'suspect' | 'sanctioned' | 'killed' | 'injured' | 'victim';

const LEGAL_OF: Record<CaseWord, LegalRole> = {
  convicted: 'convicted', sentenced: 'convicted', charged: 'defendant', defendant: 'defendant', arrested: 'arrested', detained: 'arrested',
  suspect: 'suspect', sanctioned: 'sanctioned', killed: 'victim', injured: 'victim', victim: 'victim',
};

const ROLE_OF_VERB: Record<string, CaseWord> = {
  convicted: 'convicted', sentenced: 'sentenced',
  charged: 'charged', charges: 'charged', charging: 'charged', indicted: 'charged', indicts: 'charged', accused: 'defendant', accuses: 'defendant', arraigned: 'defendant', names: 'defendant', prosecuted: 'defendant',
  arrested: 'arrested', detained: 'detained', suspected: 'suspect',
  sanctioned: 'sanctioned', designated: 'sanctioned', sanctions: 'sanctioned',
  killed: 'killed', shot: 'victim', wounded: 'injured', stabbed: 'victim', injured: 'injured',
};

/** "..., were arrested", "was charged", "has been indicted": the verb the name is the subject of. */
const PASSIVE_AFTER = /^(?:[^.;:!?"“”]*?)\b(?:was|were|has been|have been|had been|is being|are being|is|are)\s+(?:also\s+|later\s+|then\s+|formally\s+|fatally\s+|critically\s+|seriously\s+)?(convicted|sentenced|charged|indicted|accused|arraigned|prosecuted|arrested|detained|sanctioned|designated|killed|shot|wounded|stabbed|injured|suspected(?=\s+of\s))\b/i;
/** "Whitcomb and Ellery-Brooks also face aggravated identity theft counts", "pleaded guilty". */
const ACTIVE_AFTER = /^(?:[^.;:!?"“”]*?)\b(?:(?:also\s+)?(?:faces?|facing)\s+(?:[\w-]+\s+){0,5}(?:charges?|counts?)|(pleaded|pled)\s+guilty)\b/i;
/**
 * ", who pleaded guilty", ", 34, who was arrested in April": a relative clause right after the name (or
 * its age) is of that person, so its verb gives their part as the clause's own verb would.
 */
const RELATIVE_AFTER = /^(?:\s*,\s*\d{1,3})?\s*,\s*who\s+(?:(?:had|has|have)\s+)?(?:(pleaded|pled)\s+guilty|(?:was|were|had\s+been|has\s+been|is|is\s+being)\s+(?:also\s+|later\s+|formally\s+|fatally\s+|critically\s+|seriously\s+)?(convicted|sentenced|charged|indicted|accused|arraigned|prosecuted|arrested|detained|sanctioned|designated|killed|shot|wounded|stabbed|injured))\b/i;
/** Between the name and its verb: no other verb or clause of its own. */
// "whose": "Ann Lee, whose son was killed in the blast" tells the son's death, not hers.
export const CLAUSE_BREAK = /\b(?:was|were|is|are|has|have|had|said|says|told|who|whom|whose|which|that|when|after|before|while|because|but)\b/i;

/**
 * "Tom Hale, 54, was held at his home on suspicion of manslaughter": British usage for an arrest. "Held"
 * alone is not one ("held a press conference", "was held hostage"); with "on suspicion" it is.
 */
const HELD_ON_SUSPICION = /^(?:\s*,\s*\d{1,3}\s*,)?\s*(?:was|were|has\s+been|had\s+been|is\s+being)\s+(?:also\s+|later\s+|then\s+)?held\b[^.;:!?"“”]{0,80}?\bon\s+suspicion\s+of\b/i;

/**
 * "charged ... Tonya Ellery-Brooks", "the indictment names Pak Un-chol, Kim Song-hyok", "sanctions on
 * ... among them". Not "a man named", which names no one in a case.
 */
const VERB_BEFORE = /\b(convicted|sentenced|charged|(?<=(?:\b(?:indictment|complaint|that|which|it|also)|,)\s+)charges|(?<=\b(?:indictment|complaint)\s+)charging|indicted|indicts|accuses|accused|arraigned|prosecuted|(?<=\b(?:indictment|complaint|charges)\s+)names|arrested|detained|sanctioned|designated|sanctions\s+(?:on|against))\b(?!\s+by\b)([^.;:!?"“”]*)$/i;
/**
 * What may stand between such a verb and the name: other names, ages and commas ("names Pak Un-chol,
 * Kim Song-hyok and"), where ("in the new indictment is"), whom ("on three individuals, among them").
 * Any other word is another clause: "charged with assault, and Mary Cole was a witness".
 */
const BETWEEN_WORDS = new Set(['in', 'the', 'new', 'superseding', 'indictment', 'complaint', 'case', 'is', 'are', 'also', 'and', 'on', 'against', 'among', 'them', 'including', 'individuals', 'people', 'others', 'other', 'nationals', 'citizens', 'a', 'an', 'man', 'woman', 'teenager', 'men', 'women', 'suspects', 'teenagers', 'companies', 'entities', 'firms', 'national', 'citizen', 'resident', 'former', 'journalist', 'activist', 'businessman', 'businesswoman', 'blogger', 'dissident', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);

/**
 * An apposition after a listed name, closed by a comma: "designated Ri Chol-min, a banker based in
 * Dalian, China, and Kim Song-hwan" tells who the first is; the list goes on after it. Its last part
 * may be a place's country after a comma ("in Dalian, China").
 */
const LISTED_APPOSITION = /(?<=\p{L}),\s+(?:an?|the)\s+[^,;:"“”]*?(?:,\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)?)?(?=,)/gu;

/** `also` lets a caller allow more words (event-role.ts: a newsroom job, "on bail"). */
export function onlyNamesBetween(text: string, also?: ReadonlySet<string>): boolean {
  const words = text.replace(LISTED_APPOSITION, ' ').replace(/\p{Lu}[\p{L}.'’-]*/gu, ' ').replace(/[\d,()-]+/g, ' ').trim().split(/\s+/).filter(Boolean);
  return words.every((w) => BETWEEN_WORDS.has(w.toLowerCase()) || (also?.has(w.toLowerCase()) ?? false));
}

/**
 * "identified the suspect as", "The woman who was killed was identified as": what the police named them
 * as; in British usage too, "The victim, named locally as Daniel Okafor", "named by police as".
 */
const IDENTIFIED_BEFORE = /\b(?:(suspects?|gunman|gunmen|shooter|attacker|assailant)|(victims?|deceased|dead|killed|slain|wounded|shot))\b[^.;:!?"“”]{0,60}?\b(?:identified|named(?:\s+locally|\s+by\s+police)?)\s+(?:him\s+|her\s+|them\s+)?as\s+$/i;
const IDENTIFIED_BEFORE_VERB = /\bidentified\s+the\s+(?:(suspects?|gunman|shooter|attacker|assailant)|(victims?|deceased|dead))\s+as\s+$/i;

/**
 * "The wounded man, Darnell Jones, 24,", "the suspect, Tyler Brant,": the person named in apposition
 * to the one the case is about. The noun must open the apposition right before the name.
 */
const APPOSED_BEFORE = /\b(?:[Tt]he|[Aa])\s+(?:(suspect(?:ed)?\s+(?:gunman|shooter|attacker|driver)|suspect|gunman|shooter|attacker|assailant)|(?:(?:wounded|injured|slain|dead|murdered|stabbed|shot|killed)\s+(?:man|woman|boy|girl|teen(?:ager)?|person|officer|driver|victim)|victim))\s*,\s*$/;

/** The part the clause of one mention gives, as its verb words it, or null. */
export function caseWordAt(body: string, mention: Span, sentence: Span, sentences: readonly Span[]): CaseWord | null {
  // "Tim Ord, Ng's former boss, pleaded guilty", "Ng's lawyer was arrested": the possessive names
  // whose the subject is; the verb is the other person's.
  if (/^['’]s?\s/.test(body.slice(mention.end, mention.end + 3))) return null;
  const lead = body.slice(Math.max(sentence.start, mention.start - 120), mention.start);
  const identified = IDENTIFIED_BEFORE_VERB.exec(lead) ?? IDENTIFIED_BEFORE.exec(lead);
  if (identified) return identified[1] ? 'suspect' : 'victim';
  const apposed = APPOSED_BEFORE.exec(lead);
  if (apposed) return apposed[1] ? 'suspect' : 'victim';
  if (namedAmongHurt(body, mention, sentence, sentences)) return 'victim';
  const after = body.slice(mention.end, Math.min(sentence.end, mention.end + 200));
  const relative = RELATIVE_AFTER.exec(after);
  if (relative) return relative[1] ? 'convicted' : ROLE_OF_VERB[relative[2]!.toLowerCase()]!;
  if (HELD_ON_SUSPICION.test(after)) return 'arrested';
  const passive = PASSIVE_AFTER.exec(after);
  if (passive && !CLAUSE_BREAK.test(after.slice(0, passive[0].length - passive[1]!.length).replace(/\b(?:was|were|has been|have been|had been|is being|are being|is|are)\s+(?:also\s+|later\s+|then\s+|formally\s+)?$/i, ''))) {
    // "was shot dead": the shot killed.
    const word = ROLE_OF_VERB[passive[1]!.toLowerCase()]!;
    return word === 'victim' && /^\s+(?:dead|and\s+killed)\b/i.test(after.slice(passive.index + passive[0].length)) ? 'killed' : word;
  }
  const active = ACTIVE_AFTER.exec(after);
  if (active) {
    const verbAt = active[0].search(/\b(?:also\s+)?(?:faces?|facing|pleaded|pled)\b/i);
    if (!CLAUSE_BREAK.test(active[0].slice(0, verbAt))) return active[1] ? 'convicted' : 'charged';
  }
  const lead220 = body.slice(Math.max(sentence.start, mention.start - 220), mention.start);
  const before = VERB_BEFORE.exec(lead220);
  // "Police arrested two men, Commissioner Dara Velk said": the speaker tells of the act.
  if (before && onlyNamesBetween(before[2]!) && !speakerOfAct(before[2]!, after)) return ROLE_OF_VERB[before[1]!.toLowerCase().split(/\s+/)[0]!]!;
  // "The Treasury's Office of Foreign Assets Control named A and B": in a sentence about sanctions, the
  // people a body names or lists are those it sanctions; not "named A as its envoy".
  const listed = NAMED_BEFORE.exec(lead220);
  if (listed && onlyNamesBetween(listed[1]!) && SANCTIONS_SENTENCE.test(body.slice(sentence.start, sentence.end)) && !/^[^.;:!?]{0,40}?\bas\s+(?:its|their|the|a|an|his|her)\b/i.test(after)) return 'sanctioned';
  return null;
}

const NAMED_BEFORE = /\b(?:named|listed|blacklisted)\b(?!\s+(?:by|as|after|for)\b)([^.;:!?"“”]*)$/i;
const SANCTIONS_SENTENCE = /\b(?:sanction(?:s|ed|ing)?|OFAC|Office of Foreign Assets Control|blacklist(?:s|ed|ing)?|asset freezes?|designations?)\b/i;

/** The strongest legal role any of a person's mentions gives them, or null. */
export function legalRole(body: string, mentions: readonly Span[], sentences: readonly Span[]): LegalRole | null {
  let best: LegalRole | null = null;
  for (const mention of mentions) {
    const sentence = sentences.find((s) => s.start <= mention.start && mention.end <= s.end);
    if (!sentence) continue;
    const word = caseWordAt(body, mention, sentence, sentences);
    const role = word === null ? null : LEGAL_OF[word];
    if (role && (best === null || STRENGTH.indexOf(role) < STRENGTH.indexOf(best))) best = role;
  }
  return best;
}
