/**
 * A day named relative to the report's own ("today", "yesterday", "tomorrow", "tonight", "this
 * morning", "last night", "in the past 24 hours"). In one report it is read against the report's date; in a summary drawn from
 * reports of several days it points to no day the reader can tell ("Markets reopen today" from a report
 * of the 27th, beside one of the 6th).
 */
const RELATIVE_DAY = /\b(?:today(?!['’]s\s+(?:show|programme|program)|\s+(?:show|programme|program)\b)|tonight|yesterday|tomorrow|this\s+(?:morning|afternoon|evening)|last\s+night|(?:in|over)\s+the\s+(?:past|last)\s+(?:24|twenty-four|48|forty-eight)\s+hours)\b/i;

export function saysRelativeDay(text: string): boolean {
  // "The Today programme", a broadcast's name, is no day (review68).
  return RELATIVE_DAY.test(text.replace(/\bToday\s+(?:show|programme|program)\b/g, ''));
}
