/**
 * A body whose name is also a town's ("Ascension, one of the largest health systems in the United
 * States"; "Orange, the French telecoms company"): the gazetteer found the town (a city in Bolivia) and
 * the event went there. Where an apposition right after the name says what kind of body it is, the
 * name is that body at every mention. Only towns and regions: a country set off by a comma is told
 * of ("Jordan, a close ally,"), never renamed. A name no gazetteer knows that the next sentence calls
 * back by a firm's kind is the firm too.
 */
import type { Entity } from '../../model/types.js';

const KINDS = String.raw`(?:health(?:\s+care|care)?|hospital|medical)\s+(?:system|network|provider|group|chain|operator|trust)|company|firm|corporation|bank|lender|insurer|airline|carrier|retailer|chain|manufacturer|maker|conglomerate|broadcaster|utility|charity|nonprofit|non-profit|operator|provider|network|brand|startup|start-up`;

/**
 * ", a/the/one of the (largest) (private) ... KIND(s)" ending its phrase: at most four words between,
 * and the kind last ("Ascension, a Catholic health system based in St. Louis", not "Austin, a city
 * whose network ...").
 */
const KIND_APPOSITION = new RegExp(String.raw`^,\s+(?:(?:one|some)\s+of\s+the|the|a|an)\s+(?:[\p{L}\p{N}'’-]+\s+){0,4}?(?:${KINDS})s?(?=\s*[,.;:]|\s+(?:that|which|whose|based|headquartered|in|with|said|operating|running|serving)\b)`, 'iu');

/**
 * "... at the plant in Middlesbrough, the company said": the kind with its verb straight after the
 * comma credits the sentence before to the body; the town is where it happened, not the body's name.
 * (An apposition sets itself off: "Orange, the French telecoms company, said".)
 */
const CREDIT_AFTER = new RegExp(String.raw`^,\s+the\s+(?:[\p{L}\p{N}'’-]+\s+){0,3}?(?:${KINDS})\s+(?:said|says|added|announced|confirmed|told)\b`, 'iu');

/**
 * "South Staffordshire Water said ... The company, which ...": a name no gazetteer knows, the subject
 * of a clause, that the next sentence calls back by a firm's kind is that firm.
 */
const SUBJECT_AFTER = /^\s+(?:said|says|has|had|announced|reported|confirmed|disclosed)\b/;
const KIND_NEXT = /^[^.!?]*[.!?]["”]?\s+The\s+(?:company|firm|bank|lender|insurer|utility|airline|carrier|retailer|operator|group|hospital system|health system)\b/;

/** Retypes, in place, towns and regions the text says are a body, with their other mentions. */
export function placesNamedAsBodies(body: string, entities: Entity[]): void {
  const named = new Set<string>();
  for (const e of entities) {
    if (e.type !== 'location' || e.subtype === 'country' || e.subtype === 'facility') continue;
    const after = body.slice(e.end, e.end + 120);
    if (KIND_APPOSITION.test(after) && !CREDIT_AFTER.test(after)) named.add(e.text);
    else if (!e.country && !e.subtype && SUBJECT_AFTER.test(body.slice(e.end, e.end + 16)) && KIND_NEXT.test(body.slice(e.end, e.end + 400))) named.add(e.text);
  }
  if (named.size === 0) return;
  for (const e of entities) {
    if (!named.has(e.text) || e.type === 'organization' || e.type === 'person') continue;
    e.type = 'organization';
    delete e.subtype;
    delete e.canonical;
    delete e.country;
  }
}
