/**
 * A report whose lead sets its act at a border ("troops exchanged fire along the disputed border", "a
 * patrol came under fire near the frontier with Ecuador") and whose officials then speak in their
 * country's capital ("told reporters in Lima"): the capital is where the telling was, hundreds of
 * kilometres from the scene, and with no other town named it was taken for the scene. A national
 * capital only: a town where officials speak to reporters is mostly the scene itself (GVA's "told
 * reporters in <town>"), and a capital seldom lies on the border its army's clashes are fought on.
 */

/** How much of the text opens the report. */
const LEAD_CHARS = 500;

/**
 * The act set at a border: a place word ("along", "near", "across") before a border of up to three
 * words ("the disputed border", "the Cambodian border", "the frontier with Ecuador"), or a border
 * place or clash ("a border post", "a border skirmish").
 */
const AT_BORDER = /\b(?:along|on|at|near|across|over|by)\s+(?:the\s+|a\s+|its\s+)?(?:[\p{L}-]+\s+){0,3}?(?:border|frontier|boundary|line\s+of\s+control|demilitari[sz]ed\s+zone)\b|\bborder\s+(?:post|outpost|area|region|village|clash(?:es)?|skirmish(?:es)?|firefight|fighting|shelling)\b/iu;

/** Whether the lead of `body` sets its act at a border. */
export function incidentAtBorder(body: string): boolean {
  return AT_BORDER.test(body.slice(0, LEAD_CHARS));
}
