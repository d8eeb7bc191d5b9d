/**
 * A figure as reports write it with its bound ("about 200", "more than 300", "at least six", "nearly
 * 40"), read as the range of values it allows, so that two reports' figures disagree only where no one
 * value fits both: "about 30" and "32" agree, "about 200" and "more than 300" do not. Used by the
 * across-reports case figures (case-discrepancies.ts).
 */

export interface BoundedFigure {
  value: number;
  /** Lowest and highest values the wording allows (Infinity where it gives no top). */
  low: number;
  high: number;
}

const UNITS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13,
  fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

/** A number in figures ("1,200") or in words up to ninety-nine ("thirty", "forty-two"). */
export const NUMBER = String.raw`\d{1,3}(?:,\d{3})+|\d+|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen`;
/** The bound words a figure may follow. */
export const BOUND = String.raw`(?:(?:about|around|roughly|approximately|some|an\s+estimated|nearly|almost|more\s+than|over|at\s+least|up\s+to|fewer\s+than|less\s+than|under)\s+)?`;

/** The value of a number NUMBER matched, or NaN. */
export function numberValue(raw: string): number {
  const lower = raw.toLowerCase();
  if (/^\d/.test(lower)) return Number(lower.replace(/,/g, ''));
  const [tens, unit] = lower.split('-');
  if (unit !== undefined) return (TENS[tens!] ?? NaN) + (UNITS[unit] ?? NaN);
  return UNITS[lower] ?? TENS[lower] ?? NaN;
}

/** A rough figure's slack either side: "about 200" allows 170 to 230. */
const ROUGH = 0.15;

/** The figure `raw` ("200", "forty") after the bound words `bound` ("about ", "more than ", ""). */
export function boundedFigure(bound: string, raw: string): BoundedFigure | null {
  const value = numberValue(raw);
  if (!Number.isFinite(value)) return null;
  const b = bound.trim().toLowerCase().replace(/\s+/g, ' ');
  if (b === '') return { value, low: value, high: value };
  if (b === 'more than' || b === 'over') return { value, low: value + 1, high: Infinity };
  if (b === 'at least') return { value, low: value, high: Infinity };
  if (b === 'nearly' || b === 'almost') return { value, low: Math.floor(value * (1 - ROUGH)), high: value };
  if (b === 'up to') return { value, low: 0, high: value };
  if (b === 'fewer than' || b === 'less than' || b === 'under') return { value, low: 0, high: value - 1 };
  // about, around, roughly, approximately, some, an estimated
  return { value, low: Math.floor(value * (1 - ROUGH)), high: Math.ceil(value * (1 + ROUGH)) };
}

/** Whether no one value fits both figures. */
export function figuresDisagree(a: BoundedFigure, b: BoundedFigure): boolean {
  return a.high < b.low || b.high < a.low;
}
