/**
 * A role set off before a name that officials give: "The freighter's master, a Latvian national named by
 * officials as Janis Ozols, was questioned", "the master of the ferry, whom they named as Janis
 * Ozolss, 51, was suspected": the role is "master", the country the national's (LV). people.ts's
 * apposition before a name needs the name right after the comma; here a clause of naming stands
 * between, and the tanker's master was listed with no role and no country (review ux73a fault 7).
 * The role's head must be a person's noun (`isRoleNoun`); a craft after "of the" is whose crew the
 * person is, as "the tanker's" is.
 */
import { countryOfWord } from './gazetteer/places.js';

/** "a Georgian national", "a Latvian citizen", "a 54-year-old Ukrainian man". */
const NATIONAL = String.raw`(?:an?\s+(?:\d{1,3}-year-old\s+)?(?<people>\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?)\s+(?:national|citizen|man|woman)\s+(?:who\s+was\s+|whom\s+\p{Ll}+\s+)?)`;
/** The naming clause, up to the name: "named by officials as", "whom they named as", "identified by police as". */
const NAMING = String.raw`(?:whom\s+(?:they|police|officials|investigators|authorities|prosecutors)\s+(?:named|identified)|(?:named|identified)(?:\s+by\s+(?:the\s+)?[\p{Ll}\s]{2,30}?)?)\s+as\s+$`;
const CRAFT = '(?:ship|vessel|tanker|ferry|freighter|trawler|boat|yacht|aircraft|plane|jet|helicopter|train|bus|truck|lorry)';
const ROLE_BEFORE = new RegExp(String.raw`(?:^|[;:]\s*|\b(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+)(?:(?:${CRAFT})['’]s\s+)?(?<role>[\p{Ll}-]+(?:\s[\p{Ll}-]+)?)(?:\s+of\s+the\s+${CRAFT})?\s*,\s+${NATIONAL}?${NAMING}`, 'u');

/** "the trawler's skipper, Ole Brandt,": a craft's crew member set off before the name, after a clause's verb ("police said"). */
const CREW_BEFORE = new RegExp(String.raw`\b(?:[Tt]he|[Ii]ts)\s+${CRAFT}['’]s\s+(?<role>[\p{Ll}-]+)\s*,\s*$`, 'u');

/** The role and country a naming clause right before a name gives; null where none. `before` is the sentence up to the name. */
export function roleNamedAs(before: string, isRoleNoun: (word: string) => boolean): { role: string; country: string | null } | null {
  const m = ROLE_BEFORE.exec(before.slice(-160)) ?? CREW_BEFORE.exec(before.slice(-60));
  if (!m) return null;
  const role = m.groups!['role']!;
  if (!isRoleNoun(role.split(/\s+/).pop()!)) return null;
  const people = m.groups?.['people'];
  return { role, country: people ? countryOfWord(people) : null };
}
