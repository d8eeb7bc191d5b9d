/**
 * A step still to come told in a later paragraph than a lead that tells its own act by its day: "The
 * court on Monday confirmed the result ... [later] X is due to be sworn in on November 20", "gathered on
 * Saturday to protest ... [later] would file a complaint with the court on Monday". The planned day is a
 * later step of the lead's story, not the report's event; the lead's day stands (review ux75b). A
 * preview whose lead announces the plan ("said on Monday the leaders will meet") keeps the planned day:
 * its lead looks ahead, or the plan is in the lead's own paragraph.
 */

/** Words by which a lead looks ahead: the report is a preview, and a planned day may be its event. */
const LEAD_LOOKS_AHEAD = /\b(?:will|would|shall|(?:is|are)\s+to|plans?\s+to|planning|due|expected|scheduled|slated|set\s+(?:to|for)|ahead\s+of|upcoming|next|coming)\b/i;

/**
 * Whether the lead's own day (`leadText`, the article's first sentence, dated by its own act) outweighs
 * a day still to come in a later paragraph (`between`: the text from the lead's end to the planned
 * sentence's start).
 */
export function leadBeforePlan(leadText: string, between: string): boolean {
  return between.includes('\n') && !LEAD_LOOKS_AHEAD.test(leadText);
}
