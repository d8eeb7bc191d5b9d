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
 * A step before a court, by the words that tell it: a plea, a jury, a trial, a verdict, a sentence, bail,
 * an appeal, an indictment. A report of a hearing need not say what the case is about.
 */
const COURT_STEP = new RegExp(
  [
    String.raw`\bpleaded\s+(?:not\s+)?guilty\b|\bpleads?\s+(?:not\s+)?guilty\b|\bplea\s+of\s+(?:not\s+)?guilty\b`,
    String.raw`\b(?:the\s+)?jury\b`,
    String.raw`\btrial\s+(?:opened|opens|began|begins|court)\b|\b(?:cross-examination|testified|testifies)\b`,
    String.raw`\b(?:verdict|convicted|acquitted|sentenced|indicted|indictment|arraigned)\b`,
    String.raw`\b(?:denied|granted|refused)\s+bail\b|\bnotice\s+of\s+appeal\b|\bcourt\s+of\s+appeals?\b`,
  ].join('|'),
  'i',
);

/**
 * Violence of any kind, named anywhere on the page: a case with it is a crime against people, whose
 * steps are the crime's own story (a shooting's trial, a killer's sentence).
 */
const VIOLENCE = /\b(?:shoot\w*|shot|shots|gun\w*|firearms?|weapons?|kill\w*|murder\w*|homicide|manslaughter|slay\w*|slain|stab\w*|assault\w*|rap(?:e|ed|ist)|kidnap\w*|abduct\w*|attack\w*|wound\w*|injur\w*|dead|death|deaths|died|dies|bomb\w*|explos\w*|arson|robb\w*|carjack\w*|violen\w*|hostages?|terror\w*)\b/i;

/**
 * Whether a report tells a case that harmed no one: it names a crime against money or trust, or a step
 * before a court, and no violence anywhere in what is read.
 */
export function nonViolentCase(headline: string, body: string): boolean {
  const text = `${headline}\n${body.slice(0, READ)}`;
  return (MONEY_CRIME.test(text) || COURT_STEP.test(text)) && !VIOLENCE.test(text);
}

/**
 * Days apart from which two reports of such a case tell two steps: the same step is read a day off
 * when a later report dates it by its own publication day.
 */
const SAME_STEP_DAYS = 1;

/**
 * Whether an article and a stored event are two steps of a case that harmed no one: the article is such
 * a case or some report of the event is, neither the article nor any report of the event counts dead or
 * wounded, and their days are more than a day apart.
 */
export function caseStepsApart(
  article: { nonViolentCase?: boolean; harm?: string | null },
  event: { nonViolentCases?: number; harms?: readonly string[] },
  gap: number | null,
): boolean {
  if (article.nonViolentCase !== true && (event.nonViolentCases ?? 0) === 0) return false;
  if ((article.harm ?? null) !== null || (event.harms ?? []).length > 0) return false;
  return gap !== null && gap > SAME_STEP_DAYS;
}
