/**
 * A parliament's debate or vote happens where the parliament sits: "The House of Commons on Thursday
 * backed a ban ...", "The bill passed its second reading in the Bundestag". Such a report often names
 * no town but those of the stories the debate cited ("this month's attacks on hospitals in Gloucester")
 * or a member's seat ("Gloucester MP Alex Pryor"), and was placed there (review ux74a fault 6). Only a
 * lead that tells a legislative act, with the parliament named in its first two sentences, and only
 * where no dateline places the story.
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
  { name: /\b(?:State\s+)?Duma\b/u, town: 'Moscow', country: 'RU' },
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

/**
 * A legislative act: a vote, a debate, a bill's reading or passage. In lower case ("Bill Gates" is no
 * bill), a bill's title only where no surname follows ("the ... (Ransom Payments) Bill passed").
 */
const LEGISLATIVE = /\b(?:[Vv]ot(?:e|ed|es|ing)|[Dd]ebat(?:e|ed|es|ing)|(?:second|third|first)\s+reading|passed|(?<!-)backed|approved|rejected|adopted|bill|motion|legislation|lawmakers|legislators|MPs)\b|\bBill\b(?!\s+\p{Lu})/u;

/** A sentence's end: a stop not after a lone capital ("U.S."), before a capital or a quote. */
const SENTENCE_END = /(?<!\b\p{Lu})(?<!\bU\.S)[.!?](?=\s+[\p{Lu}"“]|\s*$)/gu;

/**
 * The seat of the parliament a lead (`lead`, from offset `from` of the body) tells a legislative act
 * of, or null: the first sentence must tell the act, and the parliament be named in the first two.
 */
export function parliamentSeat(lead: string, from: number): PlaceMention | null {
  const ends = [...lead.matchAll(SENTENCE_END)].map((m) => m.index + 1);
  const first = lead.slice(0, ends[0] ?? lead.length);
  if (!LEGISLATIVE.test(first)) return null;
  const opening = lead.slice(0, ends[1] ?? lead.length);
  for (const seat of SEATS) {
    const m = seat.name.exec(opening);
    if (!m) continue;
    if (seat.country === 'GB' && seat.town === 'London' && CANADA.test(opening)) return null;
    const located = lookupPlace(seat.town);
    if (located?.kind !== 'city' || located.country !== seat.country) return null;
    return { name: located.name, country: located.country, lat: located.lat, lon: located.lon, text: m[0], start: from + m.index };
  }
  return null;
}
