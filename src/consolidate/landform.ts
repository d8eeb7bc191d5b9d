/**
 * A river, lake, sea or mountain range the tagger read as a body ("the Syr Darya basin", "the Narva
 * River", "Lake Inari"): a place, never an organisation of the event. Told by its geographic noun,
 * in the name or right after it; a name with a body's word in it stays a body ("Mekong River
 * Commission", "Lake Chad Basin Commission").
 */

/** Geographic nouns that end such a name or follow it: "Danube River", "the Syr Darya basin". */
const LANDFORM_NOUN = String.raw`rivers?|lakes?|seas?|oceans?|basins?|valleys?|deltas?|gulf|bay|straits?|canal|mountains|mountain range|range|peaks?|glaciers?|plateau|desert|peninsula|estuary|lagoon|reservoir|creek|falls`;
const NOUN_LAST = new RegExp(String.raw`\s(?:${LANDFORM_NOUN})$`, 'i');
/** The words that open such a name: "Lake Inari", "Mount Elbrus", "Gulf of Bothnia", "Sea of Azov". */
const NOUN_FIRST = /^(?:Lake|Mount|Mt\.?|Gulf of|Sea of|Bay of|Strait of|River)\s/;
/** "Darya" and "Daryo" are "river" in Persian and Uzbek names: the Amu Darya, the Syr Darya. */
const RIVER_IN_NAME = /\s(?:Darya|Daryo)$/;
/** What follows the name: its noun in lower case or in capitals left out of the tagged name. */
const NOUN_AFTER = new RegExp(String.raw`^\s+(?:${LANDFORM_NOUN})\b`, 'i');
/** A body's words: a name holding one is an organisation whatever geography it names. */
const BODY_WORD = /\b(?:Commission|Authority|Council|Company|Corporation|Corp|Agency|Bank|Fund|Organi[sz]ation|Institute|Board|Ministry|Department|Association|Club|Committee|Initiative|Programme|Program|Project|Partnership|Alliance|Conservancy|District|Trust|Foundation|Society|Union|Group|Forum|Secretariat|Centre|Center|University|College|School|Hospital|Police|Resort|Hotel|Airlines?|Railways?|Energy|Power|Water Works)\b/i;

/** Whether the name (`text`, written at [start, end) of `body`) is a river, lake, sea or range rather than a body. */
export function isLandform(text: string, body: string, end: number): boolean {
  if (BODY_WORD.test(text)) return false;
  if (NOUN_LAST.test(text) || NOUN_FIRST.test(text) || RIVER_IN_NAME.test(text)) return true;
  return NOUN_AFTER.test(body.slice(end, end + 24));
}
