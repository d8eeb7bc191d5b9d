/**
 * A killer who tried to take their own life and lived: "killed her husband and son, then tried to kill
 * herself", "Man kills wife, toddler, then attempts suicide", "shot his father before turning the
 * rifle on himself; he survived". GVA counts everyone hurt, the shooter too, so the shooter is one
 * wounded. Only an attempt told after a harm done to another ("then", "before", "after"), so that a
 * person's past ("had attempted suicide in 2010") or a lone self-inflicted wound (read elsewhere as one
 * hurt) is no such reading; not where the text goes on to tell the shooter's death.
 */

/** An attempt on one's own life told after a harm to another: "then tried to kill herself", "before attempting suicide". */
const ATTEMPT_AFTER = /\b(?:and\s+)?(?:then|before|after)\s+(?:(?:tried|trying|tries|attempted|attempting|attempts)\s+to\s+(?:kill|shoot)\s+(?:him|her)self|(?:attempted|attempting|attempts|tried|trying)\s+(?:to\s+commit\s+)?suicide|(?:turning|turned|turns)\s+(?:the|his|her)\s+(?:gun|weapon|rifle|shotgun|handgun|pistol)\s+on\s+(?:him|her)self\b[^.!?\n]{0,80}?\b(?:survived|critical|serious|stable|hospitali[sz]ed|expected\s+to\s+(?:survive|live|recover)))\b/i;
/** The shooter's death told as well: "and later died", "she died", "killed himself", "murder-suicide". */
const SHOOTER_DIED = /\b(?:(?:he|she|the\s+(?:shooter|gunman|suspect|woman|man|father|mother|husband|wife))\s+(?:later\s+)?died|(?:killed|kills|killing)\s+(?:him|her)self|murder[- ]suicide|took\s+(?:his|her)\s+own\s+life|(?:was|were)\s+found\s+dead)\b/i;

/** Whether the text tells of a shooter who harmed another and then tried, and failed, to kill themself. */
export function ownAttemptSurvived(text: string): boolean {
  return ATTEMPT_AFTER.test(text) && !SHOOTER_DIED.test(text);
}
