/**
 * The firm a report's "its shares" or "shares" written alone is about: the nearest organisation named
 * at or before the sentence that can be a listed firm, one named earlier only where the sentence is
 * still about the market. A brief that opens "Ostrava Glass warns on
 * sales, shares drop 6%" and a wire that writes "Its shares fell 5.8%" after naming the firm give the
 * same firm's move (market-moves.ts), though neither writes the firm's name beside its shares.
 */
import type { Article } from '../model/types.js';
import { NOT_A_FIRMS_SHARES } from './market-moves.js';

/**
 * Words of bodies that issue no shares, or of the outlet that reports: a ministry, a court, a press
 * agency. A bank is left in: banks are listed firms too.
 */
const NOT_A_FIRM = /\b(?:Ministry|Minister|Commission|Union|Government|Council|Agency|Organi[sz]ation|Court|Parliament|Assembly|Department|Office|Police|Army|Authority|Bureau|Service|Institute|University|Association|Federation|Committee|Fund|Programme|Program|Party|Press|News|Times|Post|Herald|Exchange|Board|Senate|Congress|Reserve|Nations)\b/;

/** An acronym ("APA", "EUR") is as often an outlet, a currency or a body as a firm: not taken. */
const ACRONYM = /^[\p{Lu}\d.&-]+$/u;

function firmLike(name: string): boolean {
  return !ACRONYM.test(name) && !NOT_A_FIRM.test(name) && /^\p{Lu}/u.test(name);
}

/**
 * Words that keep a sentence on the market, so that a firm named before it is still its subject: "Its
 * shares fell 4%". "Its shares of the vote rose 12%" after a party's name keeps nothing.
 */
const MARKET_WORD = new RegExp(String.raw`\b(?:[Ss]hares\b${NOT_A_FIRMS_SHARES}|[Ss]tocks?\b|[Tt]rading\b|[Tt]raded\b|[Cc]losed\b|[Ii]ndex\b|[Ee]xchange\b|[Ii]nvestors?\b|[Mm]arkets?\b|[Tt]icker\b)`, 'u');

/**
 * For each of the article's sentences, the firm named last in it, or else the nearest one named before
 * it where the sentence speaks of the market; null otherwise.
 */
export function sentenceCompanies(article: Pick<Article, 'body' | 'entities' | 'sentences'>): (string | null)[] {
  const firms = article.entities.filter((e) => e.type === 'organization' && firmLike(e.text)).sort((a, b) => a.start - b.start);
  return article.sentences.map((s) => {
    let found: string | null = null;
    let inSentence = false;
    for (const firm of firms) {
      if (firm.start >= s.end) break;
      found = firm.text;
      inSentence = firm.start >= s.start;
    }
    if (found === null || inSentence) return found;
    return MARKET_WORD.test(article.body.slice(s.start, s.end)) ? found : null;
  });
}
