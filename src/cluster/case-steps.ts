/**
 * The steps of a case that harmed no one's body: a fraud, a bribe, a laundering scheme. Its arrest, its
 * indictment, the first hearing, a plea, the trial, the verdict and the sentence come weeks or months
 * apart and are told with the same defendant, prosecutors and words, so the join model reads each as the
 * first step's follow-up (review ux70a: eleven steps of an exchange's fraud case from an arrest to an
 * appeal became seven events, in an order-dependent way). A court desk files each step as an event of its
 * own day, linked to the earlier ones as related. A shooting's trial stays with the shooting: GVA's gold
 * counts it as the incident's report, and a report that counts dead or wounded, or names any violence,
 * is never read as such a case.
 */

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
 * A step before a court that only a criminal case takes: a plea, a conviction, a sentence, bail, an
 * indictment, an arraignment, a notice of appeal. A report of a hearing need not say what the case is about.
 */
const COURT_STEP = new RegExp(
  [
    String.raw`\bpleaded\s+(?:not\s+)?guilty\b|\bpleads?\s+(?:not\s+)?guilty\b|\bplea\s+of\s+(?:not\s+)?guilty\b`,
    String.raw`\b(?:convicted|acquitted|sentenced|indicted|indictment|arraigned)\b`,
    String.raw`\b(?:denied|granted|refused)\s+bail\b|\bnotice\s+of\s+appeal\b`,
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
const CASE_WORD = /\b(?:charged|charges?|charging|accused|accusing|indicted|indictment|arrest(?:ed|s)?|detained|suspicion|warrants?|extradit\w*|convicted|guilty|sentenced|prosecut\w*|defendants?|judge|courts?|courtroom|jurors|trial)\b/i;

/** The headline and the sentences of what is read; a rough cut at a stop before a capital or a line break. */
function sentencesOf(text: string): string[] {
  return text.split(/\n+|(?<=[.!?])\s+(?=["“‘'(]?\p{Lu})/u);
}

/** Whether one sentence tells a criminal case: a firm court step, or a crime or loose step beside a charge or court word. */
function tellsCase(sentence: string): boolean {
  if (COURT_STEP.test(sentence)) return true;
  return (MONEY_CRIME.test(sentence) || LOOSE_STEP.test(sentence)) && CASE_WORD.test(sentence.replace(LOOSE_STEP, ' '));
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

/**
 * Days apart from which two reports of such a case tell two steps: the same step is read a day off
 * when a later report dates it by its own publication day.
 */
const SAME_STEP_DAYS = 1;

/**
 * Whether an article and a stored event are two steps of a case that harmed no one: the article is such
 * a case and so is some report of the event (one side alone may be a story that only mentions a fraud),
 * neither the article nor any report of the event counts dead or wounded, and their days are more than a
 * day apart.
 */
export function caseStepsApart(
  article: { nonViolentCase?: boolean; harm?: string | null },
  event: { nonViolentCases?: number; harms?: readonly string[] },
  gap: number | null,
): boolean {
  if (article.nonViolentCase !== true || (event.nonViolentCases ?? 0) === 0) return false;
  if ((article.harm ?? null) !== null || (event.harms ?? []).length > 0) return false;
  return gap !== null && gap > SAME_STEP_DAYS;
}
