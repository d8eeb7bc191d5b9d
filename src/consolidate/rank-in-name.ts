/**
 * A rank or title the tagger kept inside a person's name ("Commodore Jane Ash", "Corporal Ed Pike",
 * "Lt Paul Moss", "Chief Ann Lee"): it is the person's role, not part of the name. An analyst saw
 * "Commodore ... Sinha" listed as a name, and the same officer written without the rank by another
 * outlet was then a second person.
 */

/**
 * Ranks and titles written before a name, abbreviated (with or without the full stop) or in full, and
 * the words that make one rank of two ("Staff Sgt.", "Lt. Col.", "Deputy Chief", "Rear Admiral").
 * Not "Dr", "Mr" and the like: a form of address, which the name may keep and which is no role.
 */
const RANK =
  /^(?:(?:Staff|Master|First|Police|Deputy|Assistant|Rear|Vice|Lt\.?|Lieut\.?|Lieutenant|Det\.?|Detective|Special|Senior|Chief|Sgt\.?)\s+)?(?:Lt|Lieut|Sgt|Capt|Cpl|Col|Gen|Maj|Adm|Cmdr|Cdr|Cmdre|Det|Ofc|Insp|Supt|Pvt|Spc|Rev|Sen|Rep|Gov)\.?(?=\s)|^(?:(?:Staff|Master|First|Police|Deputy|Assistant|Rear|Vice|Lt\.?|Lieutenant|Det\.?|Detective|Special|Senior)\s+)?(?:Lieutenant|Sergeant|Captain|Corporal|Colonel|General|Major|Admiral|Commodore|Commander|Detective|Officer|Trooper|Deputy|Chief|Sheriff|Inspector|Superintendent|Constable|Private|Agent|Reverend|Judge|Senator|Representative|Governor|Mayor)(?=\s)/;

/**
 * The rank and the name without it, when the name opens with a rank and a name follows in capitals
 * ("Commodore Jane Ash": rank "Commodore", name "Jane Ash"); null for a name with none.
 */
export function splitRank(name: string): { rank: string; name: string } | null {
  const m = RANK.exec(name);
  if (!m) return null;
  const rest = name.slice(m[0].length).trim();
  if (!/^\p{Lu}/u.test(rest)) return null;
  return { rank: m[0], name: rest };
}
