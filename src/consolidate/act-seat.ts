/**
 * Where a government's act takes place. A sanction, a designation or an indictment is done where the
 * acting body sits, which the dateline of its own release or of a report filed beside it gives
 * ("CANBERRA - The foreign ministry today listed ..."); the reports that name only where the targets
 * live or trade ("a broker based in Tashkent") would otherwise outvote that dateline, and the act
 * would be filed under the targets' country. So when most reports tell such an act in their first
 * sentence and a report whose place is its dateline tells it there too, only those datelined reports
 * vote on the place (build-event.ts). A shooting or a raid is not an act of this kind: its scene stays.
 */
const GOVERNMENT_ACT = /\b(?:sanction(?:s|ed|ing)?|designat(?:ed|es|ing|ion)|blacklist(?:s|ed|ing)?|indict(?:s|ed|ing|ment))\b/i;

interface Report {
  body: string;
  sentences: readonly { start: number; end: number }[];
  place: { inferred?: boolean } | null;
}

function lead(a: Report): string {
  const first = a.sentences[0];
  return first ? a.body.slice(first.start, first.end) : a.body.slice(0, 300);
}

/** The reports that vote on the event's place: the datelined ones telling a government's act, or all. */
export function reportsAtActSeat<A extends Report>(articles: readonly A[], fromDateline: (a: A) => boolean): readonly A[] {
  const placed = articles.filter((a) => a.place && !a.place.inferred);
  const telling = placed.filter((a) => GOVERNMENT_ACT.test(lead(a)));
  if (telling.length * 2 <= placed.length) return articles;
  const datelined = telling.filter(fromDateline);
  // Every placed report from the dateline already: nothing to choose between.
  if (datelined.length === 0 || datelined.length === placed.length) return articles;
  return datelined;
}
