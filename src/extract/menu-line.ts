/**
 * A site's menu as scraped text prints it: "Home | News | Sport | Contact". Each item is a link's
 * word or two, so the line reads like a short title to a layout that counts words, and was taken for a
 * headline where the page's own title line ended in a full stop.
 */

/** Three or more items between bars, each of one or two words with no sentence in it. */
export function isMenuLine(text: string): boolean {
  const items = text.trim().split(/\s*\|\s*/);
  if (items.length < 3) return false;
  return items.every((item) => /^[\p{L}&'’-]+(?:\s+[\p{L}&'’-]+)?$/u.test(item));
}
