/**
 * A rank or title the tagger kept inside a person's name ("Commodore Jane Ash", "Corporal Ed Pike",
 * "Lt Paul Moss", "Chief Ann Lee"): it is the person's role, not part of the name. An analyst saw
 * "Commodore ... Sinha" listed as a name, and the same officer written without the rank by another
 * outlet was then a second person.
 */

/**
 * Ranks and titles written before a name, abbreviated (with or without the full stop) or in full, and
 * the words that make one rank of two ("Staff Sgt.", "Lt. Col.", "Deputy Chief", "Rear Admiral"). A
 * compound of more ("Maj. Gen.", "Deputy Police Chief", "Chief Justice") is read one piece at a time.
 * Not "Dr", "Mr" and the like: a form of address, which the name may keep and which is no role.
 */
const RANK =
  /^(?:(?:Staff|Master|First|Police|Deputy|Assistant|Rear|Vice|Lt\.?|Lieut\.?|Lieutenant|Det\.?|Detective|Special|Senior|Chief|Sgt\.?)\s+)?(?:Lt|Lieut|Sgt|Capt|Cpl|Col|Gen|Brig|Maj|Adm|Cmdr|Cdr|Cmdre|Det|Ofc|Insp|Supt|Pvt|Spc|Rev|Sen|Rep|Gov)\.?(?=\s)|^(?:(?:Staff|Master|First|Police|Deputy|Assistant|Rear|Vice|Lt\.?|Lieutenant|Det\.?|Detective|Special|Senior)\s+)?(?:Lieutenant|Sergeant|Captain|Corporal|Colonel|General|Major|Admiral|Commodore|Commander|Detective|Officer|Trooper|Deputy|Chief|Sheriff|Inspector|Superintendent|Constable|Private|Agent|Reverend|Judge|Senator|Representative|Governor|Mayor|Justice|Director)(?=\s)/;

/**
 * Rank words that are also given names: "Major Applewhite" and "Judge Reinhold" are more likely a first
 * name and a surname than a rank over a surname, so a lone one before a single word is left as the name.
 */
const GIVEN_NAME_RANKS: ReadonlySet<string> = new Set(['Major', 'Judge']);

/**
 * The rank and the name without it, when the name opens with a rank and a name follows in capitals
 * ("Commodore Jane Ash": rank "Commodore", name "Jane Ash"; "Maj. Gen. Ann Lee": rank "Maj. Gen.", name
 * "Ann Lee"); null for a name with none.
 */
export function splitRank(name: string): { rank: string; name: string } | null {
  const ranks: string[] = [];
  let rest = name;
  // Strip rank pieces while a capitalised name still follows, so a compound rank goes whole to the role.
  for (let m = RANK.exec(rest); m; m = RANK.exec(rest)) {
    const after = rest.slice(m[0].length).trim();
    if (!/^\p{Lu}/u.test(after)) break;
    ranks.push(m[0]);
    rest = after;
  }
  // Ranks and no name ("Maj. Gen."): the last piece is a rank too, not a surname.
  if (ranks.length === 0 || RANK.exec(`${rest} `)?.[0] === rest) return null;
  if (ranks.length === 1 && GIVEN_NAME_RANKS.has(ranks[0]!) && !/\s/.test(rest)) return null;
  return { rank: ranks.join(' '), name: rest };
}
