/**
 * A parent told by their children's number: "Father of 6 killed on porch", "a mother of three was
 * shot and killed". The number is the children's, not a count of the dead: read as one, it had made a
 * lone death five. The number and "of" are blanked (offsets kept), so that "Father killed" is read as the
 * one death it is.
 */

const PARENT_OF = /\b((?:grand)?(?:father|mother|dad|mom|parent))([- ]of[- ](?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))\b/gi;

/** The text with each "of N" after a parent's word blanked. */
export function withoutParentOf(text: string): string {
  return text.replace(PARENT_OF, (_m: string, parent: string, of: string) => parent + ' '.repeat(of.length));
}
