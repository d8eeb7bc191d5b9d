/**
 * A name the tagger read as a place that the sentence shows is a product or a firm: "a flaw in Quillby
 * Sync" (software has flaws, towns do not), "from the Marrow exchange" (a name before a firm's word is
 * the firm's). An earlier event's description ("Attack in ...", "Theft in ...") would otherwise name it as
 * where the act happened. A place the gazetteer knows stays one ("the Dubai exchange" is in Dubai).
 */
import type { Entity } from '../model/types.js';
import { lookupCity, lookupCountry } from './gazetteer/places.js';

/** What software has: a name right after one and "in" is the product's. */
const FLAW_IN = /\b(?:CVE-\d{4}-\d{4,}|flaws?|vulnerabilit(?:y|ies)|bugs?|weakness(?:es)?|holes?|defects?|exploits?|zero-days?|backdoors?|patch(?:es)?|updates?)\s+in\s+(?:the\s+|its\s+|their\s+)?$/i;
/** A firm's or a product's word written in lower case after its name. */
const FIRM_WORD_AFTER = /^\s+(?:exchange|platform|company|firm|bank|wallet|app|protocol|bridge|network|software|tool|server|service|marketplace|startup|lender|broker|brokerage)s?\b/;

/** Whether `place` (a location the tagger found in `body`) is here a product or a firm's name, not a place. */
export function productNotPlace(body: string, place: Entity): boolean {
  if (place.type !== 'location' || place.subtype === 'city' || place.subtype === 'country') return false;
  const before = body.slice(Math.max(0, place.start - 40), place.start);
  if (FLAW_IN.test(before)) return true;
  if (!FIRM_WORD_AFTER.test(body.slice(place.end, place.end + 20))) return false;
  return lookupCity(place.text) === null && lookupCountry(place.text) === null;
}
