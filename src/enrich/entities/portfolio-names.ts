/**
 * Capitalised words of a title that are no names. An official's portfolio is written in capitals
 * ("Director General for North Korean Nuclear Affairs", "Special Representative for Cyber Policy"),
 * and the tagger read "Nuclear Affairs" as a body and the "North" of "North Korean" as a place, which
 * an event then listed as an organisation of North Korea. A portfolio after a title and "for" is part
 * of the person's role (people.ts reads it there), and a compass word that opens a people's adjective
 * ("North Korean", "South African") is no place of its own.
 */
import type { Entity } from '../../model/types.js';
import { countryOfDemonym } from '../gazetteer/places.js';

/** What a portfolio's name ends with. */
const PORTFOLIO_END = /\s(?:Affairs|Policy|Issues|Relations|Cooperation)$/;
/** Words of a body, which make the name a body's even after a title ("Secretary for the Department of Veterans Affairs"). */
const BODY_WORD = /\b(?:Ministry|Department|Office|Bureau|Agency|Committee|Council|Commission|Institute|Center|Centre|Council|Administration|Service|Board|Division|Directorate)\b/;
/** A title and "for", then the capitalised words before the portfolio's own. */
const TITLE_FOR = /\b(?:[Dd]irector(?:[- ][Gg]eneral)?|[Rr]epresentative|[Mm]inister|[Ss]ecretary|[Aa]mbassador|[Ee]nvoy|[Cc]ommissioner|[Cc]oordinator|[Aa]dvis[eo]r|[Cc]ounsel+or|[Ss]pokes(?:man|woman|person)|[Hh]ead|[Cc]hief|[Dd]eputy|[Oo]fficer|[Dd]elegate)\s+for\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,3}$/u;
const COMPASS = /^(?:North|South|East|West)$/;

export function withoutPortfolios(body: string, entities: readonly Entity[]): Entity[] {
  return entities.filter((e) => {
    if (e.type === 'organization' && PORTFOLIO_END.test(e.text) && !BODY_WORD.test(e.text) && TITLE_FOR.test(body.slice(Math.max(0, e.start - 80), e.start))) return false;
    if (e.type === 'location' && COMPASS.test(e.text)) {
      const next = /^\s(\p{Lu}\p{Ll}+)/u.exec(body.slice(e.end, e.end + 20));
      if (next && countryOfDemonym(`${e.text} ${next[1]}`)) return false;
    }
    return true;
  });
}
