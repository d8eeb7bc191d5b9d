/**
 * "Since" as a cue of an earlier incident cited for comparison ("the third shooting since the May 25
 * killing"), but not where it opens a clause about the subject's own incident or its first step: "has
 * remained in critical condition since he was shot Sunday, July 12", "has sat in jail since being charged
 * with murder in the June 29 shooting". There the day after it is the report's own incident's.
 */
export const BACKGROUND_SINCE = String.raw`since(?!\s+(?:being|(?:he|she|they|it)\s+(?:was|were|had\s+been))\s+(?:\w+\s+)?(?:shot|wounded|injured|stabbed|hurt|charged|arrested|jailed|booked|indicted)\b)`;
