/**
 * International bodies, and national police forces, that reports name in more than one language or by
 * more than one name: the French outlet's "Médecins Sans Frontières" and the English one's "Doctors Without Borders", "OMS" and
 * "WHO". Nothing in the names themselves ties them (no shared word, no initials of the other), and a
 * report rarely gives both, so the joins of organizations.ts and of the entity list kept them apart.
 * This is a short list of facts, kept by hand: one entry per body, the name it is best known by first (mostly the English one).
 *
 * Only unambiguous names are listed. Initials that name other bodies as often are left out: "RSF" is
 * Sudan's Rapid Support Forces as often as Reporters Without Borders, "ICC" a court, a cricket council
 * and a chamber of commerce. A bare "Red Cross" or "Red Crescent" is a national society as often as the
 * international committee, so only the international bodies' full names and initials are listed.
 *
 * `parts`: organs a report may name without their body ("the Dispute Settlement Body will meet on
 * Tuesday"): a search for the body finds their events too (server/entity-filter.ts).
 */
import { foldAccents } from '../../util/fold.js';

interface KnownBody {
  names: readonly string[];
  parts?: readonly string[];
}

const KNOWN_BODIES: readonly KnownBody[] = [
  { names: ['Médecins Sans Frontières', 'Doctors Without Borders', 'MSF', 'Doctors Without Borders/Médecins Sans Frontières', 'Médecins Sans Frontières/Doctors Without Borders', 'Ärzte ohne Grenzen', 'Médicos Sin Fronteras', 'Artsen zonder Grenzen', 'Medici Senza Frontiere'] },
  { names: ['International Committee of the Red Cross', 'ICRC', 'Comité international de la Croix-Rouge', 'CICR', 'Comité Internacional de la Cruz Roja', 'Internationales Komitee vom Roten Kreuz', 'IKRK'] },
  {
    names: ['International Federation of Red Cross and Red Crescent Societies', 'IFRC', 'International Federation of the Red Cross and Red Crescent Societies', 'International Federation of Red Cross and Red Crescent', 'Fédération internationale des Sociétés de la Croix-Rouge et du Croissant-Rouge', 'FICR', 'Federación Internacional de Sociedades de la Cruz Roja y de la Media Luna Roja'],
  },
  { names: ['World Health Organization', 'WHO', 'World Health Organisation', 'Organisation mondiale de la santé', 'Organisation mondiale de la Santé', 'OMS', 'Organización Mundial de la Salud', 'Weltgesundheitsorganisation', 'UN World Health Organization'] },
  {
    names: ['UNHCR', 'United Nations High Commissioner for Refugees', 'UN High Commissioner for Refugees', 'Office of the United Nations High Commissioner for Refugees', 'UN Refugee Agency', 'United Nations Refugee Agency', 'Haut-Commissariat des Nations unies pour les réfugiés', 'ACNUR', 'Alto Comisionado de las Naciones Unidas para los Refugiados'],
  },
  { names: ['UNICEF', "United Nations Children's Fund", "UN Children's Fund", "Fonds des Nations unies pour l'enfance", 'Fondo de las Naciones Unidas para la Infancia'] },
  { names: ['World Food Programme', 'WFP', 'World Food Program', 'UN World Food Programme', 'Programme alimentaire mondial', 'Programa Mundial de Alimentos'] },
  { names: ['World Trade Organization', 'WTO', 'World Trade Organisation', 'Organisation mondiale du commerce', 'OMC', 'Organización Mundial del Comercio'], parts: ['Dispute Settlement Body', 'WTO Dispute Settlement Body', 'WTO Appellate Body'] },
  { names: ['International Monetary Fund', 'IMF', 'Fonds monétaire international', 'FMI', 'Fondo Monetario Internacional'] },
  { names: ['Food and Agriculture Organization', 'FAO', 'Food and Agriculture Organisation', 'UN Food and Agriculture Organization', "Organisation des Nations unies pour l'alimentation et l'agriculture"] },
  { names: ['International Organization for Migration', 'IOM', 'International Organisation for Migration', 'Organisation internationale pour les migrations', 'OIM', 'Organización Internacional para las Migraciones', 'UN Migration Agency'] },
  { names: ['Economic Community of West African States', 'ECOWAS', 'CEDEAO', 'Communauté économique des États de l’Afrique de l’Ouest'] },
  { names: ['North Atlantic Treaty Organization', 'NATO', 'North Atlantic Treaty Organisation', 'OTAN', "Organisation du traité de l'Atlantique nord"] },
  { names: ['Reporters Without Borders', 'Reporters sans frontières', 'Reporteros sin Fronteras', 'Reporter ohne Grenzen'] },
  { names: ['Amnesty International', 'Amnistie internationale', 'Amnistía Internacional'] },
  { names: ['International Criminal Court', 'Cour pénale internationale', 'Corte Penal Internacional'] },
  // Air accident investigators and the European air-safety regulator, which a crash's reports name by
  // initials, in the home language and in English (review ux71b: GPIAAF's full name cut at "com", EASA
  // and its German and French names four bodies). "BEA" alone is left out: it is also the United States'
  // Bureau of Economic Analysis, whose figures are news as often.
  {
    names: [
      'GPIAAF', 'Gabinete de Prevenção e Investigação de Acidentes com Aeronaves e de Acidentes Ferroviários',
      'Office for the Prevention and Investigation of Aircraft and Railway Accidents', 'Office for the Prevention and Investigation of Accidents in Civil Aviation and Rail',
      'Portuguese Aircraft and Railway Accident Prevention and Investigation Office',
    ],
  },
  { names: ["Bureau d'Enquêtes et d'Analyses", "Bureau d'Enquêtes et d'Analyses pour la sécurité de l'aviation civile", 'French Bureau of Enquiry and Analysis for Civil Aviation Safety', 'Bureau of Enquiry and Analysis for Civil Aviation Safety'] },
  {
    names: [
      'European Union Aviation Safety Agency', 'EASA', 'European Aviation Safety Agency', 'EU Aviation Safety Agency', 'Europäische Agentur für Flugsicherheit',
      "Agence de l'Union européenne pour la sécurité aérienne", 'Agence européenne de la sécurité aérienne', 'Agencia de la Unión Europea para la Seguridad Aérea', 'Agência da União Europeia para a Segurança da Aviação',
    ],
  },
  // National police forces, which reports abroad name by their country and reports at home, or quoting
  // the force's own posts, by its own name: "Czech police", "Policie ČR" (review ux70a: two entries).
  { names: ['Czech Police', 'Policie ČR', 'Policie České republiky', 'Police of the Czech Republic', 'Czech Republic Police'] },
  { names: ['Slovak Police', 'Policajný zbor', 'Policajný zbor Slovenskej republiky', 'Police of the Slovak Republic', 'Slovak Republic Police'] },
  { names: ['Polish Police', 'Policja', 'Polish National Police'] },
  { names: ['Italian State Police', 'Polizia di Stato'] },
  { names: ['Spanish National Police', 'Policía Nacional', 'Spain\'s National Police'] },
  { names: ['French National Police', 'Police nationale', 'France\'s National Police'] },
  { names: ['Dutch National Police', 'Nationale Politie', 'Dutch Police', 'Politie'] },
  { names: ['German Federal Police', 'Bundespolizei', 'Germany\'s Federal Police'] },
];

/**
 * A name as looked up: no accents, full stops, leading "the", and one kind of apostrophe and space.
 * Case is folded for spelled-out names only. Initials keep their capitals: lower-cased, "WHO" was the
 * band "The Who" and "FMI" the word-like "Fmi". A single word of four letters or more in title case is
 * read as the initials in capitals, as some papers write them ("Nato", "Unicef"); three-letter ones are
 * too often a word or another name to be.
 */
export function knownKey(name: string): string {
  const plain = foldAccents(name).replace(/^the\s+/i, '').replace(/\./g, '').replace(/[’‘`]/g, "'").replace(/\s*\/\s*/g, '/').replace(/\s+/g, ' ').trim();
  if (/^[A-Z]{2,}$/.test(plain)) return plain;
  if (/^[A-Z][a-z]{3,}$/.test(plain)) return plain.toUpperCase();
  return plain.toLowerCase();
}

/** Each listed name's body, by its first name; each part's body likewise. */
const BODY_OF = new Map<string, string>();
const PART_OF = new Map<string, string>();
for (const body of KNOWN_BODIES) {
  const head = body.names[0]!;
  for (const name of body.names) {
    BODY_OF.set(knownKey(name), head);
    // A spelled-out one-word name ("Weltgesundheitsorganisation") is found in lower case too.
    if (!/^[A-Z]+$/.test(name)) BODY_OF.set(knownKey(name.toLowerCase()), head);
  }
  for (const part of body.parts ?? []) PART_OF.set(knownKey(part), head);
}

/** Keys asked again at every pair a join compares: kept, up to a bound. */
const KEYS = new Map<string, string>();
function keyOf(name: string): string {
  let key = KEYS.get(name);
  if (key === undefined) {
    key = knownKey(name);
    if (KEYS.size >= 50_000) KEYS.clear();
    KEYS.set(name, key);
  }
  return key;
}

/** The listed body a name is one of the names of ("OMS" -> "World Health Organization"), or null. */
export function knownBodyOf(name: string): string | null {
  return BODY_OF.get(keyOf(name)) ?? null;
}

/** Whether two names are names of one listed body. */
export function sameKnownBody(a: string, b: string): boolean {
  const x = knownBodyOf(a);
  return x !== null && x === knownBodyOf(b);
}

/** The listed body a name is an organ of ("Dispute Settlement Body" -> "World Trade Organization"), or null. */
export function knownParentOf(name: string): string | null {
  return PART_OF.get(keyOf(name)) ?? null;
}

/**
 * The listed names of more than one word, for the tagger's fixes (known-bodies.ts): it misses some
 * ("Doctors Without Borders" went untagged) and those it misses no join can find. Initials are left to
 * the tagger: "WHO" in a headline's capitals is a question word.
 */
export function spelledOutNames(): string[] {
  return KNOWN_BODIES.flatMap((b) => [...b.names, ...(b.parts ?? [])]).filter((n) => n.includes(' '));
}

/** Whether a name is its listed body's first name: the one an entry of several of its names is shown under. */
export function isKnownHead(name: string): boolean {
  const head = knownBodyOf(name);
  return head !== null && keyOf(head) === keyOf(name);
}
