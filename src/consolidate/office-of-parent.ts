/**
 * "The US Treasury's Office of Foreign Assets Control", "the Justice Department's Bureau of Prisons": an
 * office named with its parent body in the possessive. The office's name is what follows ("Office of
 * Foreign Assets Control", as other reports and an analyst's `entity` filter write it); the parent is
 * a body of its own. Only an office's kind followed by "of" or "for": "McDonald's Corporation" and
 * "St. Jude's Children's Research Hospital" are one name each.
 */
const OFFICE = /^(\p{Lu}.*?)['’]s\s+((?:Office|Department|Bureau|Ministry|Division|Directorate|Agency|Council|Committee|Commission|Unit|Centre|Center|Institute|Board|Service)\s+(?:of|for)\s+(?:the\s+)?\p{Lu}.*)$/u;

/**
 * A possessor that is a post or a people, not a body: "the Governor's Office of Emergency Services",
 * "California Governor's Office ...", "the People's Committee of Hanoi", "Children's Bureau of ...".
 * Those are one official name each; split, they made "Governor" and "People" bodies of the event.
 */
const NO_BODY_LAST = /(?:^|\s)(?:Governor|Mayor|Sheriff|President|General|Minister|Secretary|Chancellor|Premier|Commissioner|Director|Chief|Speaker|Senator|Attorney|Auditor|Comptroller|Controller|Treasurer|Coroner|Prosecutor|Clerk|Assessor|Marshal|Inspector|Superintendent|Executive|King|Queen|Prince|People|Children|Women|Men|Veterans|Workers|Citizens|Farmers|Students|Teachers|Nurses|Seniors|Youth)$/u;

/**
 * The office and its parent, or null when the name is one body's. A parent of one word must be one the
 * caller knows as a body (`isBody`: the text tags it as an organisation elsewhere), as "Treasury" in
 * "Treasury's Office of ..." is; a parent of more words ("US Treasury", "Justice Department") is taken.
 */
export function officeOfParent(name: string, isBody: (parent: string) => boolean = () => false): { parent: string; office: string } | null {
  const m = OFFICE.exec(name);
  if (!m) return null;
  const parent = m[1]!;
  if (NO_BODY_LAST.test(parent)) return null;
  if (!/\s/.test(parent) && !isBody(parent)) return null;
  return { parent, office: m[2]! };
}
