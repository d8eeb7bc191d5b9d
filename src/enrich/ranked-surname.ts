/**
 * A surname the article names only after a rank ("Sgt. Miller said", "Det. Ruiz told reporters"), with
 * no full name of it anywhere in the article. Such an officer was dropped as a one-word name; an analyst
 * wants the officer kept, with the rank as the role, so that the event can join the surname to the full
 * name another report gives ("Sgt. Dana Miller") or, with none, list it as written.
 */

/**
 * Ranks of a force written before a surname, a compound one whole ("Staff Sgt.", "Deputy Chief"); not the
 * ranks that are also given names ("Major"). A "Chief" that opens a name is in the name by now (chief-name.ts).
 */
const RANK_BEFORE = /(?:^|[\s("“‘])((?:(?:Staff|Master|First|Police|Deputy|Assistant|Senior|Special|Lt\.|Det\.)\s+)?(?:Sgt\.|Lt\.|Capt\.|Cpl\.|Det\.|Ofc\.|Insp\.|Supt\.|Sergeant|Lieutenant|Captain|Corporal|Detective|Officer|Trooper|Deputy|Inspector|Constable|Agent|Investigator|Patrolman|Patrolwoman)|(?:(?:Police|Fire|Deputy|Assistant)\s+)?Chief)\s+$/u;

/** The rank written right before the name at `start` ("Sgt.", "Staff Sgt.", "Police Chief"), or null. */
export function rankBefore(body: string, start: number): string | null {
  return RANK_BEFORE.exec(body.slice(Math.max(0, start - 40), start))?.[1] ?? null;
}

/**
 * Whether the word ending at `end` stands alone: not a given name whose surname the tagger left out
 * ("Police Chief Paula May", "Chief Jason “Jake” Simmons", read over GVA's pages), which a capitalised
 * word or a nickname in quotes right after it shows.
 */
export function standsAlone(body: string, end: number): boolean {
  return !/^\s+(?:["“][^"”\n]{1,20}["”]\s+)?\p{Lu}/u.test(body.slice(end, end + 40));
}
