/**
 * A parliament's debate or vote happens where the parliament sits: "The House of Commons on Thursday
 * backed a ban ...", "The bill passed its second reading in the Bundestag". Such a report often names
 * no town but those of the stories the debate cited ("this month's attacks on hospitals in Gloucester")
 * or a member's seat ("Gloucester MP Alex Pryor"), and was placed there (review ux74a fault 6). Only a
 * lead whose first sentence tells the parliament's own act ("The Bundestag on Friday voted", "passed
 * its second reading in the House of Commons"), with no town named before it there, and only where no
 * dateline places the story: "Storm Dennis passed over south Wales ... Ministers will face questions
 * in the House of Commons" stays in Wales, and "Texas lawmakers in Austin passed a bill" in Austin
 * (review76 fault 1).
 */
import type { PlaceMention } from '../model/types.js';
import { lookupPlace } from './gazetteer/places.js';

/** Parliaments news names without their country, each with its seat's town and country. */
const SEATS: readonly { name: RegExp; town: string; country: string }[] = [
  { name: /\bHouse\s+of\s+(?:Commons|Lords)\b|\bPalace\s+of\s+Westminster\b/u, town: 'London', country: 'GB' },
  { name: /\bBundestag\b/u, town: 'Berlin', country: 'DE' },
  { name: /\bAssembl[ée]e\s+[Nn]ationale\b|\bFrench\s+National\s+Assembly\b/u, town: 'Paris', country: 'FR' },
  { name: /\bSejm\b/u, town: 'Warsaw', country: 'PL' },
  { name: /\bU\.?S\.?\s+(?:Congress|Senate|House\s+of\s+Representatives)\b|\bCapitol\s+Hill\b/u, town: 'Washington, D.C.', country: 'US' },
  // A city's or a region's duma ("the Yekaterinburg City Duma", "the Sverdlovsk regional Duma") sits in its own town.
  { name: /(?<!\b(?:[Cc]ity|[Rr]egional|[Oo]blast|[Rr]egion|[Pp]rovincial|[Mm]unicipal|[Kk]rai|[Tt]erritorial)\s)\b(?:State\s+)?Duma\b/u, town: 'Moscow', country: 'RU' },
  { name: /\bKnesset\b/u, town: 'Jerusalem', country: 'IL' },
  { name: /\bRiksdag\b/u, town: 'Stockholm', country: 'SE' },
  { name: /\bStorting\b/u, town: 'Oslo', country: 'NO' },
  { name: /\bFolketing\b/u, town: 'Copenhagen', country: 'DK' },
  { name: /\bD[áa]il\b|\bOireachtas\b/u, town: 'Dublin', country: 'IE' },
  { name: /\bVerkhovna\s+Rada\b/u, town: 'Kyiv', country: 'UA' },
  { name: /\bScottish\s+Parliament\b|\bHolyrood\b/u, town: 'Edinburgh', country: 'GB' },
];

/** "House of Commons" is Canada's too: a lead that names Canada or Ottawa is not about Westminster. */
const CANADA = /\b(?:Canada|Canadian|Ottawa)\b/u;
/** "Assemblée nationale" is Quebec's too: a lead that names Quebec is not about Paris. */
const QUEBEC = /\b(?:Qu[ée]bec|Quebecers|Québécois)\b/u;

/**
 * The parliament's own act: a legislative verb right after its name ("The House of Commons on Thursday
 * backed", "the Bundestag narrowly voted"), with at most a few words between.
 */
const ACTS_AFTER = /^(?:\s+(?:on\s+\p{Lu}\p{Ll}+|late|early|last|this|\p{Ll}+ly|has|have|had|will|would|is|was|again)){0,3}\s+(?:vot(?:ed|es)|debat(?:ed|es)|passed|backed|approved|rejected|adopted|endorsed|overturned)\b/u;
/** "in the Bundestag", "through the Sejm": the parliament as the seat of an act the sentence tells. */
const IN_THE = /\b(?:in|through|by)\s+(?:the\s+)?$/u;
/** A legislative act told in a sentence beside "in the <parliament>": a reading, a vote, a debate. */
const ACT_IN_SENTENCE = /\b(?:(?:second|third|first)\s+reading|vot(?:e|ed|es|ing)|debat(?:e|ed|es|ing)|passed|backed|approved|rejected|adopted)\b/u;
/** A town the sentence names before the parliament: "Texas lawmakers in Austin", "protesters in Tbilisi". */
const TOWN_BEFORE = /\b(?:in|at|near|outside)\s+(\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?)/gu;

/** A sentence's end: a stop not after a lone capital ("U.S."), before a capital or a quote. */
const SENTENCE_END = /(?<!\b\p{Lu})(?<!\bU\.S)[.!?](?=\s+[\p{Lu}"“]|\s*$)/gu;

/** Whether `sentence` names a town before offset `at` other than `seat`. */
function townBefore(sentence: string, at: number, seat: string): boolean {
  for (const m of sentence.slice(0, at).matchAll(TOWN_BEFORE)) {
    const place = lookupPlace(m[1]!);
    if (place?.kind === 'city' && place.name !== seat) return true;
  }
  return false;
}

/**
 * The seat of the parliament a lead (`lead`, from offset `from` of the body) tells a legislative act
 * of, or null: the first sentence must tell the parliament's own act, and name no town before it.
 */
export function parliamentSeat(lead: string, from: number): PlaceMention | null {
  const ends = [...lead.matchAll(SENTENCE_END)].map((m) => m.index + 1);
  const first = lead.slice(0, ends[0] ?? lead.length);
  for (const seat of SEATS) {
    const m = seat.name.exec(first);
    if (!m) continue;
    const after = first.slice(m.index + m[0].length);
    const acts = ACTS_AFTER.test(after) || (IN_THE.test(first.slice(0, m.index)) && ACT_IN_SENTENCE.test(first));
    if (!acts) continue;
    if (seat.country === 'GB' && seat.town === 'London' && CANADA.test(lead.slice(0, ends[1] ?? lead.length))) return null;
    if (seat.country === 'FR' && QUEBEC.test(lead.slice(0, ends[1] ?? lead.length))) return null;
    const located = lookupPlace(seat.town);
    if (located?.kind !== 'city' || located.country !== seat.country) return null;
    if (townBefore(first, m.index, located.name)) return null;
    return { name: located.name, country: located.country, lat: located.lat, lon: located.lon, text: m[0], start: from + m.index };
  }
  return null;
}
