/**
 * Common English short forms of given names ("Will" / "Bill" of William, "Bob" of Robert): one report
 * writes "Will Finn", another "William A. Finn". Only forms that most readers of English news know
 * as one name; rarer pet names ("Mo" of Maurice) are left out, as two people may well share a surname
 * and a short form that is no common nickname.
 */

/** Full given name → its common short forms (lower case). */
const SHORT_FORMS: Readonly<Record<string, readonly string[]>> = {
  william: ['will', 'bill', 'billy', 'willie', 'willy'],
  robert: ['bob', 'bobby', 'rob', 'robbie', 'bert'],
  james: ['jim', 'jimmy', 'jamie'],
  john: ['johnny', 'jack'],
  michael: ['mike', 'mikey', 'mick'],
  thomas: ['tom', 'tommy'],
  david: ['dave', 'davey'],
  daniel: ['dan', 'danny'],
  joseph: ['joe', 'joey'],
  christopher: ['chris'],
  matthew: ['matt'],
  steven: ['steve'],
  stephen: ['steve'],
  anthony: ['tony'],
  nicholas: ['nick'],
  edward: ['ed', 'eddie', 'ted'],
  richard: ['rick', 'ricky', 'rich', 'dick'],
  kenneth: ['ken', 'kenny'],
  jeffrey: ['jeff'],
  gregory: ['greg'],
  lawrence: ['larry'],
  andrew: ['andy', 'drew'],
  patrick: ['pat'],
  samuel: ['sam'],
  benjamin: ['ben'],
  alexander: ['alex'],
  timothy: ['tim'],
  peter: ['pete'],
  ronald: ['ron'],
  raymond: ['ray'],
  gerald: ['gerry', 'jerry'],
  frederick: ['fred', 'freddie'],
  donald: ['don'],
  jonathan: ['jon'],
  joshua: ['josh'],
  zachary: ['zach', 'zack'],
  charles: ['charlie', 'chuck'],
  elizabeth: ['liz', 'beth', 'betty'],
  katherine: ['kate', 'katie', 'kathy'],
  catherine: ['cathy', 'kate', 'katie'],
  kathleen: ['kathy', 'kate'],
  jennifer: ['jen', 'jenny'],
  susan: ['sue'],
  deborah: ['deb', 'debbie'],
  margaret: ['maggie', 'peggy'],
  patricia: ['pat', 'patty', 'trish'],
};

const FULL_OF = new Map<string, Set<string>>();
for (const [full, shorts] of Object.entries(SHORT_FORMS)) for (const s of shorts) FULL_OF.set(s, (FULL_OF.get(s) ?? new Set()).add(full));

/** Whether two given names (lower case) are one: the same, or a full name and one of its common short forms. */
export function sameGivenName(a: string, b: string): boolean {
  return a === b || !!FULL_OF.get(a)?.has(b) || !!FULL_OF.get(b)?.has(a);
}
