/**
 * A body written with another of its names beside it: "Gavi, the Vaccine Alliance, said", "the Vaccine
 * Alliance (Gavi)", "Liwa al-Sahil, also known in English as the Coastal Brigade,", "Liwa al-Sahil (the
 * Coastal Brigade)". The two names are one body: the name beside a body's is a body's too, not a
 * person's (the tagger reads a short unknown word such as "Gavi" as a given name), and consolidation
 * joins the two as one body with an alias (consolidate/organizations.ts).
 *
 * Also the armed groups named in Arabic: a group's head word ("Liwa", "Kataib", "Jaysh", "Harakat",
 * "Ansar", "Saraya", ...) before an "al-" word is an organisation's name, never a person's.
 */
import type { Entity } from '../../model/types.js';
import { retypeAsOrganization } from './firm-cues.js';

/** The head words of armed groups' and movements' Arabic names: brigade, battalions, army, movement, supporters, companies, division, liberation, ... */
const GROUP_HEAD = String.raw`(?:Liwa|Liwaa|Alwiya|Alwiyat|Kataib|Kata['’]ib|Katibat|Katiba|Jaysh|Jaish|Harakat|Haraka|Ansar|Saraya|Firqat|Firqa|Tahrir|Hay['’]at|Hayat|Jabhat|Faylaq|Quwat|Asa['’]ib|Asaib|Tanzim|Majlis)`;
/** The article and its assimilated forms before the group's word: al-, el-, ad-, ash-, ... */
const ARTICLE = String.raw`(?:[Aa]l|[Ee]l|[Aa][dnrstz]|[Aa]dh|[Aa]sh|[Aa]th)[-‑]`;
/** "Liwa al-Sahil", "Kataib al-Nasr", "Jaysh al-Wadi", "Harakat Ahrar al-Sham", "Saraya Ansar al-Sunna". */
const ARMED_GROUP = new RegExp(String.raw`^${GROUP_HEAD}(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s+${ARTICLE}\p{Lu}[\p{L}'’-]*(?:\s+${ARTICLE}?\p{Lu}[\p{L}'’-]*)?$`, 'u');
/** A person's title right before the name ("Sheikh Ansar al-Hakim"): the name is then a man's. */
const TITLE_BEFORE = /\b(?:Mr|Mrs|Ms|Dr|Sheikh|Shaikh|Imam|Sayyid|Sayed|Sheik|Gen|General|Col|Colonel|Maj|Major|Capt|Captain|Lt|Brig|Commander|Judge|Minister|President)\.?\s+$/;

export function isArmedGroupName(text: string): boolean {
  return ARMED_GROUP.test(text);
}

/** Between a name and another name of it: ", the ", ", also known (in English) as (the) ", "(" and "(the ". */
const BETWEEN_COMMA = /^,\s+(?:(?:also|better|formerly|widely|commonly)\s+)?(?:known|called)\s+(?:in\s+\p{Lu}\p{Ll}+\s+)?as\s+(?:the\s+)?$|^,\s+the\s+$/u;
const BETWEEN_BRACKET = /^\s*\(\s*(?:the\s+)?$/;

/** What may follow a name in apposition: its closing comma or bracket, then no other name of a list. */
const CLOSES_COMMA = /^\s*(?:,|\.|;|:|—|--)(?!\s*(?:and|or|nor|as well as|the\s+\p{Lu}|\p{Lu}))/u;
const CLOSES_COMMA_LOOSE = /^\s*[,.;:]/;
const CLOSES_BRACKET = /^\s*\)/;

/**
 * The pairs of mentions the text writes as two names of one body, first name first: the second
 * follows the first after ", the", ", also known as" or in brackets, and the names are no list's
 * items ("the UN, the EU and NATO" names three). Neither may be a place's or a date's; at least one must
 * be read as a body (or both as anything but places: the caller retypes).
 */
export function apposedNames(body: string, entities: readonly Entity[]): [Entity, Entity][] {
  const pairs: [Entity, Entity][] = [];
  const sorted = [...entities].sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < sorted.length; i++) {
    const [a, b] = [sorted[i]!, sorted[i + 1]!];
    if (a.type === 'location' || b.type === 'location' || b.start - a.end > 40) continue;
    if (a.type !== 'organization' && b.type !== 'organization') continue;
    const between = body.slice(a.end, b.start);
    const after = body.slice(b.end, b.end + 20);
    let apposed = false;
    if (BETWEEN_BRACKET.test(between)) apposed = CLOSES_BRACKET.test(after);
    else if (BETWEEN_COMMA.test(between)) {
      // "Gavi, the Vaccine Alliance, said": the apposition closes; "the UN, the EU, the AU" goes on as a list.
      const known = /known|called/.test(between);
      apposed = known ? CLOSES_COMMA_LOOSE.test(after) || after.trim() === '' : CLOSES_COMMA.test(after);
      // "..., the Vaccine Alliance" opening with "and"/"or" or after another name: a list's item.
      if (apposed && !known && /(?:,|\band|\bor)\s*(?:the\s+)?$/i.test(body.slice(Math.max(0, a.start - 12), a.start))) apposed = false;
    }
    if (apposed && a.text !== b.text) pairs.push([a, b]);
  }
  return pairs;
}

/** Retypes, in place, a person read in a body's name (every mention of that name): armed groups' Arabic names and a name apposed to a body's. */
export function apposedBodies(body: string, entities: Entity[]): void {
  const names = new Set<string>();
  for (const e of entities) {
    if (e.type === 'person' && isArmedGroupName(e.text) && !TITLE_BEFORE.test(body.slice(Math.max(0, e.start - 14), e.start))) names.add(e.text);
  }
  for (const [a, b] of apposedNames(body, entities)) {
    const between = body.slice(a.end, b.start);
    const known = /known|called/.test(between);
    // "Gavi, the Vaccine Alliance,", "the Vaccine Alliance (Gavi)": one word read as a given name. Not
    // "Ana Ruiz (Liberal Party)": a person's two names before a party in brackets stay a person's.
    const person = between.includes('(') ? (b.type === 'person' && a.type === 'organization' ? b : null) : a.type === 'person' && b.type === 'organization' ? a : null;
    if (person && (known || !/\s/.test(person.text))) names.add(person.text);
  }
  if (names.size === 0) return;
  for (const e of entities) if (e.type === 'person' && names.has(e.text)) retypeAsOrganization(e);
}
