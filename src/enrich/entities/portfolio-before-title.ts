/**
 * "EU Energy Commissioner Marta Lind": the tagger read "EU Energy" as a body, which the event then
 * listed beside the EU (review ux73a fault 7). A bloc's or a body's acronym and a portfolio's word,
 * right before a title and a person's name, are the title's: people.ts gives the role "Energy
 * Commissioner" of the EU; the two words are no organisation.
 */
import type { Entity } from '../../model/types.js';

const PORTFOLIO = String.raw`(?:Energy|Transport|Trade|Health|Defen[cs]e|Justice|Home\s+Affairs|Foreign\s+Affairs|Economic\s+Affairs|Climate|Environment|Economy|Finance|Agriculture|Competition|Digital|Enlargement|Migration|Budget|Employment|Education|Industry|Interior|Fisheries|Research|Innovation|Cohesion|Equality|Neighbourhood|Neighborhood|Internal\s+Market|Crisis\s+Management)`;
/** An acronym, then the portfolio: "EU Energy", "UN Climate". */
const ACRONYM_PORTFOLIO = new RegExp(String.raw`^\p{Lu}{2,5}\s+${PORTFOLIO}$`, 'u');
const TITLE_AFTER = /^\s+(?:Commissioner|Minister|Secretary|Envoy|Chief|Director|Coordinator|Spokes(?:man|woman|person))\s+$/;

/** The entities without such a pair before a title and a name. */
export function withoutPortfoliosBeforeTitles(body: string, entities: readonly Entity[]): Entity[] {
  return entities.filter((e) => {
    if (e.type !== 'organization' || !ACRONYM_PORTFOLIO.test(e.text)) return true;
    const person = entities.find((p) => p.type === 'person' && p.start > e.end && p.start - e.end < 30);
    return !(person && TITLE_AFTER.test(body.slice(e.end, person.start)));
  });
}
