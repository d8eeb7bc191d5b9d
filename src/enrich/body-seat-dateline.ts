/**
 * A dateline that names an international body instead of a town: "UNITED NATIONS, Nov 12 (Wire) -" is
 * how wires file from the UN's headquarters. Its town is the body's seat (New York), which the
 * gazetteer cannot find by the body's name; read as a name, the story went without a place and a word
 * of the headline ("Security Council") was taken for a town.
 */

/** Bodies whose name stands as a dateline, by the name read in capitals or not, and the town of their seat. */
const SEATS: ReadonlyMap<string, string> = new Map([
  ['united nations', 'New York City'],
  ['u.n.', 'New York City'],
]);

/** The seat's town of the body a dateline names (`name`, as the dateline writes it), or null. */
export function seatOfDatelineBody(name: string): string | null {
  return SEATS.get(name.trim().replace(/\s+/g, ' ').toLowerCase()) ?? null;
}
