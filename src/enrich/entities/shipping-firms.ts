/**
 * Names of shipping firms read wrongly by the tagger.
 *
 * - A name ending in a word of the shipping trade ("Arcturus Bulk", "Kestner Tankers", "Tavros
 *   Maritime") is a firm, never a person: "Greek owner Arcturus Bulk" had made the owner a participant
 *   and, in STIX, an individual. No one's surname is "Tankers" or "Maritime"; "Bulk", "Marine" and
 *   "Lines" are surnames too, rare enough that a name of two words ending in them is a firm where the text calls it an
 *   owner, operator, manager, charterer or insurer, or has it operate ships.
 * - A firm's name with its home city after "of" ("Tavros Maritime of Dubai", "Kestner Tankers of
 *   Hamburg"), where the firm's words end in such a trade word or the text names the firm without the
 *   city too: the firm is the name before "of", with the city's country. The entities list had held
 *   "Tavros Maritime" and "Tavros Maritime of Dubai" as two bodies. The city is not made a place: a
 *   firm's seat is not where its event happened (a sanctions story had been placed at the seat).
 *   "Bank of England", "University of Oslo" or "Museum of London" are one word before "of" and stay.
 */
import type { Entity } from '../../model/types.js';
import { lookupCity, lookupPlace } from '../gazetteer/places.js';

/** Words that end only a firm's name: a person is not called "Tankers". */
const TRADE_END = /\s(?:Tankers|Maritime|Shipping|Shipmanagement|Ship Management|Navigation|Carriers|Logistics|Shipholding|Shipowning|Bulkers|Chartering|Seaways|Offshore)$/;
/** Words that end a firm's name as often as a surname: a firm where the text shows it is one. */
const TRADE_END_CUED = /^\p{Lu}[\p{L}-]+\s(?:Bulk|Marine|Lines)$/u;
const FIRM_CUE_BEFORE = /\b(?:owner|owners|operator|operators|manager|managers|charterer|charterers|insurer|shipowner|shipowners|firm|company|shipping group)\s+$/i;
const FIRM_CUE_AFTER = /^(?:['’]s\s+\w+|,[^.]{0,60}?\b(?:operates|owns|manages|charters)\b)/;

function isShippingFirm(body: string, e: Entity): boolean {
  if (TRADE_END.test(e.text)) return true;
  if (!TRADE_END_CUED.test(e.text)) return false;
  return FIRM_CUE_BEFORE.test(body.slice(Math.max(0, e.start - 40), e.start)) || FIRM_CUE_AFTER.test(body.slice(e.end, e.end + 80));
}

const OF_CITY = /^(.+?\s\S+)\s+of\s+(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?)$/u;

/** Changes the entities in place and returns them. */
export function shippingFirms(body: string, entities: Entity[]): Entity[] {
  const names = new Set(entities.filter((e) => e.type === 'organization').map((e) => e.text));
  // A name the text shows as a firm once is the firm at every mention ("Arcturus Bulk, controlled by ...").
  const firms = new Set(entities.filter((e) => e.type === 'person' && isShippingFirm(body, e)).map((e) => e.text));
  for (const e of entities) {
    if (e.type === 'person' && (firms.has(e.text) || names.has(e.text) && TRADE_END_CUED.test(e.text))) {
      e.type = 'organization';
      delete e.canonical;
      continue;
    }
    if (e.type !== 'organization') continue;
    const m = OF_CITY.exec(e.text);
    if (!m) continue;
    const firm = m[1]!;
    // A city that shares its country's name (Djibouti) is the city here: a firm's seat is a town.
    const city = lookupCity(m[2]!) ?? lookupPlace(m[2]!);
    if (!city || city.kind !== 'city' || !city.country || !(TRADE_END.test(firm) || names.has(firm))) continue;
    e.text = firm;
    e.end = e.start + firm.length;
    if (!e.country) e.country = city.country;
  }
  return entities;
}
