/**
 * The steps of a case that harmed no one's body: a fraud, a bribe, a laundering scheme, a reporter's
 * treason or sedition case. Its arrest, its
 * indictment, the first hearing, a plea, the trial, the verdict and the sentence come weeks or months
 * apart and are told with the same defendant, prosecutors and words, so the join model reads each as the
 * first step's follow-up (review ux70a: eleven steps of an exchange's fraud case from an arrest to an
 * appeal became seven events, in an order-dependent way). A court desk files each step as an event of its
 * own day, linked to the earlier ones as related. A shooting's trial stays with the shooting: GVA's gold
 * counts it as the incident's report, and a report that counts dead or wounded, or names any violence,
 * is never read as such a case.
 */
import { scenesApart } from './scenes.js';

/**
 * Characters of headline and body read. The whole page, nearly: a report of a hearing or a sentence
 * often names the charge only in its last paragraphs, or not at all.
 */
const READ = 6000;

/**
 * Crimes against money or trust, by the words reports name them with: "charged with wire fraud",
 * "defrauding customers", "laundered the proceeds", "a bribery scheme", "insider trading".
 */
const MONEY_CRIME = new RegExp(
  [
    String.raw`\b(?:fraud|frauds|fraudulent(?:ly)?|defraud(?:ed|ing|s)?)\b`,
    String.raw`\bembezzl(?:e|ed|es|ing|ement)\b`,
    String.raw`\b(?:money[-\s]laundering|launder(?:ed|ing|s)?)\b`,
    String.raw`\b(?:brib(?:e|es|ed|ing|ery)|kickbacks?)\b`,
    String.raw`\b(?:ponzi|pyramid\s+scheme)\b`,
    String.raw`\binsider\s+(?:trading|dealing)\b`,
    String.raw`\btax\s+(?:evasion|fraud)\b`,
    String.raw`\bmisappropriat(?:e|ed|es|ing|ion)\b`,
    String.raw`\bmarket\s+manipulation\b`,
    String.raw`\bprice[-\s]fixing\b`,
  ].join('|'),
  'i',
);

/**
 * Crimes against the state or of speech, which the cases of reporters, activists and officials are
 * brought for: "accused him of high treason", "arrested on suspicion of sedition", "charged with
 * espionage", "a foreign agent". Read as the money crimes are, beside a word of a charge, an arrest or a
 * court in the same sentence (review ux72b: a reporter's detention and his pretrial hearing a week
 * later, and a newsroom raid and a search four days on, were each one event).
 */
const STATE_CRIME = new RegExp(
  [
    String.raw`\btreason(?:ous)?\b`,
    String.raw`\b(?:espionage|spying)\b`,
    String.raw`\b(?:sedition|seditious)\b`,
    String.raw`\bsubversion\b`,
    String.raw`\bstate\s+secrets?\b`,
    String.raw`\bforeign\s+agents?\b`,
    String.raw`\bextremism\b`,
    String.raw`\b(?:defamation|libel)\b`,
  ].join('|'),
  'i',
);

/**
 * A step before a court that only a criminal case takes: a plea, a conviction, a sentence, bail, an
 * indictment, an arraignment, a notice of appeal, a detention ordered or extended before trial ("held
 * in pretrial detention for two months", "remanded in custody", "extended his detention"). A report of
 * a hearing need not say what the case is about.
 */
const COURT_STEP = new RegExp(
  [
    String.raw`\bpleaded\s+(?:not\s+)?guilty\b|\bpleads?\s+(?:not\s+)?guilty\b|\bplea\s+of\s+(?:not\s+)?guilty\b`,
    String.raw`\b(?:convicted|acquitted|sentenced|indicted|indictment|arraigned)\b`,
    String.raw`\b(?:denied|granted|refused)\s+bail\b|\bnotice\s+of\s+appeal\b`,
    String.raw`\bpre-?trial\s+(?:detention|custody)\b|\bremanded\s+(?:in|into)\s+custody\b`,
    String.raw`\bextend(?:ed|s)?\s+(?:his|her|their|the)\s+(?:pre-?trial\s+)?detention\b`,
  ].join('|'),
  'i',
);

/**
 * Steps whose words serve other stories too: a contest's or a vote's "verdict", a drug "trial began", a
 * regulator's case in a court of appeals, a witness's cross-examination before a committee. Each counts
 * only beside a word of a criminal case in the same sentence (CASE_WORD).
 */
const LOOSE_STEP = /\b(?:verdict|trial\s+(?:opened|opens|began|begins)|cross-examination|court\s+of\s+appeals?)\b/i;

/**
 * Words of a charge or a court, read in the sentence that names a crime or a loose step: a fraud the
 * police warn of, or one an opposition cries, is no case until someone is charged, held or tried.
 * An arrest warrant or an extradition counts: "held on a fraud warrant". A bare "jury" is left out: a song
 * contest has one.
 */
const CASE_WORD = /\b(?:charged|charges?|charging|accused|accusing|indicted|indictment|arrest(?:ed|s)?|detained|suspicion|warrants?|extradit\w*|convicted|convictions?|guilty|sentenced|prosecut\w*|defendants?|judge|courts?|courtroom|jurors|trial)\b/i;

/** The headline and the sentences of what is read; a rough cut at a stop before a capital or a line break. */
function sentencesOf(text: string): string[] {
  return text.split(/\n+|(?<=[.!?])\s+(?=["“‘'(]?\p{Lu})/u);
}

/** Whether one sentence tells a criminal case: a firm court step, or a crime or loose step beside a charge or court word. */
function tellsCase(sentence: string): boolean {
  if (COURT_STEP.test(sentence)) return true;
  return (MONEY_CRIME.test(sentence) || STATE_CRIME.test(sentence) || LOOSE_STEP.test(sentence)) && CASE_WORD.test(sentence.replace(LOOSE_STEP, ' '));
}

/**
 * Violence of any kind, named anywhere on the page: a case with it is a crime against people, whose
 * steps are the crime's own story (a shooting's trial, a killer's sentence).
 */
const VIOLENCE = /\b(?:shoot\w*|shot|shots|gun\w*|firearms?|weapons?|kill\w*|murder\w*|homicide|manslaughter|slay\w*|slain|stab\w*|assault\w*|rap(?:e|ed|ist)|kidnap\w*|abduct\w*|attack\w*|wound\w*|injur\w*|dead|death|deaths|died|dies|bomb\w*|explos\w*|arson|robb\w*|carjack\w*|violen\w*|hostages?|terror\w*)\b/i;

/**
 * Whether a report tells a case that harmed no one: some sentence of it tells a criminal case (tellsCase),
 * and no violence is named anywhere in what is read.
 */
export function nonViolentCase(headline: string, body: string): boolean {
  const text = `${headline}\n${body.slice(0, READ)}`;
  return !VIOLENCE.test(text) && sentencesOf(text).some(tellsCase);
}

/** Whether a page names violence of any kind in what is read (VIOLENCE). */
export function namesViolence(headline: string, body: string): boolean {
  return VIOLENCE.test(`${headline}\n${body.slice(0, READ)}`);
}

/** A step of a case as its lead tells it, for two steps told the same day (sameDayStepsApart). */
export type CaseStep = 'arrest' | 'search' | 'charge' | 'plea' | 'verdict' | 'sentence' | 'appeal' | 'extradition';

/**
 * The verbs a lead tells each step with, in the past or the headline's present: "Dubai Police arrested
 * the founder", "Czech police searched the exchange's offices", "the court upheld the conviction".
 */
const STEP_VERBS: readonly [CaseStep, RegExp][] = [
  ['search', /\b(?:searched|raided|raids?\s+on|searches?\s+(?:of|at)|search(?:es)?\s+(?:\p{L}+\s+){0,3}?(?:offices?|homes?|premises|headquarters))\b/iu],
  ['arrest', /\b(?:arrested|detained|detains?|taken\s+into\s+custody|held\s+on\s+(?:an?|suspicion)\b)/i],
  ['charge', /\b(?:charged|indicted)\b/i],
  ['plea', /\bpleaded\b|\bpleads?\s+(?:not\s+)?guilty\b/i],
  ['verdict', /\b(?:convicted|convicts?|acquitted|acquits?|found\s+(?:not\s+)?guilty)\b/i],
  ['sentence', /\b[Ss]entenced\b|\b[Ss]entences?\s+\p{Lu}/u],
  ['appeal', /\b(?:upheld|upholds?|overturned|overturns?|quashed|appeals?\s+court|court\s+of\s+appeals?)\b/i],
  ['extradition', /\b(?:extradited|extradites?)\b/i],
];

/**
 * The step a lead sentence tells: the one whose verb comes first ("arrested ... on a warrant charging him"
 * is an arrest). Null where none is named.
 */
export function caseStepOf(lead: string): CaseStep | null {
  let best: CaseStep | null = null;
  let at = Infinity;
  for (const [step, verb] of STEP_VERBS) {
    const found = verb.exec(lead);
    if (found && found.index < at) [best, at] = [step, found.index];
  }
  return best;
}

/**
 * Days apart from which two reports of such a case tell two steps: the same step is read a day off
 * when a later report dates it by its own publication day.
 */
const SAME_STEP_DAYS = 1;

/**
 * Whether an article and a stored event are two steps of a case that harmed no one: the article is such
 * a case and so is some report of the event (one side alone may be a story that only mentions a fraud),
 * neither the article nor any report of the event counts dead or wounded, and their days are more than a
 * day apart, or their steps and towns differ (sameDayStepsApart). More than a day apart, a side that
 * only leads with a step (`stepLead`, `stepLeads`) counts against a side that names the case
 * (stepOfNamedCase).
 */
export function caseStepsApart(
  article: { nonViolentCase?: boolean; stepLead?: boolean; harm?: string | null; caseStep?: CaseStep },
  event: { nonViolentCases?: number; stepLeads?: number; harms?: readonly string[]; caseSteps?: readonly string[] },
  gap: number | null,
  sceneApart = false,
): boolean {
  if ((article.harm ?? null) !== null || (event.harms ?? []).length > 0) return false;
  const articleCase = article.nonViolentCase === true;
  const eventCase = (event.nonViolentCases ?? 0) > 0;
  if (!articleCase || !eventCase) return gap !== null && gap > SAME_STEP_DAYS && stepOfNamedCase(articleCase, article.stepLead === true, eventCase, (event.stepLeads ?? 0) > 0);
  if (gap !== null && gap > SAME_STEP_DAYS) return true;
  return sameDayStepsApart(article.caseStep, event.caseSteps ?? [], sceneApart);
}

/**
 * Whether one side names the case and the other leads with a step of one on a page that names neither a
 * crime nor violence: "National security police searched the home of a former columnist on Tuesday"
 * four days after the raid on his newspaper, whose reports name the sedition charge (review ux72b).
 * A later step is told with the case's people, and its report need not repeat the charge. Only days
 * apart: the same day it may be the named step told again.
 */
function stepOfNamedCase(articleCase: boolean, articleStep: boolean, eventCase: boolean, eventSteps: boolean): boolean {
  return (articleCase && eventSteps) || (articleStep && eventCase);
}

/**
 * Two steps of one case told the same day, or a day apart, in towns far from each other: a raid on the
 * firm's offices in Prague the day its founder is arrested in Dubai (review ux70a: the raid joined the
 * arrest). Both the step and the town must differ: one arrest told from Dubai and from the prosecutors'
 * New York is one step, and a raid and an arrest in one town are often one operation.
 */
function sameDayStepsApart(step: CaseStep | undefined, steps: readonly string[], sceneApart: boolean): boolean {
  return sceneApart && step !== undefined && steps.length > 0 && !steps.includes(step);
}

/**
 * Whether two stored events are such steps told the same days in towns far apart, for an article that
 * reaches both (merges.ts): a report of the raid that names no crime of its own ("as part of a US
 * investigation") had bridged the raid in Prague and the arrest in Dubai into one event.
 */
export function caseEventsApart(
  a: { nonViolentCases?: number; harms?: readonly string[]; caseSteps?: readonly string[]; scenes?: readonly string[] },
  b: { nonViolentCases?: number; harms?: readonly string[]; caseSteps?: readonly string[]; scenes?: readonly string[] },
): boolean {
  if ((a.nonViolentCases ?? 0) === 0 || (b.nonViolentCases ?? 0) === 0) return false;
  if ((a.harms ?? []).length > 0 || (b.harms ?? []).length > 0) return false;
  const steps = b.caseSteps ?? [];
  return steps.length > 0 && (a.caseSteps ?? []).length > 0 && !(a.caseSteps ?? []).some((s) => steps.includes(s)) && scenesApart(a.scenes ?? [], b.scenes ?? []);
}
