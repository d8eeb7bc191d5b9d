/**
 * "The US Treasury's Office of Foreign Assets Control", "the Justice Department's Bureau of Prisons": an
 * office named with its parent body in the possessive. The office's name is what follows ("Office of
 * Foreign Assets Control", as other reports and an analyst's `entity` filter write it); the parent is
 * a body of its own. Only an office's kind followed by "of" or "for": "McDonald's Corporation" and
 * "St. Jude's Children's Research Hospital" are one name each.
 */
const OFFICE = /^(\p{Lu}.*?)['’]s\s+((?:Office|Department|Bureau|Ministry|Division|Directorate|Agency|Council|Committee|Commission|Unit|Centre|Center|Institute|Board|Service)\s+(?:of|for)\s+(?:the\s+)?\p{Lu}.*)$/u;

export function officeOfParent(name: string): { parent: string; office: string } | null {
  const m = OFFICE.exec(name);
  return m ? { parent: m[1]!, office: m[2]! } : null;
}
