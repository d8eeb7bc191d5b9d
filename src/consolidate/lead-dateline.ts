/**
 * The dateline that opens a lead ("JAKARTA (AP Wire) - ", "TARTU, Estonia (Baltic Wire) - ", "(CNN) -- ",
 * "SEOUL, Oct. 20 (Yonhap) -- ", "Jakarta (ANTARA) - ", "GWADAR / KARACHI: "):
 * where and by whom it was filed, which a summary of several outlets' reports and a discrepancy's label leave out. The place in
 * capitals, as datelines write it; a sentence that opens with a capitalised name keeps it.
 */
export const DATELINE = /^(?:\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,2}(?:,\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})?\s*\([^)]{1,40}\)\s*|\p{Lu}{2,}(?:[\s.'’-]+\p{Lu}{2,})*\.?(?:,\s*\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)?(?:,\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})?\s*(?:\([^)]{1,40}\)\s*)?|\([^)]{1,30}\)\s*)(?:—|–|--?)\s+(?=[\p{Lu}\d"“‘'])|^\p{Lu}{2,}(?:[\s.'’-]+\p{Lu}{2,})*(?:\s*\/\s*\p{Lu}{2,}(?:[\s.'’-]+\p{Lu}{2,})*)*:\s+(?=[\p{Lu}\d"“‘'])/u;
