/**
 * The role written straight before a name the way news writes it: "Detroit Police Chief Marlon Teague",
 * "police spokesman Anthony Guglielvane", "Chicago Police Supt. Dwight Okonjo", "City of Tampa public
 * information officer Frederica Burdwell", "Chief of Detectives Robert Boyce", "NASA Administrator Bill
 * Nelson", "White House press secretary Karine Jean-Pierre", "Interior minister Gerald Darmanin". The
 * recogniser's titles (entities/recognize.ts) cover a run of capitalised title words; these phrases mix
 * cases and put a force, a town or a body before the title. A country or demonym leading the phrase is
 * left out ("US President" is the President, with the country kept apart as the person's country).
 */
import { countryOfWord, lookupPlace } from './gazetteer/places.js';
import { countryOfBody } from './national-bodies.js';
import { usStateNamed } from './gazetteer/us-states.js';
import { TITLE_MODIFIER } from './entities/lexicon.js';


/** Words that end such a role: the title itself. */
const HEADS = new Set(
  `spokesman spokeswoman spokesperson officer chief superintendent supt. sergeant sgt. lieutenant lt. corporal cpl.
  detective det. captain capt. deputy dep. inspector commander cmdr. trooper sheriff coroner examiner marshal
  investigator agent commissioner director mayor prosecutor attorney detectives
  minister secretary secretary-general director-general administrator president governor gov. senator sen. rep. ambassador
  chancellor premier envoy adviser advisor ceo chairman chairwoman chair leader congressman congresswoman
  lawmaker judge justice economist analyst general representative meteorologist seismologist volcanologist
  forecaster scientist researcher collector magistrate manager official coach lawyer witness eyewitness co-defendant
  founder co-founder head co-chief speaker president-elect vice-president-elect governor-elect mayor-elect senator-elect premier-elect
  attendant purser councillor councilor`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words that may stand inside the phrase before its head ("Assistant Police Chief", "public safety spokeswoman"). */
const INNER = new Set(
  `police sheriff's sheriff fire city county state public safety information assistant deputy chief executive
  department department's dept. office office's patrol highway school schools district transit university campus
  medical senior principal acting interim special media relations press homicide of detectives district's force
  prime vice foreign interior defense defence finance justice health education trade home homeland security
  national state affairs treasury energy commerce labor labour transport transportation agriculture
  environment economy culture cabinet attorney army navy majority minority cyber intelligence communications
  top former deputy general executive ministry ministry's additional managing plant factory union workers'
  policy under fisheries fishery oceans maritime forestry forests tourism sports sport youth housing water
  mining mines industry industries information science technology welfare unification veterans immigration
  infrastructure planning development family social heritage climate environmental natural resources
  petroleum oil aviation telecommunications digital budget customs prisons corrections arts research
  innovation employment pensions wildlife rural urban indigenous consumer investment reconstruction
  emergency refugees gender equality rights reform parliamentary constitutional nuclear space presidential
  federal financial operating risk compliance marketing borough council government embassy consulate economic
  regional branch first flight cabin`
    .split(/\s+/)
    .filter(Boolean),
);

INNER.add('central bank');
// "Conservative shadow security minister Fiona Blake": an opposition post, which without "shadow" reads as the government's.
INNER.add('shadow');
// "WFP country director Matteo Ricci", "UN humanitarian chief": an agency's post in one country, or over
// its relief work, whose body led the title and was lost with the bare head (ux75a fault 10).
INNER.add('country');
INNER.add('humanitarian');

/**
 * Heads a body names directly ("NASA Administrator", "Tesla CEO", "Kremlin spokesman"): here one
 * capitalised word before the head is kept even with no inner word tying it; a police rank after a
 * town is not ("Detroit Chief" is no role Detroit gives).
 */
const BODY_HEADS = new Set(['director general', 'inspector general', 'attorney general', 'secretary general', 'chief executive', 'co-chief executive', 'chief of staff', ...'leader administrator director director-general ceo chairman chairwoman chair spokesman spokeswoman spokesperson economist analyst secretary-general envoy founder co-founder head'.split(' ')]);

/** Inner words that tell how far a body's post reaches, not what it is about. */
const BODY_REACH = new Set(['regional', 'branch', 'national', 'general', 'district', 'area']);

/** A military or police rank written before a name. */
const RANK = /^(?:col|gen|lt|maj|capt|sgt|adm|brig|cmdr|cpl|pvt|lt\.\s?col|lt\.\s?gen)\.$|^(?:colonel|general|major|lieutenant|captain|admiral|sergeant|corporal|commander)$/i;

/** Longest run of inner words and head taken. */
const MAX_WORDS = 8;

/**
 * The role phrase that ends right before `start` (the name's first character) within its paragraph, with
 * the force or town that leads it ("Santa Ana Police Corporal"), and the country that leads it, or null. Not within its sentence: the
 * sentence splitter ends one at "Supt." and "Cpl.", and a real sentence end ("a police officer.") ends
 * in a full stop that no head word has.
 */
export function titleBeforeName(body: string, start: number): { role: string; country: string | null; organization: string | null } | null {
  const window = body.slice(Math.max(0, start - 120), start);
  // "chief executive Dr Helen Marsh": a form of address between the role and the name says how to
  // address her, not what she does; the role is read past it.
  const before = window.slice(window.lastIndexOf('\n') + 1).replace(/(?<=\S\s+)(?:Dr|Prof|Mr|Mrs|Ms|Mx|Dame)\.?\s+$/, '');
  if (!/\s$/.test(before)) return null;
  let words = before.trimEnd().split(/\s+/);
  // "Nigeria's former central bank governor": a central bank is a state's body, one inner word of the
  // role (a bank alone is a firm's name: "Deutsche Bank chief executive").
  for (let i = words.length - 2; i >= 0; i--) if (/^central$/i.test(words[i]!) && /^bank$/i.test(words[i + 1]!)) words.splice(i, 2, `${words[i]} ${words[i + 1]}`);
  // "Special Agent in Charge Robert Hale", "Officer in Charge": the head with its "in Charge".
  if (words.length >= 3 && /^charge$/i.test(words[words.length - 1]!) && /^in$/i.test(words[words.length - 2]!) && HEADS.has(words[words.length - 3]!.toLowerCase())) {
    words = [...words.slice(0, -3), `${words[words.length - 3]} in Charge`];
  }
  // "Director General", "Inspector General": one title, whose "General" is no rank after a head.
  if (words.length >= 2 && /^general$/i.test(words[words.length - 1]!) && /^(?:director|inspector|attorney|secretary|surgeon|solicitor|auditor|postmaster|prosecutor|procurator)$/i.test(words[words.length - 2]!)) {
    words = [...words.slice(0, -2), `${words[words.length - 2]} ${words[words.length - 1]}`];
  }
  // "Scheldemond chief executive Pieter Vandenberghe": "chief executive" is one title, a company's head
  // as "CEO" is (the word "executive" alone is no head, and the role was lost).
  if (words.length >= 2 && /^executive$/i.test(words[words.length - 1]!) && /^(?:co-)?chief$/i.test(words[words.length - 2]!)) {
    words = [...words.slice(0, -2), `${words[words.length - 2]} ${words[words.length - 1]}`];
  }
  // "chief of staff Andriy Yermak": one title, whose "of staff" no portfolio rule reads (it is in lower case).
  if (words.length >= 3 && /^staff$/i.test(words[words.length - 1]!) && /^of$/i.test(words[words.length - 2]!) && /^chief$/i.test(words[words.length - 3]!)) {
    words = [...words.slice(0, -3), words.slice(-3).join(' ')];
  }
  // "Head of mission Ingrid Holm", "head of delegation": one title, whose "of mission" is no portfolio.
  if (words.length >= 3 && /^(?:mission|delegation)$/i.test(words[words.length - 1]!) && /^of$/i.test(words[words.length - 2]!) && /^head$/i.test(words[words.length - 3]!)) {
    words = [...words.slice(0, -3), words.slice(-3).join(' ')];
  }
  // "superintendent of police Mayur Chavda", "Inspector General of Police": the post South Asian
  // forces give their heads, whose "of police" is part of the title whatever its case.
  if (words.length >= 3 && /^police$/i.test(words[words.length - 1]!) && /^of$/i.test(words[words.length - 2]!)) {
    const general = words.length >= 4 && /^general$/i.test(words[words.length - 3]!) && /^(?:inspector|director)$/i.test(words[words.length - 4]!) ? 1 : 0;
    if (general || /^(?:superintendent|commissioner|inspector|director)$/i.test(words[words.length - 3]!)) {
      const n = 3 + general;
      words = [...words.slice(0, -n), words.slice(-n).join(' ')];
    }
  }
  // "JCS spokesperson Col. Lee Sung-jun", "police spokesman Sgt. Ana Ruiz": the rank says how the person
  // is addressed, the words before it what the person does.
  // "ministry spokesman Lieutenant General Anan Srisuk": so with a rank of two words after a post that is no rank.
  if (words.length >= 3 && words.slice(-2).every((w) => LONE_RANK.test(w)) && isPostHead(words[words.length - 3]!)) words = words.slice(0, -2);
  // (The word before must be a post: "Lieutenant Colonel" is one rank, its "Lieutenant" no post.)
  if (words.length >= 2 && RANK.test(words[words.length - 1]!) && isPostHead(words[words.length - 2]!)) words = words.slice(0, -1);
  // "Major Sergei Lebedev", "Lieutenant Colonel Yevgeny Karpov": a rank alone is the role.
  const rank = rankBefore(words);
  if (rank) return { role: rank, country: null, organization: null };
  // "Secretary of National Defense Ramon Villanueva", "Minister for Foreign Affairs Penny Wong": the
  // portfolio after the head is part of the role; the words before the head are read as for any head.
  // "special envoy for Sudan Laura Whitfield", "ambassador to Japan Rahm Emanuel": the place the post
  // is for belongs to the role too.
  const portfolio = portfolioAfterHead(words) || placeAfterPost(words);
  if (portfolio > 0) {
    const rest = `${words.slice(0, -portfolio).join(' ')} `;
    const found = titleBeforeName(rest, rest.length);
    if (found) return { ...found, role: `${found.role} ${words.slice(-portfolio).join(' ')}` };
  }
  const head = words[words.length - 1];
  if (!head || !HEADS.has(head.split(' ')[0]!.toLowerCase())) return null;
  let first = words.length - 1;
  // Inner words, then at most three capitalised words naming the force or the town ("Santa Ana", "LMPD").
  while (first > 0 && words.length - first < MAX_WORDS && (INNER.has(words[first - 1]!.toLowerCase()) || bodyNounOfRole(words, first - 1))) first--;
  if (words[first]!.toLowerCase() === 'of') first++;
  const innerStart = first;
  let qualifiers = 0;
  while (first > 0 && qualifiers < 3 && isQualifier(words[first - 1]!)) {
    first--;
    qualifiers++;
    // "City of Tampa public information officer": a town named with "of" inside the qualifier.
    if (first > 1 && words[first - 1] === 'of' && isQualifier(words[first - 2]!)) first -= 2;
  }
  // The country is the person's, kept apart: "US President", "North Korean leader" would otherwise be
  // the role.
  // Only a country that is all the qualifier: "Jersey City Mayor", "American Airlines CEO" keep theirs,
  // and so does a town's force named like a country ("Lebanon Police Chief", Lebanon, Ohio).
  let country: string | null = null;
  // "Former Malaysian finance minister": a word qualifying the title may stand before the country; it
  // stays the role's ("Former finance minister"), the country the person's.
  const leading: string[] = [];
  const countryAt = (at: number): boolean => [1, 2].some((n) => at + n <= first + qualifiers && countryOfWord(words.slice(at, at + n).join(' ').replace(/['’]s$/, '')) !== null);
  if (qualifiers > 1 && TITLE_MODIFIER.test(words[first]!) && countryAt(first + 1)) {
    leading.push(words[first]!);
    first++;
    qualifiers--;
  }
  const local = words.slice(first + qualifiers).some((w) => LOCAL_FORCE.has(w.toLowerCase()));
  for (const n of [3, 2, 1]) {
    if (local || n > qualifiers) continue;
    // A country's possessive leads the role however many words follow it ("Britain's UN Ambassador").
    const owner = words.slice(first, first + n).join(' ');
    if (n < qualifiers && !/['’]s$/.test(owner)) continue;
    const code = countryOfWord(owner.replace(/['’]s$/, ''));
    // "U.S. Attorney", "U.S. Marshal": federal offices named with the country, which an analyst reads
    // as one title ("Attorney" alone is any lawyer); the country is still the person's.
    if (code === 'US' && n === qualifiers && /^U\.?S\.?$/.test(owner) && /^(?:attorney|marshal)$/i.test(words.slice(first + n).join(' '))) {
      country = code;
      qualifiers = 0;
      break;
    }
    if (code) {
      country = code;
      first += n;
      qualifiers -= n;
      break;
    }
  }
  // "Russia's Deputy UN Ambassador": a word qualifying the title may lead the body the title serves;
  // it is the role's, and the body is what follows it.
  const modifiers: string[] = [];
  while (qualifiers > 0 && TITLE_MODIFIER.test(words[first]!)) {
    modifiers.push(words[first]!);
    first++;
    qualifiers--;
  }
  // A qualifier is kept only when inner words tie it to the head ("Detroit Police Chief", not "Detroit
  // Chief"), or when it is one body's name or acronym before a head such bodies have ("NASA Administrator").
  if (qualifiers > 0 && first + qualifiers === words.length - 1) {
    // A national body is one whatever its head ("Mossad chief", "Kremlin official").
    const body = qualifiers === 1 && (BODY_HEADS.has(head.toLowerCase()) || /^(?:\p{Lu}\.?){2,}$/u.test(words[first]!) || countryOfBody(words[first]!) !== null);
    // "Wellington Mayor", "San Jose Mayor": a town's own office says which town, as "Mayor" alone does not.
    // "Ohio Governor", "Tennessee Gov.": so does a state's or a province's governor.
    const served = words.slice(first, first + qualifiers).join(' ');
    const office = lookupPlace(served)?.kind ?? (usStateNamed(served) ? 'region' : undefined);
    const townOffice = (/^mayor$/i.test(head) && office === 'city') || (/^(?:governor|gov\.)$/i.test(head) && office === 'region');
    if (!body && !townOffice) first += qualifiers;
  }
  const role = [...leading, ...modifiers, ...words.slice(first)].join(' ').replace(/[,;:]$/, '');
  // The body the qualifier names, when it is no town, county or country ("NASA", "White House",
  // "Senate"; not "Detroit" of "Detroit Police Chief").
  const qualifier = words.slice(first, innerStart).join(' ').replace(/['’]s$/, '');
  // "Kansas City Police Chief": "City" is an inner word ("City Council"), but here the town's own.
  const town = words[innerStart] === 'City' && lookupPlace(`${qualifier} City`) !== null;
  // One ordinary word tied to the head by inner words names a portfolio, not a body ("Digital Affairs
  // Minister"); a body is an acronym, a name of several words, or a word right before the head ("Tesla CEO").
  // A word tied only by words of a body's reach ("Unite regional secretary", "Unison branch secretary")
  // is that body: a portfolio needs a subject word ("Digital Affairs Minister").
  const reachOnly = innerStart < words.length - 1 && words.slice(innerStart, -1).every((w) => BODY_REACH.has(w.toLowerCase()));
  const named = /^(?:\p{Lu}\.?){2,}$/u.test(qualifier) || /\s/.test(qualifier) || innerStart === words.length - 1 || reachOnly;
  const place = qualifier && !acronymOfTown(qualifier) ? lookupPlace(qualifier) : null;
  const state = qualifier ? usStateNamed(qualifier) : null;
  const organization = qualifier && named && !town && !place && !state && !countryOfWord(qualifier) && !/^(?:City|County|Town|Village|State)\b/.test(qualifier) ? qualifier : null;
  // "Balochistan Director General": a province abroad serves its country.
  if (!country && place?.kind === 'region' && place.country) country = place.country;
  // "Tennessee Gov.": a US state's office serves the US.
  if (!country && state) country = 'US';
  return role ? { role, country, organization } : null;
}

/**
 * Kinds of bodies whose title news writes as one compound with the kind ("council leader", "party
 * leader", "opposition leader", "team captain", "club president"): the kind says what the person leads,
 * and "leader" alone tells an analyst nothing.
 */
const BODY_NOUNS = new Set(
  `council party opposition team club squad coalition committee board caucus faction bloc alliance league
  federation association movement group church parish village tribe tribal community campaign militia rebel
  gang cartel student students`.split(/\s+/),
);

/**
 * Whether the word at `i` is such a kind, written as a common noun: in lower case, or capitalised only
 * because it opens the phrase ("Council leader Mary Hughes said"). One that ends a capitalised name
 * ("Labour Party leader") is that name's, read as the body before the title.
 */
function bodyNounOfRole(words: readonly string[], i: number): boolean {
  const word = words[i]!;
  if (!BODY_NOUNS.has(word.toLowerCase())) return false;
  if (/^\p{Ll}/u.test(word)) return true;
  const previous = words[i - 1];
  return previous === undefined || !isQualifier(previous);
}

/** Ranks that may stand alone for a role ("Major" is also a given name: only before a name of two words or more, which the caller has). */
const LONE_RANK = /^(?:colonel|major|captain|lieutenant|general|admiral|sergeant|corporal|commander|brigadier|col\.|maj\.|capt\.|lt\.|gen\.|adm\.|sgt\.|cpl\.|brig\.)$/i;

/**
 * The rank (of one or two words, "Lieutenant Colonel", "Brig. Gen.") that stands right before a name,
 * capitalised, after a word that opens a clause or ends a list item ("on Colonel Dmitry Volkov, Major
 * Sergei Lebedev and Captain Artem Grishin"), or null.
 */
/** A head word of a post that is no rank ("spokesman", not "Captain"): what someone does, not how they are addressed. */
export function isPostHead(word: string): boolean {
  const bare = word.toLowerCase().replace(/[,;:]$/, '');
  return HEADS.has(bare) && !LONE_RANK.test(bare) && !RANK.test(bare);
}

function rankBefore(words: readonly string[]): string | null {
  const last = words[words.length - 1];
  if (!last || !LONE_RANK.test(last) || !/^\p{Lu}/u.test(last)) return null;
  const two = words.length >= 2 && LONE_RANK.test(words[words.length - 2]!) && /^\p{Lu}/u.test(words[words.length - 2]!);
  const rank = two ? `${words[words.length - 2]} ${last}` : last;
  const before = words[words.length - (two ? 3 : 2)];
  // "Police Captain Ana Ruiz": a capitalised word before the rank makes it part of a longer title, read as one.
  if (before && /^\p{Lu}/u.test(before) && !/[,;:]$/.test(before) && !NOT_QUALIFIERS.has(before)) return null;
  return rank;
}

/** Words of a portfolio ("of National Defense", "for Foreign Affairs"). */
const PORTFOLIO_WORD = /^(?:\p{Lu}[\p{L}-]*|and|the|of)$/u;

/**
 * How many of the last words are a portfolio after a head word: "of" or "for" and one to four
 * capitalised words ("Secretary of National Defense", "Minister for Foreign Affairs"), or 0.
 */
function portfolioAfterHead(words: readonly string[]): number {
  for (let k = 2; k <= 6 && k < words.length; k++) {
    const joiner = words[words.length - k]!;
    if (joiner !== 'of' && joiner !== 'for') continue;
    const head = words[words.length - k - 1]!;
    const tail = words.slice(words.length - k + 1);
    if (!/^\p{Lu}/u.test(head) || !HEADS.has(head.toLowerCase())) return 0;
    if (!tail.every((w) => PORTFOLIO_WORD.test(w)) || !/^\p{Lu}/u.test(tail[tail.length - 1]!)) return 0;
    return k;
  }
  return 0;
}

/** Posts held for a country or a region ("envoy for Sudan", "ambassador to Japan"). */
const POST_HEADS = new Set('envoy ambassador representative coordinator rapporteur commissioner czar tsar negotiator mediator emissary adviser advisor'.split(' '));

/** Bodies of states that countries send envoys to. */
export const BODY_OF_STATES = /^(?:the\s+)?(?:UN|U\.N\.|United\s+Nations|EU|European\s+Union|NATO|African\s+Union|ASEAN|OSCE|WTO|IAEA|OAS)$/;

/** How many words at the end are a post's "for" or "to" and the country or region it is for (0 if none). */
function placeAfterPost(words: readonly string[]): number {
  for (let k = 2; k <= 4 && k < words.length; k++) {
    const joiner = words[words.length - k]!;
    if (joiner !== 'for' && joiner !== 'to') continue;
    if (!POST_HEADS.has(words[words.length - k - 1]!.toLowerCase())) return 0;
    const place = words.slice(words.length - k + 1).join(' ');
    // "ambassador to the UN", "envoy to NATO": a post at a body of states is held for one too.
    if (BODY_OF_STATES.test(place)) return k;
    const found = lookupPlace(place);
    return found && (found.kind === 'country' || found.kind === 'region') ? k : 0;
  }
  return 0;
}

/** Inner words of a town's or a county's own service: the place before them is no country. */
const LOCAL_FORCE = new Set('police sheriff sheriff\'s fire city county school schools district transit patrol highway campus university'.split(' '));

/** Words that open a sentence or a clause, and days and months: never the force or town of a role. */
const NOT_QUALIFIERS = new Set(
  `The A An And But Or Said Says When While After Before According On In At By For From To With Meanwhile Then Also Earlier Later Last
  Yesterday Today Tomorrow Tonight Now Even Separately Under However Still Instead Likewise Similarly Here There Once Soon Recently
  Currently Previously Next First Finally Eventually Asked Told Meeting Speaking Addressing Visiting Including Like Unlike As If Since
  This That Those These Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August
  September October November December`.split(/\s+/),
);

/**
 * A capitalised word naming the force or town ("Santa", "Ana", "LMPD"). One ending in a full stop or a
 * comma ends a sentence or a clause ("shot in Detroit. Police Chief James Craig"), save the
 * abbreviations of place names ("St.", "Ft.", "D.C.").
 */
function isQualifier(word: string): boolean {
  if (!/^[\p{Lu}][\p{L}.'’-]*$/u.test(word) || NOT_QUALIFIERS.has(word)) return false;
  return !word.endsWith('.') || /^(?:St|Ft|Mt|Pt)\.$|^(?:\p{Lu}\.){2,}$/u.test(word);
}

/**
 * An acronym that a town's name only spells in capitals: "EU" is the European Union, not Eu in
 * Normandy. An acronym that stands for a town's longer name ("LA") is no such case.
 */
export function acronymOfTown(qualifier: string): boolean {
  if (!/^\p{Lu}{2,6}$/u.test(qualifier)) return false;
  const place = lookupPlace(qualifier);
  return place?.kind === 'city' && place.name.toUpperCase() === qualifier;
}
