/**
 * US states and DC by name, postal code and AP abbreviation, for telling which Springfield a text
 * means ("Springfield, Ill.", "Reading, PA", "in Missouri"). Codes are GeoNames' US admin1 codes.
 */
const STATES: readonly [name: string, code: string, ap: string][] = [
  ['Alabama', 'AL', 'Ala.'], ['Alaska', 'AK', 'Alaska'], ['Arizona', 'AZ', 'Ariz.'], ['Arkansas', 'AR', 'Ark.'],
  ['California', 'CA', 'Calif.'], ['Colorado', 'CO', 'Colo.'], ['Connecticut', 'CT', 'Conn.'], ['Delaware', 'DE', 'Del.'],
  ['District of Columbia', 'DC', 'D.C.'], ['Florida', 'FL', 'Fla.'], ['Georgia', 'GA', 'Ga.'], ['Hawaii', 'HI', 'Hawaii'],
  ['Idaho', 'ID', 'Idaho'], ['Illinois', 'IL', 'Ill.'], ['Indiana', 'IN', 'Ind.'], ['Iowa', 'IA', 'Iowa'], ['Kansas', 'KS', 'Kan.'],
  ['Kentucky', 'KY', 'Ky.'], ['Louisiana', 'LA', 'La.'], ['Maine', 'ME', 'Maine'], ['Maryland', 'MD', 'Md.'],
  ['Massachusetts', 'MA', 'Mass.'], ['Michigan', 'MI', 'Mich.'], ['Minnesota', 'MN', 'Minn.'], ['Mississippi', 'MS', 'Miss.'],
  ['Missouri', 'MO', 'Mo.'], ['Montana', 'MT', 'Mont.'], ['Nebraska', 'NE', 'Neb.'], ['Nevada', 'NV', 'Nev.'],
  ['New Hampshire', 'NH', 'N.H.'], ['New Jersey', 'NJ', 'N.J.'], ['New Mexico', 'NM', 'N.M.'], ['New York', 'NY', 'N.Y.'],
  ['North Carolina', 'NC', 'N.C.'], ['North Dakota', 'ND', 'N.D.'], ['Ohio', 'OH', 'Ohio'], ['Oklahoma', 'OK', 'Okla.'],
  ['Oregon', 'OR', 'Ore.'], ['Pennsylvania', 'PA', 'Pa.'], ['Rhode Island', 'RI', 'R.I.'], ['South Carolina', 'SC', 'S.C.'],
  ['South Dakota', 'SD', 'S.D.'], ['Tennessee', 'TN', 'Tenn.'], ['Texas', 'TX', 'Texas'], ['Utah', 'UT', 'Utah'],
  ['Vermont', 'VT', 'Vt.'], ['Virginia', 'VA', 'Va.'], ['Washington', 'WA', 'Wash.'], ['West Virginia', 'WV', 'W.Va.'],
  ['Wisconsin', 'WI', 'Wis.'], ['Wyoming', 'WY', 'Wyo.'],
];

/** Older or other abbreviations papers still write ("PARIS, Tex.", "Kans.", "Wisc."). */
const OTHER_ABBREVIATIONS: readonly [ap: string, code: string][] = [
  ['Tex.', 'TX'], ['Kans.', 'KS'], ['Ida.', 'ID'], ['Wisc.', 'WI'], ['Penn.', 'PA'], ['Oreg.', 'OR'], ['Nebr.', 'NE'],
  ['Cal.', 'CA'], ['Ut.', 'UT'], ['N.Mex.', 'NM'], ['N.Dak.', 'ND'], ['S.Dak.', 'SD'], ['W.Va', 'WV'], ['N.M', 'NM'],
];

const byName = new Map<string, string>();
const byAbbreviation = new Map<string, string>();
for (const [name, code, ap] of STATES) {
  byName.set(name.toLowerCase(), code);
  byAbbreviation.set(code.toLowerCase(), code);
  byAbbreviation.set(ap.toLowerCase(), code);
}
for (const [ap, code] of OTHER_ABBREVIATIONS) byAbbreviation.set(ap.toLowerCase(), code);

/** What follows a state's name that makes it a county's: "Indiana County", "Texas Co.". */
const COUNTY_AFTER = /^\s(?:County\b|Co\.)/;

/** Whether the text names a county after a state ("Delaware County"): no state, but a US place. */
export function namesStateCounty(text: string): boolean {
  for (const m of text.matchAll(/\b(?:New |North |South |West |Rhode )?[A-Z][a-z]+(?= (?:County\b|Co\.))/g)) if (byName.has(m[0].toLowerCase())) return true;
  return false;
}

/**
 * The state named in a text: by full name anywhere, by postal code or AP abbreviation only after a
 * comma ("Reading, Pa."), where they cannot be ordinary words ("OK", "IN", "Mass.").
 */
export function usStatesIn(text: string): Set<string> {
  const found = new Set<string>();
  for (const m of text.matchAll(/\b(?:New |North |South |West |Rhode |District of )?[A-Z][a-z]+\b/g)) {
    const code = byName.get(m[0].toLowerCase());
    // "Indiana County" (Pennsylvania), "Delaware County" (Ohio and four other states): a county named
    // after a state names no state. The match's end is tested with the literal first (cheap).
    const end = m.index + m[0].length;
    if (code && text.startsWith(' ', end) && COUNTY_AFTER.test(text.slice(end, end + 8))) continue;
    // "Washington" alone is the capital far more often than the state.
    if (code && code !== 'WA') found.add(code);
  }
  // A plain search for the literal first: most texts lack it, and the pattern is tried at every position.
  if (text.includes('Washington ') && /\bWashington (?:state|State)\b/.test(text)) found.add('WA');
  for (const m of text.matchAll(/, ((?:[A-Z]\.){2}|[A-Z]\.[A-Z][a-z]{0,3}\.?|[A-Z][a-z]{1,4}\.|[A-Z]{2})(?=[\s,;:)]|$)/g)) {
    const code = byAbbreviation.get(m[1]!.toLowerCase());
    if (code) found.add(code);
  }
  return found;
}

/** The state these words name in full ("North Carolina"), or null. */
export function usStateNamed(words: string): string | null {
  return byName.get(words.toLowerCase()) ?? null;
}

const STATE_WORDS = new Set(STATES.flatMap(([name]) => name.toLowerCase().split(' ')));

/** Whether a word is part of a state's name ("Carolina", "Jersey", "Dakota"). */
export function isStateWord(word: string): boolean {
  return STATE_WORDS.has(word.toLowerCase());
}
