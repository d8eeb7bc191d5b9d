/**
 * The dateline that opens a lead ("JAKARTA (AP Wire) - ", "TARTU, Estonia (Baltic Wire) - ", "(CNN) -- ",
 * "SEOUL, Oct. 20 (Yonhap) -- ", "Jakarta (ANTARA) - ", "GWADAR / KARACHI: ", with a year too: "OSLO, Feb. 3, 2027 (NWA) - ",
 * "VIENNA, 11 January 2027 - "):
 * where and by whom it was filed, which a summary of several outlets' reports and a discrepancy's label leave out. The place in
 * capitals, as datelines write it; a sentence that opens with a capitalised name keeps it.
 */
export const DATELINE = /^(?:\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,2}(?:,\s*(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?(?:,?\s+\d{4})?))?\s*\([^)]{1,40}\)\s*|\p{Lu}{2,}(?:[\s.'’-]+\p{Lu}{2,})*\.?(?:,\s*\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)?(?:,\s*(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?(?:,?\s+\d{4})?))?\s*(?:\([^)]{1,40}\)\s*)?|\([^)]{1,30}\)\s*)(?:—|–|--?)\s+(?=[\p{Lu}\d"“‘'])|^\p{Lu}{2,}(?:[\s.'’-]+\p{Lu}{2,})*(?:\s*\/\s*\p{Lu}{2,}(?:[\s.'’-]+\p{Lu}{2,})*)*:\s+(?=[\p{Lu}\d"“‘'])/u;

/**
 * A dateline's town in capitals, its state or country, and the bracket that opens before the outlet,
 * at the start of a line ("PITTSBURGH (", "NASHVILLE, Tenn. (", or the bracket alone): what stands
 * before the outlet that filed a story, wherever a page puts the story (a second story, after a caption).
 */
const BEFORE_FILER = /(?:^|\n)[ \t]*(?:\p{Lu}[\p{Lu}.'’ -]{1,40}(?:,[ \t]*\p{Lu}[\p{L}.]*\.?(?:[ \t]\p{Lu}[\p{L}.]*\.?)?)?[ \t]*)?\($/u;

/**
 * Whether a name is the outlet a dateline credits ("PITTSBURGH (KDKA) –", "(WMC) - More than ..."): the
 * reporting, not a body of the event. The outlet fills the bracket, alone or with another ("KBAK/KBFX"),
 * and the story goes on after it with a dash or a capital: a line that runs on in lower case ("IAEA
 * (International Atomic Energy Agency) inspectors", "(Hamas) fighters") names a body and spells it out.
 */
export function isDatelineFiler(body: string, start: number, end: number): boolean {
  return body.charCodeAt(start - 1) === 40 && BEFORE_FILER.test(body.slice(Math.max(0, start - 60), start)) && /^[^()\n]{0,30}\)(?![ \t]*\p{Ll})/u.test(body.slice(end, end + 40));
}
