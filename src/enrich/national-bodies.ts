/**
 * National bodies news names without their country: "FBI Director ...", "an official at GCHQ", "the
 * Pentagon", "Kremlin spokesman". The country is whose body it is, so a person who speaks or acts for
 * it is that country's, and so is the organisation entity. Only names that mean one body in the news
 * are in BODIES; names that several countries' bodies share (the National Police Agency of Japan,
 * South Korea and Taiwan; NCSC of the UK, the US and others) are in SHARED_BODIES and are read as a
 * country's only where the article names that country and none of the others.
 */

/** Bodies and seats of government, each of one country, as news writes them. */
const BODIES: Readonly<Record<string, readonly string[]>> = {
  US: [
    'FBI', 'Federal Bureau of Investigation', 'CIA', 'Central Intelligence Agency', 'NSA', 'National Security Agency',
    'CISA', 'Cybersecurity and Infrastructure Security Agency', 'DHS', 'Department of Homeland Security', 'Homeland Security Department',
    // "the Department of Justice" and "DOJ" are also the Philippines', Canada's, Ireland's: only the US writes "Justice Department".
    'Justice Department', 'Treasury Department', 'Department of the Treasury', 'OFAC', 'Office of Foreign Assets Control',
    'Pentagon', 'Defense Department', 'Department of Defense', 'State Department', 'White House',
    'ODNI', 'Office of the Director of National Intelligence', 'DEA', 'Drug Enforcement Administration',
  ],
  GB: [
    'GCHQ', 'Government Communications Headquarters', 'MI5', 'MI6', 'National Crime Agency', 'Home Office', 'Downing Street', 'Whitehall',
    // Britain's foreign ministry by its names since 1968; "Foreign Office" alone is shared (SHARED_BODIES).
    'Foreign, Commonwealth and Development Office', 'FCDO', 'Foreign and Commonwealth Office',
  ],
  // State media speak for their government: "KCNA said" is Pyongyang's word.
  KP: ['RGB', 'Reconnaissance General Bureau', 'KCNA', 'Korean Central News Agency', 'Rodong Sinmun'],
  RU: ['FSB', 'Federal Security Service', 'GRU', 'SVR', 'Kremlin', 'Duma', 'State Duma'],
  CN: ['MSS', 'Ministry of State Security', 'Zhongnanhai'],
  IL: ['Mossad', 'Shin Bet', 'Shabak', 'IDF', 'Israel Defense Forces', 'Knesset'],
  IR: ['IRGC', 'Islamic Revolutionary Guard Corps'],
  UA: ['SBU', 'Security Service of Ukraine'],
  DE: ['BND', 'Bundestag'],
  FR: ['DGSE', 'ANSSI', 'Elysee', 'Élysée', "Quai d'Orsay"],
  KR: ['Blue House'],
  JP: ['Kantei'],
  PH: ['Malacanang', 'Malacañang'],
  // Ireland's police is "the Garda" or "An Garda Síochána", its officers "gardaí".
  IE: ['Garda', 'Garda Síochána', 'Garda Siochana', 'An Garda Síochána', 'An Garda Siochana', 'Gardaí', 'Gardai', 'Dáil', 'Dail Eireann', 'Dáil Éireann', 'Oireachtas'],
  CA: ['RCMP', 'Royal Canadian Mounted Police'],
  ES: ['Guardia Civil'],
  IT: ['Carabinieri'],
};

/**
 * National forces whose units are named after them ("Garda National Cyber Crime Bureau", "RCMP
 * Federal Policing", "Guardia Civil Cybercrime Unit"): a name that begins with one of these is a part
 * of that force, so that country's. Only forces: "White House Correspondents' Association" begins
 * with a seat of government but is no part of it.
 */
const FORCES = ['Garda', 'Garda Síochána', 'Garda Siochana', 'An Garda Síochána', 'An Garda Siochana', 'RCMP', 'Royal Canadian Mounted Police', 'Guardia Civil', 'Carabinieri'];

/** Names several countries' bodies share, with the countries whose body each may be. */
const SHARED_BODIES: Readonly<Record<string, readonly string[]>> = {
  'National Police Agency': ['JP', 'KR', 'TW'],
  NPA: ['JP', 'KR', 'TW', 'PH'],
  NIS: ['KR', 'KE'],
  'National Intelligence Service': ['KR', 'KE', 'GR'],
  NCSC: ['GB', 'US', 'IE', 'NZ', 'NL', 'CH'],
  // "Treasury official", "Treasury Secretary": the US department, or the British, Australian or New Zealand one.
  Treasury: ['US', 'GB', 'AU', 'NZ'],
  'National Cyber Security Centre': ['GB', 'IE', 'NZ', 'NL', 'CH'],
  // Britain's foreign ministry as news calls it, or Germany's ("Federal Foreign Office").
  'Foreign Office': ['GB', 'DE'],
};

/** A name as looked up: no "the" before it, no "'s" after it, one space between words. */
function key(name: string): string {
  return name.trim().replace(/^the\s+/i, '').replace(/['’]s$/, '').replace(/\s+/g, ' ');
}

/** Acronyms only as written (an "Nsa" is no agency); longer names in any case ("the Justice department"). */
function index(table: Readonly<Record<string, readonly string[]>>, each: (name: string, country: string) => void): void {
  for (const [country, names] of Object.entries(table)) for (const name of names) each(name, country);
}
const ONE = new Map<string, string>();
index(BODIES, (name, country) => ONE.set(/^\p{Lu}{2,6}\d?$/u.test(name) ? name : name.toLowerCase(), country));
const SHARED = new Map<string, readonly string[]>(Object.entries(SHARED_BODIES).map(([name, countries]) => [/^\p{Lu}{2,6}$/u.test(name) ? name : name.toLowerCase(), countries]));

const FORCE_COUNTRY = new Map<string, string>(FORCES.map((name) => [/^\p{Lu}{2,6}$/u.test(name) ? name : name.toLowerCase(), ONE.get(/^\p{Lu}{2,6}$/u.test(name) ? name : name.toLowerCase())!]));

function lookup<T>(map: ReadonlyMap<string, T>, name: string): T | undefined {
  const k = key(name);
  return map.get(k) ?? map.get(k.toLowerCase());
}

/**
 * The country of a national body named without it, or null. `named` holds the countries the article
 * names (places, demonyms): a shared name is read as the one of its countries the article names alone.
 */
export function countryOfBody(name: string, named: ReadonlySet<string> = new Set()): string | null {
  const one = lookup(ONE, name) ?? forceOf(name);
  if (one) return one;
  const shared = lookup(SHARED, name);
  if (!shared) return null;
  const candidates = shared.filter((c) => named.has(c));
  return candidates.length === 1 ? candidates[0]! : null;
}

/** The country of a unit named after its national force ("Garda National Cyber Crime Bureau"), or null. */
function forceOf(name: string): string | null {
  const words = key(name).split(' ');
  // The force's name and at least one capitalised word of the unit's after it.
  for (let n = Math.min(words.length - 1, 4); n >= 1; n--) {
    if (!/^\p{Lu}/u.test(words[n]!)) continue;
    const lead = words.slice(0, n).join(' ');
    const country = FORCE_COUNTRY.get(lead) ?? FORCE_COUNTRY.get(lead.toLowerCase());
    if (country) return country;
  }
  return null;
}

/** The countries an article names, by a place in them or a demonym. */
export function namedCountries(recognition: { entities: readonly { type: string; country?: string }[]; demonyms: readonly { country: string }[] }): Set<string> {
  const named = new Set<string>();
  for (const e of recognition.entities) if (e.type === 'location' && e.country) named.add(e.country);
  for (const d of recognition.demonyms) named.add(d.country);
  return named;
}
