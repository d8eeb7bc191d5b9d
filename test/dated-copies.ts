/**
 * Two copies of one invented wire story about an export ban, filed on a given day: the wire's own and a
 * paper's with its lead reworded. Shared by a test and the fresh process it starts, so both group the
 * very same articles.
 */
import { enrichedArticle } from './articles.js';
import { groupFacts } from '../src/consolidate/facts.js';
import { sourceGroups } from '../src/consolidate/sources.js';

export const WIRE_LEAD = 'Starting in May, Ostria will stop the export of raw bauxite, Trade Minister Lena Vogt told reporters on Thursday.';
const FIGURES = "Vogt said last year's bauxite exports had been worth $3.4 billion, mostly bought by Dutch and Greek refiners.";

/** Each fact of the two copies as the number of its sources and its text. */
export function datedCopies(publishedAt: string, paperLead: string): string[] {
  const wire = enrichedArticle(`${WIRE_LEAD}\n\n${FIGURES}`, { title: 'Ostria bars bauxite exports', outlet: 'Alpine Wire', url: 'https://alpinewire.example/bauxite', publishedAt });
  const paper = enrichedArticle(`${paperLead}\n\n${FIGURES}`, { title: 'Ostria bars bauxite exports', outlet: 'Danube Daily', url: 'https://danubedaily.example/bauxite', publishedAt });
  return groupFacts([wire, paper], sourceGroups([wire, paper])).map((f) => `${f.fact.sources.length} ${f.fact.text}`);
}
