/**
 * Figures that tell one event from a similar one of the same kind: a quake's magnitude, a sum stolen,
 * paid or fined. Two earthquakes off one island, two jewellery raids in Paris, two crypto thefts pinned
 * on one hacking group read alike in words, names and places, and the texts of older stories often
 * carry no date to keep them apart; their figures differ. Read from the headline and the lead only,
 * where the story's own figures are (a page's sidebar has others), and the block a crime report
 * places its scene in. Each figure is `kind:value`, the
 * value a number: a magnitude, the millions of people or records a breach reached, or a sum in millions of its currency (sums in different currencies are
 * not compared: "$2.6 million" and "2 million euros" may be one theft).
 */

const LEAD = 1200;
/**
 * "the 6400 block of South Laurel", "the 300 block of East 118th Street": the block a US crime report
 * places its scene in, as the block's number and the street's first word after its direction. Two
 * shootings a day apart in one city, told in the same words, are two where their blocks differ.
 */
const BLOCK = /\b(\d{1,5}00)\s+block\s+of\s+(?:(?:North|South|East|West|N|S|E|W)\.?\s+)?([A-Z0-9][\p{L}\p{N}'’-]*)/gu;
/**
 * A game's final score, where the words around it say it is one: "a 31-24 victory", "beat the Chiefs
 * 20-13", "Colts top Chiefs, 20-13", "lose 20-13 to". Two games between the same teams (a playoff berth
 * clinched in two seasons) read alike, and sports copy often carries no year; their scores differ. A
 * season's record ("opened 9-14", "fell to 36-3" for a boxer) and an age band ("adults 18-49") are no
 * scores: the patterns want a result noun after the score or a team named between a result verb and it.
 */
const SCORE = String.raw`(\d{1,3}) ?[-–] ?(\d{1,3})`;
/** A word in any case, as headlines write it ("Colts TOP Chiefs"), where the team names beside it keep theirs. */
const anyCase = (words: string): string => words.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);
const SCORE_THEN_RESULT = new RegExp(String.raw`\b${SCORE}(?:,? (?:overtime|OT|double-overtime|road|home))? (?:win|victory|loss|defeat|triumph|rout|upset|shutout|comeback)\b`, 'gi');
const RESULT_THEN_SCORE = new RegExp(
  String.raw`\b(?:${anyCase('beat|beats|beating|defeated|defeats|edged|edges|topped|tops|top|downed|downs|routed|routs|blanked|stunned|outlasted|(?:lost|lose|loses|fell|falls) to|(?:win|wins|won|victory) (?:over|against)')})\s+(?:the\s+)?(?:(?:[A-Z][\p{L}.'’&-]*|of|No\. ?\d+)\s+){0,3}?[A-Z][\p{L}.'’&-]*\s*,?\s*${SCORE}\b`,
  'gu',
);
const RESULT_VERB_SCORE = new RegExp(String.raw`\b(?:won|lost|win|wins|lose|loses)\s+${SCORE}\s+(?:to|over|against|at|in)\b`, 'gi');
/** "5.6-magnitude", "magnitude 5.6", "magnitude-6.1", "a magnitude of 5.9", "5.9 on the Richter scale". */
const MAGNITUDE = /\b(\d\.\d)[- ]?(?:magnitude|on\s+the\s+richter)\b|\bmagnitude(?:[- ]|\s+of\s+)(\d\.\d)\b/gi;
const CURRENCY_SIGNS: Record<string, string> = { $: 'usd', us$: 'usd', '€': 'eur', '£': 'gbp' };
const CURRENCY_WORDS: Record<string, string> = { dollar: 'usd', dollars: 'usd', usd: 'usd', euro: 'eur', euros: 'eur', eur: 'eur', pound: 'gbp', pounds: 'gbp', gbp: 'gbp' };
const SCALE: Record<string, number> = { million: 1, mn: 1, m: 1, billion: 1000, bn: 1000, b: 1000 };
/** "$2.6 million", "€80m", "US$1.5 billion", "£300,000" (a sum without a scale is taken as it is written). */
const SIGNED = /(US\$|\$|€|£)\s?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s?(million|billion|mn|bn|m|b)\b)?/gi;
/** "80 million euros", "2 mn-euro", "1.5 billion dollars". */
const WORDED = /\b(\d+(?:\.\d+)?)\s?(million|billion|mn|bn)[- ](dollars?|euros?|pounds?|usd|eur|gbp)\b/gi;

/**
 * The people or records a breach or an outage reached, in the hundreds of thousands or more: "data of
 * 1.2M subscribers exposed", "some 2.3 million subscribers", "3.4 million current and former customers".
 * Two breaches at two carriers in one week read alike; their counts differ.
 */
const REACHED = /\b(\d+(?:\.\d+)?)\s?(million|mln|mn|m|billion|bn)\s+(?:[a-z-]+\s+){0,3}?(?:subscribers|customers|users|accounts|records|patients|members|clients|account\s+holders|cardholders)\b/gi;

export function keyFigures(headline: string, body: string): string[] {
  const text = `${headline}\n${body.slice(0, LEAD)}`;
  const found = new Set<string>();
  for (const m of text.matchAll(BLOCK)) found.add(`blk:${m[1]} ${m[2]!.toLowerCase()}`);
  for (const pattern of [SCORE_THEN_RESULT, RESULT_THEN_SCORE, RESULT_VERB_SCORE]) {
    for (const m of text.matchAll(pattern)) {
      const [x, y] = [Number(m[1]), Number(m[2])];
      // The winner's figure first, whichever side an outlet writes first ("lose 13-20", "a 20-13 loss").
      if (x !== y) found.add(`score:${Math.max(x, y)}-${Math.min(x, y)}`);
    }
  }
  for (const m of text.matchAll(MAGNITUDE)) {
    const value = Number(m[1] ?? m[2]);
    if (value >= 2 && value < 10) found.add(`mag:${value}`);
  }
  for (const m of text.matchAll(SIGNED)) {
    const amount = Number(m[2]!.replace(/,/g, '')) * (m[3] ? SCALE[m[3].toLowerCase()]! : 1e-6);
    // A price or a fee ("$5", "$300") is no sum an event is told by.
    if (amount >= 0.05) found.add(`${CURRENCY_SIGNS[m[1]!.toLowerCase()]!}:${round(amount)}`);
  }
  for (const m of text.matchAll(WORDED)) found.add(`${CURRENCY_WORDS[m[3]!.toLowerCase()]!}:${round(Number(m[1]) * SCALE[m[2]!.toLowerCase()]!)}`);
  for (const m of text.matchAll(REACHED)) {
    const scale = m[2]!.toLowerCase();
    found.add(`reached:${round(Number(m[1]) * (scale === 'billion' || scale === 'bn' ? 1000 : 1))}`);
  }
  return [...found].sort();
}

/** Two significant figures: "2.6", "80", "1500". */
function round(millions: number): number {
  return Number(millions.toPrecision(2));
}

/**
 * Whether the two sides give figures of one kind and none of them agree: a magnitude within 0.2 (outlets
 * and agencies differ by that much on one quake), a sum within a tenth. Sides with no figures of a kind
 * say nothing about it.
 */
const NAMED_KINDS = ['blk:', 'score:'];

export function figuresConflict(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const kinds = new Map<string, { a: number[]; b: number[] }>();
  const add = (figure: string, side: 'a' | 'b'): void => {
    const at = figure.indexOf(':');
    const kind = figure.slice(0, at);
    const entry = kinds.get(kind) ?? { a: [], b: [] };
    entry[side].push(Number(figure.slice(at + 1)));
    kinds.set(kind, entry);
  };
  // Blocks and scores are names, not amounts: two reports agree when they share one.
  for (const kind of NAMED_KINDS) {
    const [namedA, namedB] = [a.filter((f) => f.startsWith(kind)), b.filter((f) => f.startsWith(kind))];
    if (namedA.length > 0 && namedB.length > 0 && !namedA.some((x) => namedB.includes(x))) return true;
  }
  const amount = (f: string): boolean => !NAMED_KINDS.some((kind) => f.startsWith(kind));
  for (const f of a) if (amount(f)) add(f, 'a');
  for (const f of b) if (amount(f)) add(f, 'b');
  for (const [kind, { a: xs, b: ys }] of kinds) {
    if (xs.length === 0 || ys.length === 0) continue;
    const close = (x: number, y: number): boolean => (kind === 'mag' ? Math.abs(x - y) <= 0.2 + 1e-9 : Math.abs(x - y) <= 0.1 * Math.max(x, y));
    if (!xs.some((x) => ys.some((y) => close(x, y)))) return true;
  }
  return false;
}
