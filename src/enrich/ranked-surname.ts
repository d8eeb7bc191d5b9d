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
 * ("Police Chief Orlena May", "Chief Jason “Jake” Simmons", read over GVA's pages), which a capitalised
 * word or a nickname in quotes right after it shows.
 */
export function standsAlone(body: string, end: number): boolean {
  return !/^\s+(?:["“][^"”\n]{1,20}["”]\s+)?\p{Lu}/u.test(body.slice(end, end + 40));
}

/**
 * Words that make a rank and surname an officer at work: speech ("said", "told", "according to") or
 * police and crime words near the mention. Without them the pair is more likely a character's name: a
 * reviewer saw "Detective Pikachu opened in theaters" and "Inspector Gadget returns" kept as officers.
 */
const AT_WORK_NEAR = /\b(?:said|says|say|told|tells|telling|according\s+to|stated|added|explained|confirmed|testified|asked|arrest(?:s|ed|ing)?|police|sheriff|deput(?:y|ies)|officers?|troopers?|investigat\w*|suspects?|victims?|shot|shooting|stabbed|killed|charged|crime|scene|custody|detectives?|patrol|fire|blaze|crash)\b/iu;

/** Whether the rank and surname at `start`..`end` stand in a sentence of speech or police work (see AT_WORK_NEAR). */
export function atWork(body: string, start: number, end: number): boolean {
  const around = body.slice(Math.max(0, start - 160), start);
  // The rank itself ("Detective", "Officer") is no sign of work: read only the words before it.
  const rank = RANK_BEFORE.exec(around);
  const before = rank ? around.slice(0, rank.index + rank[0].indexOf(rank[1]!)) : around;
  const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'), before.lastIndexOf('? '), before.lastIndexOf('! '));
  const after = body.slice(end, end + 160);
  const stop = /[.!?](?:\s|$)|\n/.exec(after);
  return AT_WORK_NEAR.test(before.slice(cut + 1) + ' ' + (stop ? after.slice(0, stop.index) : after));
}
