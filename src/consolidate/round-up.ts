/**
 * A round-up: a report that tells a day of unrest or violence in several places at once ("protests
 * spread to three more cities", "a day of clashes across the country"), as a wire's evening story or a
 * newspaper's national page does. Such a report is placed in one town and tells another's toll beside
 * it; elsewhere-figures.ts leaves that toll out of the event, as it does on a live page (review ux69).
 * Read from the headline and the lead sentence only: a shooting's report that recalls an unrelated
 * shooting elsewhere further down is no round-up, and on GVA such a recalled incident's figures had
 * been counted by the key.
 */
import type { Article } from '../model/types.js';

/** Words that tell of several places: spread to, across the country, nationwide, in several towns, elsewhere. */
const SEVERAL_PLACES = new RegExp(
  [
    String.raw`spread(?:s|ing)?\s+(?:to|across|through|into)\b`,
    String.raw`across\s+(?:the\s+)?(?:country|nation|region|provinces|regions)\b`,
    String.raw`nationwide\b`,
    String.raw`around\s+the\s+country\b`,
    String.raw`(?:several|many|other|various|multiple|two|three|four|five|six|\d+)\s+(?:more\s+)?(?:cities|towns|provinces|regions)\b`,
    String.raw`(?:day|night|weekend)\s+of\s+(?:unrest|protests?|riots?|rioting|clashes|violence|demonstrations)\b`,
    String.raw`elsewhere\b`,
  ].map((p) => `\\b${p}`).join('|'),
  'iu',
);

/** Whether a report's headline or lead sentence tells of several places (see the top of this file). */
export function isRoundUp(report: Partial<Pick<Article, 'headline'>> & Pick<Article, 'body' | 'sentences'>): boolean {
  const first = report.sentences[0];
  const lead = first ? report.body.slice(first.start, first.end) : '';
  return SEVERAL_PLACES.test(report.headline ?? '') || SEVERAL_PLACES.test(lead);
}
