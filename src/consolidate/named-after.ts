/**
 * "Solvenda Creditors Alliance" beside "Solvenda": a body of people named after a firm (its creditors'
 * alliance, its workers' union, a foundation bearing its name) is not the firm, so the firm's name alone
 * is no short form of it. A firm's own longer name ("Goldman Sachs", "Okta Inc.", "Adani Group") is.
 */

/** Words that make a name a group of people or a body set up around someone else's name. */
const BODY_OF_PEOPLE = new Set([
  'alliance', 'association', 'foundation', 'union', 'committee', 'coalition', 'federation', 'society', 'club', 'league',
  'network', 'campaign', 'council', 'forum', 'fellowship', 'guild', 'syndicate',
]);
/** Who such a group gathers: "X Victims' Group", "X Investors Group", "X Workers". */
const MEMBERS = new Set([
  'creditors', 'victims', 'investors', 'shareholders', 'stockholders', 'bondholders', 'depositors', 'customers', 'clients',
  'users', 'employees', 'workers', 'staff', 'pensioners', 'retirees', 'families', 'survivors', 'fans', 'supporters', 'friends', 'alumni',
]);

/** Whether a name's words after the first make it a body named after its first word, not that body itself. */
export function namedAfterFirstWord(words: readonly string[]): boolean {
  return words.slice(1).some((word) => {
    const w = word.toLowerCase().replace(/['’]s?$/u, '');
    return BODY_OF_PEOPLE.has(w) || MEMBERS.has(w);
  });
}
