/**
 * A company's legal form or the trade word that ends its name ("Co.", "Company", "Inc.", "Ltd",
 * "Labs"): reports write the same firm with it, with another form of it, or without it ("Ironvale"
 * beside "Ironvale Labs"), so the words compared to tell one body from another leave it out.
 */
import { foldAccents } from '../util/fold.js';

const LEGAL_FORM = new Set([
  'co', 'company', 'corp', 'corporation', 'inc', 'incorporated', 'ltd', 'limited', 'llc', 'plc', 'labs', 'lab', 'gmbh',
  // An aircraft maker's trade word, in English and in its home language ("Valcourt", "Valcourt Aerospace"
  // and "Valcourt Aérospatiale" were three bodies in review ux71b).
  'aerospace', 'aerospatiale', 'aeroespacial', 'aerospaziale',
]);

/** Whether a name's word (any case or accents, with its full stop or comma) is such a form. */
export function isLegalFormWord(word: string): boolean {
  return LEGAL_FORM.has(foldAccents(word).toLowerCase().replace(/[.,]/g, ''));
}

/** The words without the forms at their end; the words as they were if nothing else would be left. */
export function withoutLegalForm(words: readonly string[]): string[] {
  let end = words.length;
  while (end > 1 && isLegalFormWord(words[end - 1]!)) end--;
  return words.slice(0, end);
}
