/**
 * Murder or homicide named as a kind of crime, not as a death: "a street crew tied to crimes
 * ranging from extortion to murder and arson", "violence such as murder, carjacking and assault",
 * "a plan to curb homicides and robberies", "a murder conspiracy".
 * An indictment's or a program's words; read as one death told without a number, they gave a death to
 * stories of a shooting no one died in (a gang's attack on a family of four, all of whom lived).
 */

/** The crimes a list names after "crimes including" / "violence, such as" / "ranging from", to the clause's end. */
const CRIMES_LISTED = /\b(?:crimes?|violence|offen[cs]es|activities|acts)\b,?\s+(?:[\w-]+\s+){0,3}?(?:including|such\s+as|ranging\s+from|like)\s+[^.;!?\n]*/gi;
/** Murder beside another kind of crime: "murder, robbery", "beatings or murder", "homicide and other violent crime". */
const CRIME_PAIR = /\b(?:murders?|homicides?)\s*(?:,|\band\b|\bor\b)\s*(?:other\s+)?(?:violent\s+)?(?:robber(?:y|ies)|assaults?|narcotics|drugs?|rapes?|kidnappings?|carjackings?|burglar(?:y|ies)|crimes?|extortion)\b|\b(?:robber(?:y|ies)|assaults?|beatings?|rapes?|kidnappings?|extortion)\s*(?:,|\band\b|\bor\b)\s*(?:attempted\s+)?murder\b/gi;
/** A plan or a policy against murder, not a death: "murder conspiracy", "a murder-for-hire plot", "to reduce homicides". */
const CRIME_PLAN = /\bmurder[- ](?:for[- ]hire[- ])?(?:conspiracy|plot)\b|\bconspiracy\s+to\s+(?:commit\s+)?murder\b|\bmass[- ]murder\s+plot\b|\b(?:reduc|prevent|curb|combat|fight)\w*\s+(?:the\s+)?(?:number\s+of\s+)?(?:homicides?|murders?)\b/gi;

/**
 * Murder as a suspect's past: "a probation warrant for murder out of
 * Nevada", "on parole for murder", "served 20 years for murder", "a prior murder conviction". Another
 * case's, not a death in the story told (a man who wounded his own foot while firing at a truck).
 */
const PAST_MURDER = /\b(?:parole|probation)\s+(?:violation\s+)?(?:warrant\s+)?for\s+(?:(?:a|an)\s+)?(?:(?:first|second|third)[- ]degree\s+)?murder\b|\bserved\s+(?:\w+\s+){1,3}for\s+(?:(?:a|an)\s+)?murder\b|\b(?:prior|previous|earlier)\s+(?:\w+\s+)?murder\s+(?:conviction|charge|case)s?\b/gi;

/** Charges or a case that the pair names: "face murder, kidnapping charges", "a homicide and robbery investigation" tell a death. */
const CHARGES_AFTER = /^[^.;!?\n]{0,40}?\b(?:charges?|counts?|investigations?|case|cases)\b/i;

/** The text with murder named as a kind of crime blanked (offsets kept). */
export function withoutCrimeTalk(text: string): string {
  const blank = (m: string): string => ' '.repeat(m.length);
  return text
    .replace(CRIMES_LISTED, blank)
    .replace(CRIME_PAIR, (m: string, at: number) => (CHARGES_AFTER.test(text.slice(at + m.length, at + m.length + 60)) ? m : blank(m)))
    .replace(CRIME_PLAN, blank)
    .replace(PAST_MURDER, blank);
}
