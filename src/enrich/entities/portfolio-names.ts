/**
 * Capitalised words of a title that name no body. An official's portfolio is written in capitals
 * ("Director General for Arctic Fisheries Affairs", "Special Representative for Cyber Policy"),
 * and the tagger read "Fisheries Affairs" as a body, which an event then listed as an organisation. A portfolio after a title and "for" is part of the person's role (people.ts reads it
 * there), not a body.
 */
import type { Entity } from '../../model/types.js';

/**
 * What a portfolio's name ends with: "... Affairs", and the remits of an under secretary's or a
 * commissioner's office ("Under Secretary for Trade and Regional Development", "Commissioner
 * for Trade", "Assistant Secretary for Cyberspace and Digital Policy").
 */
const PORTFOLIO_END =
  /(?:^|\s)(?:Affairs|Policy|Issues|Relations|Cooperation|Intelligence|Security|Terrorism|Counterterrorism|Enforcement|Trade|Development|Health|Defen[cs]e|Justice|Education|Energy|Environment|Finance|Industry|Labou?r|Transport(?:ation)?|Agriculture|Nonproliferation|Proliferation|Arms Control|Human Rights|Democracy|Migration|Immigration|Innovation|Technology|Economy|Sanctions)$/;
/** Words of a body, which make the name a body's even after a title ("Secretary for the Department of Veterans Affairs"). */
const BODY_WORD = /\b(?:Ministry|Department|Office|Bureau|Agency|Committee|Council|Commission|Institute|Center|Centre|Administration|Service|Board|Division|Directorate)\b/;
/** A title and "for", then the capitalised words before the portfolio's own. */
const TITLE_FOR = /\b(?:[Dd]irector(?:[- ][Gg]eneral)?|[Rr]epresentative|[Mm]inister|[Ss]ecretary|[Aa]mbassador|[Ee]nvoy|[Cc]ommissioner|[Cc]oordinator|[Aa]dvis[eo]r|[Cc]ounsel+or|[Ss]pokes(?:man|woman|person)|[Hh]ead|[Cc]hief|[Dd]eputy|[Oo]fficer|[Dd]elegate|[Gg]eneral|[Cc]zar)\s+for\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,3}$/u;

/**
 * A whole title and its portfolio, right before a person's name ("Deputy National Security Adviser for
 * International Economics Daleep Singh"): the tagger read it as a body, which the event listed.
 */
const TITLE_AND_PORTFOLIO = /^(?:\p{Lu}[\p{L}-]*\s+){0,4}(?:Advis[eo]r|Secretary|Minister|Director|Commissioner|Coordinator|Representative|Envoy|Ambassador|Counsel|Czar)\s+(?:for|of)\s+(?:the\s+)?\p{Lu}/u;

/** The entities without portfolios (the "North" the tagger leaves of "North Korean" goes in compass-of-demonym.ts). */
export function withoutPortfolios(body: string, entities: readonly Entity[]): Entity[] {
  return entities.filter((e) => {
    if (e.type !== 'organization' || BODY_WORD.test(e.text)) return true;
    if (PORTFOLIO_END.test(e.text) && TITLE_FOR.test(body.slice(Math.max(0, e.start - 80), e.start))) return false;
    // Or anywhere, where the portfolio ends as one does ("High Representative for Foreign Affairs and Security Policy").
    if (!TITLE_AND_PORTFOLIO.test(e.text)) return true;
    return !(/\sfor\s/.test(e.text) && PORTFOLIO_END.test(e.text)) && !entities.some((p) => p.type === 'person' && /^\s+$/.test(body.slice(e.end, p.start)) && p.start > e.end);
  });
}
