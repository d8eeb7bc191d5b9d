/**
 * The disaster a toll's report is about, where its lead counts the report from the disaster and the
 * report is dated by it: "Two days after the earthquake that flattened villages along the border, the
 * United Nations and the provincial authorities are giving sharply different figures for the dead"
 * (enrich/toll-days-after-disaster.ts dates it on the quake's day). Such a lead tells no disaster
 * striking, so it had no kind of incident; ingested before the quake's own reports, it joined an
 * aftershock's event four days on through the governor's name, and the quake's reports followed it
 * there (review ux75a). With the quake's kind on the quake's day it joins the quake, and an aftershock
 * of days later stays apart from it as a quake on a day of its own.
 *
 * Only where the report's day is the one counted back from the disaster: a toll report dated by a day
 * of its own would stand apart from the disaster's event, so it keeps no kind, as before.
 */
import type { Article } from '../model/types.js';
import { tollDaysAfterDisaster } from '../enrich/toll-days-after-disaster.js';
import type { DisasterKind } from './disasters.js';

/** The kind each disaster's noun reads as; cyclones, eruptions and the rest have none among the leads' kinds. */
const NOUN_KINDS: [DisasterKind, RegExp][] = [
  ['quake', /\b(?:earthquake|quake)$/i],
  ['landslide', /\b(?:landslide|mudslide)$/i],
  ['flood', /\b(?:flood|flooding)$/i],
];

/** The disaster kind of a report whose lead counts its toll from the disaster and whose day is read so, or null. */
export function tollLeadDisaster(article: Pick<Article, 'body' | 'sentences' | 'eventDate'>): DisasterKind | null {
  const first = article.sentences[0];
  if (!first || !article.eventDate) return null;
  const span = tollDaysAfterDisaster(article.body.slice(first.start, first.end));
  if (!span || article.eventDate.text !== span.text) return null;
  return NOUN_KINDS.find(([, noun]) => noun.test(span.text))?.[0] ?? null;
}
