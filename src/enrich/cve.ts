/**
 * CVE identifiers (MITRE's names for vulnerabilities) as scraped text writes them: "CVE-2024-3400",
 * but also with spaces, en dashes or non-breaking hyphens a CMS or a copy from a PDF put in
 * ("CVE 2024 3400", "CVE–2024–3400"). Every form is given back as the one written form analysts
 * search by: upper case, hyphens.
 */

/** A separator between the parts: any dash or hyphen, or spaces, with spaces around it. */
const SEP = String.raw`\s*[-\u2010-\u2015\u2212_]\s*|\s+`;

/** Years CVE ids exist for (the scheme began in 1999); a sequence number has at least four digits. */
const CVE_SOURCE = String.raw`\bCVE(?:${SEP})((?:19|20)\d\d)(?:${SEP})(\d{4,7})(?![\d\p{L}])`;

/** Every CVE id in a text, in any of the forms above (global: callers reset lastIndex or use matchAll). */
export const CVE_PATTERN = new RegExp(CVE_SOURCE, 'giu');

const WHOLE_CVE = new RegExp(`^\\s*${CVE_SOURCE}\\s*$`, 'iu');

/** The id in its written form ("CVE-2024-3400"), or null when the text is not one CVE id. */
export function normaliseCve(text: string): string | null {
  const m = WHOLE_CVE.exec(text);
  return m ? `CVE-${m[1]}-${m[2]}` : null;
}

/** The distinct CVE ids a text names, in their written form, in the order it first names them. */
export function findCves(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(CVE_PATTERN)) found.add(`CVE-${m[1]}-${m[2]}`);
  return [...found];
}
