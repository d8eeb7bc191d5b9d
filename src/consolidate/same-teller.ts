/**
 * Whether two tellers of a figure (measure-discrepancies.ts, as read: lower case, no leading "the")
 * are one body: the same words, one the other's tail or head ("commission" and "central election
 * commission"), or one the other's initials ("usgs" and "u.s. geological survey"). Two figures of one
 * body are its revision, not a dispute; a rival body's are.
 */

const SMALL = new Set(['of', 'the', 'and', 'for', 'in', 'on']);

function words(teller: string): string[] {
  return teller.toLowerCase().replace(/^the\s+/, '').replace(/['’]s\b/g, '').split(/[\s,]+/).filter(Boolean);
}

/** The initials of a name's words, dots read as breaks ("u.s. geological survey": "usgs"). */
function initials(ws: readonly string[]): string {
  return ws.filter((w) => !SMALL.has(w)).flatMap((w) => w.split('.').filter(Boolean)).map((w) => w[0]).join('');
}

export function sameTeller(a: string, b: string): boolean {
  const [x, y] = [words(a), words(b)];
  if (x.length === 0 || y.length === 0) return false;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  const at = (from: number): boolean => short.every((w, i) => long[from + i] === w);
  if (at(0) || at(long.length - short.length)) return true;
  return short.length === 1 && short[0]!.replace(/\./g, '') === initials(long);
}
