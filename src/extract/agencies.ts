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
};

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

export function datelineAgency(body: string): string | null {
  const m = DATELINE_AGENCY.exec(body.slice(0, 120));
  return m ? agencyName(m[1]!) : null;
}
