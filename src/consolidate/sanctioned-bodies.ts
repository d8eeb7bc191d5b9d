/**
 * Bodies a sanctions act names as its targets: "OFAC also designated Pyongsong Trading Company, a front
 * company registered in Shenyang". People so named carry the `sanctioned` role (enrich/legal-role.ts);
 * a firm had no part at all, so a reader of the event could not tell the sanctioned company from the
 * Treasury that sanctioned it. The same reading of the clause is used for both, on the firm's mentions.
 */
import type { Article, OrganizationRef } from '../model/types.js';
import { legalRole } from '../enrich/legal-role.js';
import { sameBodyName } from './organizations.js';

/** What is read of an article: its text, sentences and tagged names. */
export type SanctionSource = Pick<Article, 'id' | 'body' | 'sentences' | 'entities'>;

/** A sanctions word anywhere in a report: most reports have none, and are not read further. */
const SANCTIONS_WORD = /\b(?:sanction(?:s|ed|ing)?|designat(?:ed|es|ion)|OFAC|blacklist(?:s|ed|ing)?|asset freezes?)\b/i;

/**
 * The bodies with `sanctioned` set to the reports (of those naming the body) that tell a sanctions act
 * designating it; the others as they were.
 */
export function withSanctionedBodies(organizations: readonly OrganizationRef[], articles: readonly SanctionSource[]): OrganizationRef[] {
  const telling = articles.filter((a) => SANCTIONS_WORD.test(a.body));
  if (telling.length === 0) return [...organizations];
  return organizations.map((o) => {
    const names = [o.name, ...o.aliases];
    const by = telling.filter((a) => o.sources.includes(a.id) && tellsSanctioned(a, names)).map((a) => a.id);
    return by.length > 0 ? { ...o, sanctioned: by } : o;
  });
}

/** Whether one of the article's mentions of the body is a target of a sanctions act in its clause. */
function tellsSanctioned(article: SanctionSource, names: readonly string[]): boolean {
  const mentions = article.entities.filter((e) => e.type === 'organization' && names.some((n) => sameBodyName(n, e.text)));
  return mentions.some((m) => namedAsSanctioned(article, m));
}

/**
 * Whether a sanctions act in its clause names the body at this span as its target. Such a body is of
 * the event, though the sentence also tells an earlier one ("designated Acme Trading, which received
 * part of the proceeds of the February theft": organizations.ts keeps it).
 */
export function namedAsSanctioned(article: Pick<SanctionSource, 'body' | 'sentences'>, span: { start: number; end: number }): boolean {
  return SANCTIONS_WORD.test(article.body) && legalRole(article.body, [span], article.sentences ?? []) === 'sanctioned';
}
