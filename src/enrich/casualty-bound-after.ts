/**
 * A count given as a lower bound after its figure: "six or more others were hurt", "a dozen or so people
 * were wounded", "20-plus people were shot", "10+ injured". The figure is the count, as "at least six"
 * is (casualty-count.ts reads a bound before the figure); the words after it had parted the figure from its
 * people and verb, so that nothing was read. They are blanked (offsets kept).
 */

const FIGURE = String.raw`(?:\d{1,4}|a\s+dozen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred)`;
// Only before a word (people, or the verb): "three or more times" is kept by the count's own guards.
const BOUND_AFTER = new RegExp(String.raw`(\b${FIGURE})(\s+or\s+(?:more|so)\b|-plus\b|\+)(?=\s+[A-Za-z])`, 'gi');

/** The text with "or more", "or so", "-plus" and "+" after a figure blanked. */
export function withoutBoundAfter(text: string): string {
  return text.replace(BOUND_AFTER, (_m: string, figure: string, bound: string) => figure + ' '.repeat(bound.length));
}
