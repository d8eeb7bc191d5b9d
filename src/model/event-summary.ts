/**
 * An event as lists show it (the API's feed, search hits, an entity's events): what a card needs, and
 * counts instead of the article, fact and discrepancy lists that make a widely reported event's record
 * hundreds of kilobytes. The whole record is one request away (`GET /api/events/{id}`).
 */
import type { Casualties, EventLocation, NewsEvent } from './types.js';

export interface ParticipantBrief {
  name: string;
  role: string | null;
  organization: string | null;
  country: string | null;
}

export interface EventSummary {
  id: string;
  title: string;
  date: string | null;
  dateAnchoring: NewsEvent['dateAnchoring'];
  location: EventLocation | null;
  summary: string;
  themes: string[];
  casualties: Casualties | null;
  outlets: number;
  articleCount: number;
  factCount: number;
  discrepancyCount: number;
  /** The first participants (the event lists them most cited first). */
  participants: ParticipantBrief[];
  participantCount: number;
  /** The first bodies the event names (the best-corroborated), each with its country; absent when it names none. */
  organizations?: OrganizationBrief[];
  /** The threat actors' names, most-cited first; absent when the event lists none. */
  threatActors?: string[];
  /** The CVE ids, best-corroborated first; absent when the event names none. */
  vulnerabilities?: string[];
  /** How many indicators of compromise the event lists (the record has them); absent when none. */
  indicatorCount?: number;
  updatedAt: string;
}

export interface OrganizationBrief {
  name: string;
  country: string | null;
}

/** How many participants a summary names. */
export const SUMMARY_PARTICIPANTS = 6;
/** How many bodies a summary names: a card has room for a few, the event page lists them all. */
export const SUMMARY_ORGANIZATIONS = 3;

export function summarizeEvent(event: NewsEvent): EventSummary {
  return {
    id: event.id,
    title: event.title,
    date: event.date,
    dateAnchoring: event.dateAnchoring,
    location: event.location,
    summary: event.summary,
    themes: event.themes,
    casualties: event.casualties,
    outlets: event.outlets,
    articleCount: event.articles.length,
    factCount: event.facts.length,
    discrepancyCount: event.discrepancies.length,
    participants: event.participants.slice(0, SUMMARY_PARTICIPANTS).map(({ name, role, organization, country }) => ({ name, role, organization, country })),
    participantCount: event.participants.length,
    ...(event.organizations?.length ? { organizations: event.organizations.slice(0, SUMMARY_ORGANIZATIONS).map(({ name, country }) => ({ name, country })) } : {}),
    ...(event.threatActors?.length ? { threatActors: event.threatActors.map((t) => t.name) } : {}),
    ...(event.vulnerabilities?.length ? { vulnerabilities: event.vulnerabilities.map((v) => v.cve) } : {}),
    ...(event.indicators?.length ? { indicatorCount: event.indicators.length } : {}),
    updatedAt: event.updatedAt,
  };
}
