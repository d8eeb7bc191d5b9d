/** News agencies whose name in a byline or signature marks wire copy, not an author. */
const AGENCIES: Record<string, string> = {
  yonhap: 'Yonhap',
  'yonhap news agency': 'Yonhap',
  reuters: 'Reuters',
  ap: 'AP',
  'associated press': 'AP',
  'the associated press': 'AP',
  afp: 'AFP',
  'agence france-presse': 'AFP',
  'agence france presse': 'AFP',
  kyodo: 'Kyodo',
  'kyodo news': 'Kyodo',
  xinhua: 'Xinhua',
  bloomberg: 'Bloomberg',
  dpa: 'dpa',
  ani: 'ANI',
  pti: 'PTI',
  upi: 'UPI',
  efe: 'EFE',
  ansa: 'ANSA',
  tass: 'TASS',
  kcna: 'KCNA',
  jiji: 'Jiji',
  'jiji press': 'Jiji',
  bernama: 'Bernama',
  anadolu: 'Anadolu',
  'anadolu agency': 'Anadolu',
  'press trust of india': 'PTI',
  'news1': 'News1',
  newsis: 'Newsis',
  // The national wires of Britain, Australia, Canada and Spain, and others whose copy British and
  // European sites carry ("By Jane Doe, PA Media", "SYDNEY (AAP) -", "OTTAWA (CP) -").
  'pa media': 'PA Media',
  'press association': 'PA Media',
  'the press association': 'PA Media',
  aap: 'AAP',
  'australian associated press': 'AAP',
  'the canadian press': 'The Canadian Press',
  'canadian press': 'The Canadian Press',
  cp: 'The Canadian Press',
  'agencia efe': 'EFE',
  'europa press': 'Europa Press',
  'ansa news agency': 'ANSA',
  interfax: 'Interfax',
  belga: 'Belga',
  ritzau: 'Ritzau',
};

/**
 * National agencies and the country they report from. A national agency names its own head of state
 * without the country ("President Yoon Suk Yeol" in Yonhap's copy) and names the others' ("US President
 * Joe Biden"); the international ones (Reuters, AP, AFP) write for every country and are left out.
 */
const HOME_COUNTRIES: Record<string, string> = {
  Yonhap: 'KR', News1: 'KR', Newsis: 'KR', Kyodo: 'JP', Jiji: 'JP', Xinhua: 'CN', TASS: 'RU', KCNA: 'KP',
  Bernama: 'MY', Anadolu: 'TR', PTI: 'IN', ANI: 'IN', ANSA: 'IT', 'PA Media': 'GB', AAP: 'AU', 'The Canadian Press': 'CA',
  Interfax: 'RU', Belga: 'BE', Ritzau: 'DK',
};

/** The country a national agency (by its name as agencyName gives it) reports from. */
export function agencyHomeCountry(agency: string): string | null {
  return HOME_COUNTRIES[agency] ?? null;
}

export function agencyName(text: string): string | null {
  return AGENCIES[text.trim().toLowerCase().replace(/[.\s]+$/, '')] ?? null;
}

/** "(Yonhap)", "— Reuters", "(AP)" closing a paragraph. */
export const AGENCY_SIGNATURE = /\s*[([]\s*([A-Z][A-Za-z .-]{1,30})\s*[)\]]\s*$|\s+[—–-]\s*([A-Z][A-Za-z .-]{1,30})\s*$/;

/**
 * The agency a wire story's dateline credits: "VIENNA (Reuters) -", "SEOUL, June 28 (Yonhap) --",
 * "(AP) —". A station's call sign in the same place ("PORTLAND, Ore. (KOIN) —") is no agency.
 */
const DATELINE_AGENCY = /^\s*[^\n()]{0,60}?\(([^()\n]{2,30})\)\s*(?:--?|—|–)\s/;

/**
 * A credit no list holds but whose last word says it is a news service ("(Meridian Wire) -", "(Baltic
 * News Service) -"): a regional or new wire's copy is wire copy all the same. Words such as "Times" or
 * "Post" are left out: they also end the names of a paper's own bureau credits and of stations.
 */
const SERVICE_NAME = /^\p{Lu}[\p{L}&'’.-]*(?:\s+\p{Lu}[\p{L}&'’.-]*){0,3}\s+(?:Wire|Newswire|News|Press|Agency|News Service)$/u;

/**
 * A byline's credit after the comma that names a wire no list holds by the words only a wire's name
 * ends in ("By Martin Hale, Albion Press Agency", "..., Fjord Newswire"): the story is that wire's
 * copy, not the wire's own page (the page's masthead or site name stays its outlet). Not "Press" or
 * "News" alone: papers and stations end their names so ("Detroit Free Press", "Fox News"). Nor "Wire"
 * or "News Service": sites and outlets that do their own reporting end their names so too ("By ...,
 * The Wire" on the site's own story; a court news service, a student news service), and a byline
 * read as wire copy would let another page of the same site count as a second source. "Wire Service"
 * is a wire's own word ("By Rania Haddad, Levant Wire Service" under another paper's masthead).
 */
const WIRE_NAME = /^\p{Lu}[\p{L}&'’.-]*(?:\s+\p{Lu}[\p{L}&'’.-]*){0,3}\s+(?:Press Agency|News Agency|Newswire|Wire Service)$/u;

/** The wire a byline's credit names, by the list or by a wire's name, or null. */
export function wireCredit(text: string): string | null {
  const trimmed = text.trim();
  // "By Jane Doe, PA": Britain's wire by its initials, here only: a caption's "(PA)" credits a photo,
  // and read as a signature it made a site's own story wire copy.
  if (trimmed === 'PA') return 'PA Media';
  return agencyName(trimmed) ?? (WIRE_NAME.test(trimmed) ? trimmed : null);
}

/** A wire no list holds, by its initials alone ("CAPA"). */
const INITIALS = /^[A-Z]{2,6}$/;

/**
 * Bodies written as initials in brackets that are no news agency: a dateline or credit naming one is
 * a body's own release or a slip, not wire copy.
 */
const NOT_AGENCIES = new Set([
  'UN', 'UNHCR', 'UNICEF', 'NATO', 'EU', 'AU', 'WHO', 'IMF', 'OSCE', 'ODIHR', 'ASEAN', 'OPEC', 'ICRC', 'IAEA', 'FBI', 'CIA',
  'NASA', 'USGS', 'NYPD', 'LAPD', 'CDC', 'FDA', 'DOJ', 'ICC', 'WFP', 'OCHA', 'NGO', 'PR', 'TV',
]);

/**
 * A month and day before the credit ("BISHKEK, Oct 12 (CAPA) --", "12 Oct"): a wire dates its dateline;
 * a station's call sign in the same place comes after the town alone ("PORTLAND, Ore. (KOIN) —").
 */
const DATELINE_DAY = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b/;

/** The initials a wire's closing credit gives as its reporter: "(Reporting by CAPA; editing by ...)". */
const REPORTING_BY = /\b[Rr]eporting\s+by\s+([A-Z][A-Za-z.-]*(?:\s+[A-Z][A-Za-z.-]*){0,3})\s*(?:[;),]|$)/m;

/**
 * The wire a page's closing credit names as its reporter, by the list or by its initials, or null. A
 * person's name there ("Reporting by Jane Doe") is the reporter, no agency.
 */
export function creditAgency(credit: string | null | undefined): string | null {
  const m = credit ? REPORTING_BY.exec(credit) : null;
  if (!m) return null;
  const name = m[1]!;
  return agencyName(name) ?? (INITIALS.test(name) && !NOT_AGENCIES.has(name) ? name : null);
}

/**
 * The agency an opening dateline credits. A credit no list holds counts by a news service's name, or
 * by its initials where the dateline is dated as a wire's is or the page's closing credit names the
 * same initials (`credit`, "(Reporting by CAPA; ...)"): a station's call sign stays none.
 */
export function datelineAgency(body: string, credit?: string | null, pageWires: readonly string[] = []): string | null {
  const head = body.slice(0, 120);
  const dashed = DATELINE_AGENCY.exec(head);
  const m = dashed ?? DATELINE_ALONE.exec(head);
  if (!m) return null;
  const named = m[1]!.trim();
  const known = agencyName(named) ?? (SERVICE_NAME.test(named) ? named : null);
  if (known || !INITIALS.test(named) || NOT_AGENCIES.has(named)) return known;
  // A dateline opens with its town in capitals ("BISHKEK, Oct 12"): a lead sentence's "On Oct 12 the
  // Central Election Commission (CEC) -- which ..." names a body, not a wire.
  const before = m[0].slice(0, m[0].indexOf('('));
  if (!/^\s*\p{Lu}{2,}(?![\p{Ll}])/u.test(before)) return null;
  // A wire the page names elsewhere (its credit line "Nordic Press Wire", its byline's credit) whose
  // initials these are: the initials are that wire, by its full name (ux77a).
  const wire = pageWires.find((w) => w.split(/\s+/).length > 1 && initialsOf(w) === named);
  if (wire) return wire;
  if (dashed) return DATELINE_DAY.test(before) || creditAgency(credit) === named ? named : null;
  // The dateline alone on its line ("OSLO, April 7, 2026 (HW)"): only dated, as a wire dates it.
  return DATELINE_DAY.test(before) ? named : null;
}

/**
 * A dateline set on a line of its own with no dash, as copied text keeps it: "OSLO, April 7, 2026
 * (HW)". A paragraph closing on a credit in brackets is a signature, so it counts only dated (above).
 */
const DATELINE_ALONE = /^\s*[^\n()]{0,60}?\(([^()\n]{2,30})\)[ \t]*(?:\n|$)/;

/** A name's initials as a wire writes them in its datelines: "Continental Press Wire" -> "CPW". */
export function initialsOf(name: string): string {
  return name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
}
