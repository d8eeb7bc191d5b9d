/**
 * Who tells each figure of a toll the reports give side by side. On a disaster's first day each
 * report often carries one body's count ("Iraq's health ministry said 318 people had been killed";
 * "The Iranian Red Crescent Society said 341"; "360 ... according to OCHA"), and none of them shows a
 * dispute of its own, so no report keeps claims (enrich/casualty-claims.ts) and the event's
 * discrepancy listed bare figures: "318 vs 341 vs 360". An analyst needs who said what. Here each
 * figure takes the speaker of the sentence its reports state it in, read as claims are read
 * (speakerIn), where two figures or more of the discrepancy have a named teller. A count revised
 * report after report is left as it is: one count that rose is no dispute between tellers.
 */
import type { Article, Discrepancy, DiscrepancyVariant } from '../model/types.js';
import { speakerIn, type ClaimContext } from '../enrich/casualty-claims.js';
import { DATELINE } from './lead-dateline.js';
import { figurePattern } from './reported-at.js';

/** Words of the toll's kind, so that "318" of a sentence about the dead is the one read, not a count of houses. */
const KIND_WORDS = {
  killed: /\b(?:kill|killed|killing|dead|died|deaths?|fatalit(?:y|ies)|lives|bodies|toll)\b/i,
  injured: /\b(?:injur(?:ed|ies|y|ing)|wounded|wounds|hurt)\b/i,
} as const;

/** A sentence that says who tells it: without such a verb, the clause after a last comma is no teller. */
const ATTRIBUTED = /\b(?:said|says|say|told|according\s+to|reported|reports|announced|stated|confirmed|put\s+the\s+toll)\b/i;

type Kind = keyof typeof KIND_WORDS;

/** The teller of a figure in one report: the speaker of its first sentence that gives the figure of that kind, or null. */
export function tellerOfFigure(a: Pick<Article, 'body' | 'sentences' | 'people' | 'entities' | 'timexes'>, kind: Kind, value: string): string | null {
  const pattern = figurePattern(value);
  const context: ClaimContext = { body: a.body, sentences: a.sentences, people: a.people, entities: a.entities, timexes: a.timexes, eventDay: null, elsewhere: [] };
  for (const s of a.sentences) {
    const whole = a.body.slice(s.start, s.end);
    // "TEHRAN — The Iranian Red Crescent Society said": the dateline is no part of who speaks.
    const cut = DATELINE.exec(whole)?.[0].length ?? 0;
    const text = whole.slice(cut);
    if (!pattern.test(text) || !KIND_WORDS[kind].test(text) || !ATTRIBUTED.test(text)) continue;
    const by = speakerIn(text, s.start + cut, context);
    if (by) return by;
  }
  return null;
}

/**
 * The toll discrepancies with who tells each figure, where the figures stand side by side (not
 * `revised`), no variant has tellers yet (claimed-tolls.ts, running-toll.ts gave them) and at least
 * two figures have one. Others are returned as they were.
 */
export function withTollTellers(tolls: readonly Discrepancy[], articles: readonly Article[]): Discrepancy[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  return tolls.map((d) => {
    if ((d.about !== 'killed' && d.about !== 'injured') || d.revised || d.variants.some((v) => v.claimedBy?.length)) return d;
    const kind: Kind = d.about;
    const tellers = d.variants.map((v) => {
      const found = v.sources.map((id) => byId.get(id)).flatMap((a) => (a ? [tellerOfFigure(a, kind, v.value)] : [])).filter((by): by is string => by !== null);
      return [...new Set(found)];
    });
    if (tellers.filter((t) => t.length > 0).length < 2) return d;
    const variants: DiscrepancyVariant[] = d.variants.map((v, i) => (tellers[i]!.length ? { ...v, claimedBy: tellers[i]! } : v));
    return { ...d, variants };
  });
}
