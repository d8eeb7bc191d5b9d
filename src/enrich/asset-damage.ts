/**
 * Earlier events of energy and transport infrastructure told by their act and the asset's name, right
 * before their day: "whose anchor damaged the Orsa Link cable and the Tern pipeline on November 16",
 * "suspected of dragging its anchor across the Orsa Link power cable on November 16", "the ship that
 * severed the Vela interconnector on". The sentence around them is often another act (sanctions
 * listing the ship), whose noun had named the earlier event instead ("Sanctions in Dubai", review
 * ux73a). The asset's name starts with a capital: "damaged a car on Monday" names no such event.
 */

/** The act done to an asset: damaged, severed, cut, ruptured; an anchor dragged across or over it. */
const ACT = String.raw`(?:damag(?:ed|ing)|sever(?:ed|ing)|cut(?:ting)?|ruptur(?:ed|ing)|breach(?:ed|ing)|dragg(?:ed|ing)\s+(?:its|an?|the|their)\s+anchors?\s+(?:across|over|along|through))`;
/** What the asset is: a cable, a pipeline, a power line, an interconnector, a substation. */
const ASSET = String.raw`(?:(?:power|gas|oil|data|telecoms?|undersea|subsea|fibre|fiber|electricity)\s+)*(?:cables?|pipelines?|interconnectors?|links?|lines?|substations?)`;
/** The named asset: capitalised words, then maybe its kind; a second asset after "and" may follow. */
const NAMED = String.raw`(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}(?:\s+${ASSET})?)`;
const DAMAGE_BEFORE_DATE = new RegExp(String.raw`\b${ACT}\s+(?:the\s+)?${NAMED}(?:\s+and\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}(?:\s+${ASSET})?)?\s+(?:(?:in|off|near|under)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’-]*){0,2}\s+)?(?:on\s+)?$`, 'u');

/** "… damaged the Orsa Link cable and the Tern pipeline on " -> "Damage to Orsa Link cable"; null where no such act ends the text. */
export function describeAssetDamage(before: string): string | null {
  const m = DAMAGE_BEFORE_DATE.exec(before);
  return m ? `Damage to ${m[1]}` : null;
}
