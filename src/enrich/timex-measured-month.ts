/**
 * A month named as the period a figure covers: "the figures for September", "data for August", "its
 * September sales", "their March lows", "its July peak". A figure is counted once its month is over,
 * so a month already begun this year is this year's even where the clause looks ahead ("will publish
 * the figures for September next Tuesday", said in October, had been September of next year). A month
 * still to come keeps the reading the tense gives it ("expect December sales to rise"), and so does one
 * long gone: a figure is published within a month or two of its month's end, so "January's rate
 * decision will bring a cut", said in November, looks ahead to next January, not back ten months.
 */

/** What is counted or reached in a month: sales, figures, a market's low or peak. */
const MEASURES = String.raw`(?:figures?|data|numbers|statistics|stats|sales|results|earnings|profits?|revenues?|output|production|exports|imports|inflation|unemployment|jobless(?:\s+rate)?|payrolls|deliveries|shipments|orders|readings?|lows?|highs?|peaks?|levels?|close|prices|index|trade(?:\s+(?:surplus|deficit|balance))?|surplus|deficit|growth|rate)`;

/** "figures for September", "sales in August", "the index for the month of July". */
const MEASURE_BEFORE = new RegExp(String.raw`\b${MEASURES}\s+(?:for|in|of)\s+(?:the\s+month\s+of\s+)?$`, 'i');
/** "September sales", "its July peak", "the August trade deficit" (one word may stand between). */
const MEASURE_AFTER = new RegExp(String.raw`^(?:['’]s)?\s+(?:[a-z-]+\s+)?${MEASURES}\b`, 'i');

/** Whether the month at [start, end) of the text names the period of a figure, by the words around it. */
export function monthIsMeasured(text: string, start: number, end: number): boolean {
  return MEASURE_BEFORE.test(text.slice(Math.max(0, start - 48), start)) || MEASURE_AFTER.test(text.slice(end, end + 40));
}


/** How many months back a figure's month may be and still be the one about to be published. */
const FIGURE_LAG_MONTHS = 2;

/** Whether a figure's month is this year's already begun, and recent enough to be the figure now awaited. */
export function figureMonthRecent(month: number, referenceMonth: number): boolean {
  return month <= referenceMonth && referenceMonth - month <= FIGURE_LAG_MONTHS;
}
