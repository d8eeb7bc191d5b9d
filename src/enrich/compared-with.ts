/**
 * A cue that the words after it name another incident the report sets its own beside: "Unlike the
 * ambush that killed two deputies on May 4 in Tulsa, nothing suggested the deputies were singled
 * out", "similar to the March 2 shooting on Elm Street", "compared with the Jan. 9 attack". The day
 * that follows is that other incident's, however violent the words between the cue and the day, so
 * event-date.ts and late-incident-day.ts read it as background, as they do "since the May 25 killing".
 */
export const COMPARED_WITH = String.raw`(?:unlike|similar\s+to|compared\s+(?:to|with))`;
