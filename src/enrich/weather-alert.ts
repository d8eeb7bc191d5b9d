/**
 * A local station's page keeps the weather service's alerts beside the story: "Severe Thunderstorm Watch
 * issued June 3 at 4:10PM CDT expiring June 3 at 10:00PM CDT in effect for: Adair, Benton, Delaware",
 * "...Winter Storm Warning Remains In Effect Until 6 Am Cst Friday... Across Northern Kansas",
 * "Target Area: Cloud; Jewell; Republic". The counties an alert lists are no scene of the story (a
 * county "Lincoln" read as Lincoln, Nebraska). A paragraph holding an alert is the alert's, to its end.
 */

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?';
/** An alert's product in the service's title case and what only an alert says of it. */
const ALERT = new RegExp(`\\b(?:Watch|Warning|Advisory)\\s+(?:issued\\s+${MONTH}\\s+\\d{1,2}\\s+at\\s+\\d|[Rr]emains\\s+[Ii]n\\s+[Ee]ffect\\b)|\\bTarget Area:|\\bin effect for:`, 'g');

let last: { body: string; spans: readonly (readonly [number, number])[] } | null = null;

/** The alerts' paragraphs; read once per body (asked for every place the text names). */
function alertSpans(body: string): readonly (readonly [number, number])[] {
  if (last?.body === body) return last.spans;
  const spans: [number, number][] = [];
  for (const m of body.matchAll(ALERT)) {
    const start = body.lastIndexOf('\n', m.index) + 1;
    const next = body.indexOf('\n', m.index);
    const end = next < 0 ? body.length : next;
    if (spans.length > 0 && spans[spans.length - 1]![1] >= start) spans[spans.length - 1]![1] = Math.max(end, spans[spans.length - 1]![1]);
    else spans.push([start, end]);
  }
  last = { body, spans };
  return spans;
}

/** Whether the offset falls in a paragraph of the weather service's alerts. */
export function inWeatherAlert(body: string, offset: number): boolean {
  return alertSpans(body).some(([start, end]) => start <= offset && offset < end);
}
