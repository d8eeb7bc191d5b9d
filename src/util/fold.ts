/**
 * Accents folded off a text, so a name typed on a plain keyboard finds the name as written
 * ("Sao Paulo" = "São Paulo", "Wroclaw" = "Wrocław"). Case is left to the caller.
 */

/** Letters NFD does not split into a base letter and a mark. */
const UNSPLIT: Record<string, string> = { ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ı: 'i', ß: 'ss', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE' };

export function foldAccents(text: string): string {
  // Most names are plain ASCII: nothing to fold, and no normalising to pay for. Tabs and line breaks
  // count as plain: NFD leaves them be, and a body of several paragraphs holds them.
  if (/^[\t\n\r\x20-\x7e]*$/.test(text)) return text;
  // Composed again after: NFD also splits Hangul syllables into their letters, which carry no mark.
  return text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC').replace(/[łŁøØđĐıßæÆœŒ]/g, (c) => UNSPLIT[c]!);
}
