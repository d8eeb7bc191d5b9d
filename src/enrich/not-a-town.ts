/**
 * Words the tagger reads as a place that the gazetteer holds as a town, in uses where they are no
 * town: a leader's time in office ("the Lincoln administration": Lincoln, Nebraska; "the Clinton
 * presidency": Clinton, Iowa), and a road or a street ("near Interstate 805", "on 97th Avenue": Avenue,
 * Maryland). The scene is never there.
 */

/** One capitalised word only: "the Lincoln County administration building" is the county's. */
const PRESIDENCY = /^\p{Lu}[\p{L}'’-]+\s+(?:administrations?|presidency|premiership)\b(?!\s+(?:building|buildings|offices?|center|centre|complex))/u;

/** Whether the word at the offset names a leader's time in office ("Nixon" of "the Nixon administration"). */
export function namesAPresidency(body: string, offset: number): boolean {
  return PRESIDENCY.test(body.slice(offset, offset + 48));
}

/** A road named by its number ("Interstate 805", "Route 52", "Highway 1", "State Road 7"). */
const ROAD_NUMBER = /^(?:Interstate|Route|Highway|Hwy\.?|Freeway|Expressway|Turnpike|Parkway|State\s+Road|County\s+Road|Farm\s+Road)\s+\d/u;
/** A street word ("Avenue", "Street") after a number or an ordinal ("97th Avenue", "5 Street"). */
const NUMBERED_BEFORE = /\b\d+(?:st|nd|rd|th)?\s+$/;
const STREET_WORD = /^(?:Avenue|Ave\.?|Street|St\.|Road|Rd\.?|Boulevard|Blvd\.?|Lane|Drive|Place|Court|Terrace|Way)\b/u;

/** Whether the word at the offset is part of a road or a street's name, not a town. */
export function namesARoad(body: string, offset: number): boolean {
  return ROAD_NUMBER.test(body.slice(offset, offset + 24)) || (STREET_WORD.test(body.slice(offset, offset + 12)) && NUMBERED_BEFORE.test(body.slice(Math.max(0, offset - 12), offset)));
}
