/**
 * An outbreak's toll told in passing by a story whose own news is another act: a minister sacked
 * "over the water supply blamed for the outbreak", border checks begun "after a cholera outbreak in
 * Beira", a vaccination campaign launched "in Beira, where an outbreak has killed more than 20 people".
 * Such a story names the illness in its lead, so it reads as an illness report, and its recalled
 * running total ("the outbreak had killed 26 people", "the latest figures show 24 deaths") became its
 * own "died": one outbreak's dead counted once for every story around it (review ux76b fault 1).
 * The story is the outbreak's own where its headline or lead tells deaths, cases or the outbreak's
 * declaration; a toll beside any other lead is background, no toll of the story.
 */

/**
 * A relative clause that recalls the outbreak: ", where an outbreak has killed more than 20", ", which
 * health officials link to a cholera outbreak that has killed 26", "an outbreak that has killed 26".
 * Only "where"/"which" after a comma and "that" after the outbreak's own noun: a bare "said that 19 people
 * had died" is the lead's own report.
 */
const RECALLING_CLAUSE = /,\s*(?:where|which)\b[^.;!?\n]*|\b(?:outbreak|epidemic|pandemic|disease)\s+(?:that|which)\b[^.;!?\n]*/gi;

/**
 * What an outbreak's own report leads with: its dead ("claims 30 lives"), its sick ("300 have fallen
 * ill"), its spread ("spreads to three more districts"), or its declaration.
 */
const OWN_NEWS = /\b(?:died|deaths?|dead|toll|tolls|killed|kills|killing|fatalities|cases|infections?|infected|patients|hospitali[sz]ed|sickened|claim(?:s|ed|ing)\s+(?:the\s+lives|(?:\S+\s+){1,3}?lives)|(?:fallen|fell|falls|falling|gone|went|become|became)\s+(?:sick|ill)|sick|spreads|has\s+spread|spread\s+to|outbreak\s+(?:is\s+|was\s+|has\s+been\s+)?(?:declared|confirmed)|(?:declares?|declared|declaring|confirms?|confirmed|confirming)\s+(?:\S+\s+){0,4}?(?:outbreak|epidemic))\b/i;

/**
 * Whether an illness report's toll is only background: neither its headline nor its lead (the body's
 * first sentence), without the clauses that recall the outbreak, tells its dead, cases or declaration.
 */
export function outbreakTollAside(headline: string, lead: string): boolean {
  const own = (text: string): boolean => OWN_NEWS.test(text.replace(RECALLING_CLAUSE, ' '));
  return !own(headline) && !own(lead);
}
