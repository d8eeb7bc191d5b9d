/**
 * A place named in a plan or an intent, not where anything happened: "the company would look for ore
 * in Bolivia and Peru", "plans to open a plant in Vietnam". A page that names no scene of its own (a
 * markets page, a firm's statement) was placed in such a country by its mention after "in", far from
 * anywhere the story is; with the plan's places set aside it keeps the place its text gives, or none.
 * Only a modal or a verb of intent a few words before the place, in the same clause, counts: "will be
 * tried" or "would later die" name no place of a plan unless "in" follows within those words.
 */
const PLAN_BEFORE = /\b(?:would|will|shall|plans?\s+to|planned\s+to|planning\s+to|intends?\s+to|intended\s+to|aims?\s+to|hopes?\s+to|seeks?\s+to|wants?\s+to|is\s+to|are\s+to|expects?\s+to)\s+(?:(?!(?:and|but|or|after|before|when|while|because|since)\b)[\p{L}'’-]+\s+){1,5}?(?:in|into|to|from|at)\s+(?:the\s+)?$/iu;

/** Whether the mention starting at `start` is a place of a plan or an intent in its clause. */
export function namedInPlan(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 80), start);
  // Within the clause: from the last stop, semicolon, colon or dash before the place.
  const clause = before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf('; '), before.lastIndexOf(': '), before.lastIndexOf(' - '), before.lastIndexOf('\n')) + 1);
  return PLAN_BEFORE.test(clause);
}
