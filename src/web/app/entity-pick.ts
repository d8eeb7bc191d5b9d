/**
 * Which entry of the entity list a link's name opens. A name in an event (a participant as one outlet
 * wrote it: "Nurlan Osmonaliyev") may be an alias of the entry the list keeps under another spelling;
 * the page must open that entry rather than say no event names the person.
 */

export interface PickableEntity {
  name: string;
  aliases?: string[];
  country?: string;
}

/** Lower case without accents: how the list's own name filter compares names. */
function fold(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

/**
 * The entry named `name`, else the first (the list puts most events first) that has it as an alias;
 * `country`, when given, must be the entry's (two bodies of one name in two countries).
 */
export function pickEntity<T extends PickableEntity>(candidates: readonly T[], name: string, country: string | null): T | null {
  const wanted = fold(name);
  if (!wanted) return null;
  const fits = candidates.filter((e) => !country || e.country === country);
  return fits.find((e) => fold(e.name) === wanted) ?? fits.find((e) => (e.aliases ?? []).some((a) => fold(a) === wanted)) ?? null;
}
