/**
 * The act a report leads with: its kind (sanctions, a vote, veto or resolution at a council, a statement
 * of condemnation or rejection, a launch or test, a crime or its arrest) and who did it (the countries
 * and bodies its subject names). Answers to one policy step come a day or two apart in the same words
 * ("sanctions", "North Korea", "missile"); the act and its actor are what tell them apart, while two
 * outlets' paraphrases of one act ("blacklisted" and "imposed sanctions on") name the same kind.
 */
import { capitalOf, countryOfDemonym, countryOfWord, lookupCity } from '../enrich/gazetteer/places.js';
import { stateSpeaker } from './state-speaker.js';

export type ActKind = 'sanction' | 'vote' | 'statement' | 'launch' | 'crime';

/**
 * Verb phrases of each kind. A veto, a vote and a resolution adopted are one kind: one council
 * meeting is told as any of them ("Russia vetoed", "the council voted"). A crime, its arrest and its charge are one family: GVA tells
 * a shooting and the arrest that follows as one incident. A bare noun ("tightened sanctions") is no act.
 * Visa bans imposed on a country's officials are sanctions too ("The United States on Wednesday imposed
 * visa restrictions on the election chief"): read as no act, they had joined Britain's asset freeze of
 * the next day (review ux75b). Not travel or entry bans, which a pandemic's measures are told as.
 */
const ACTS: [ActKind, string][] = [
  ['sanction', String.raw`sanction(?:ed|ing)|designat(?:ed|es|ing)|blacklist(?:ed|s|ing)|(?:impos|announc|slapp|unveil)(?:ed|es|ing)\s+(?:new\s+|fresh\s+|its\s+own\s+|own\s+|further\s+)?(?:sanctions|visa\s+(?:bans|restrictions))|add(?:ed|s|ing)\s+[^.]{0,80}?\bto\s+(?:its\s+|a\s+|the\s+)?(?:sanctions|black)\s*list|froze|freez(?:es|ing)\s+(?:the\s+)?assets`],
  ['vote', String.raw`veto(?:ed|es|ing)|used\s+its\s+veto|cast\s+(?:a|its)\s+veto|voted|(?:adopted|passed|approved|unanimously\s+backed)\s+(?:a\s+|the\s+)?(?:[\w-]+\s+){0,3}resolution`],
  // A welcome and an attribution are a government's answers too ("Estonia welcomed the sanctions",
  // "Britain attributed the attack to"), as a condemnation is.
  ['statement', String.raw`condemn(?:ed|s|ing)|denounc(?:ed|es|ing)|reject(?:ed|s|ing)|slamm?(?:ed|s|ing)|criticis(?:ed|es|ing)|criticiz(?:ed|es|ing)|vow(?:ed|s|ing)|protest(?:ed|s|ing)|issu(?:ed|es|ing)\s+(?:a\s+)?(?:joint\s+)?statement|welcom(?:ed|es|ing)|prais(?:ed|es|ing)|attribut(?:ed|es|ing)\s+[^.]{0,80}?\bto\b|blam(?:ed|es|ing)`],
  // A leader at the launch is the state's launch too: "Kim oversaw Tuesday's test launch of a new missile".
  ['launch', String.raw`(?:fired|test-fired|launched)\s+(?:[\w-]+\s+){0,4}(?:missiles?|rockets?|projectiles?|satellite|ICBMs?)|(?:conducted|carried\s+out)\s+(?:a\s+|its\s+)?(?:[\w-]+\s+){0,2}(?:nuclear|missile|weapons?)\s+test|(?:oversaw|supervised|guided|watched|observed)\s+(?:[\w'’-]+\s+){0,2}?(?:(?:test[\s-])?launch|firing|test)\s+of\s+(?:[\w-]+\s+){0,5}(?:missiles?|rockets?|ICBMs?)`],
  ['crime', String.raw`shot|stabbed|opened\s+fire|arrested|charged|indicted|sentenced|convicted`],
];

const ACT = new RegExp(ACTS.map(([kind, verbs]) => `(?<${kind}>\\b(?:${verbs})\\b)`).join('|'), 'iu');

/** "WASHINGTON - ", "UNITED NATIONS (Reuters) — ": a dateline is no subject. */
const DATELINE = /^\s*[\p{Lu}][\p{Lu}\s.,'’]*(?:\([^)]*\))?\s*(?:[-–—]+|:)\s+/u;

/** Bodies of states that act in their own name: the union, the world body. */
const BODIES: Record<string, string> = {
  'eu': 'EU',
  'european union': 'EU',
  'council of the eu': 'EU',
  'european commission': 'EU',
  'un': 'UN',
  'united nations': 'UN',
  'security council': 'UN',
  'nato': 'NATO',
};

export interface LeadAct {
  kind: ActKind;
  /** Countries (ISO alpha-2) and bodies the lead's subject names; empty when it names none. */
  actors: string[];
  /** Of a statement, the countries and bodies the rest of the lead names: whose acts it answers. */
  objects: string[];
}

/** An auxiliary before the verb: "were sanctioned", "was formally condemned". */
const PASSIVE_AUX = /\b(?:was|were|is|are|been|being|be|got|gets)\s+(?:\p{L}+ly\s+)?$/iu;
/** The agent right after a passive verb or a headline's participle, past a day: "sanctioned (on Monday) by the United States". */
const AGENT = /^\s+(?:(?:on|late|early)\s+\p{Lu}\p{L}+\s+)?by\s+([^,;:.]*)/u;

/**
 * The first act the lead sentence reports, with the actors named before it, or after "by" in the
 * passive: "Four Iranian firms were sanctioned by the United States" is the United States' act, and
 * reading Iran as its actor had set it apart from "The United States sanctioned four Iranian firms".
 * A lead with no such act may still be a state's word on sanctions (wordOnSanctions).
 */
export function leadAct(lead: string): LeadAct | null {
  const text = lead.replace(DATELINE, '');
  const m = ACT.exec(text);
  if (!m?.groups) return wordOnSanctions(text);
  const kind = ACTS.find(([k]) => m.groups![k] !== undefined)![0];
  const before = text.slice(0, m.index);
  const after = text.slice(m.index + m[0].length);
  const agent = AGENT.exec(after);
  const passive = !!agent || PASSIVE_AUX.test(before);
  // A passive with no agent names no actor: what comes before the verb is the target.
  const actors = passive ? actorsIn(agent?.[1] ?? '') : actorsIn(before);
  // A state's act needs the state: "the court rejected the appeal" or "the company launched" is
  // another story's step, which a shooting or a product report leads with as often as not.
  if (kind !== 'crime' && actors.length === 0) return null;
  const objects = kind !== 'statement' ? [] : passive ? actorsIn(before) : actorsIn(after);
  return { kind, actors, objects };
}

/**
 * Sanctions broken rather than imposed: "the Justice Department said the firm evaded sanctions" is an
 * enforcement story's own step (a charge, a seizure), not the state's answer to another story; so is
 * "ran a sanctions evasion network". Only the verbs of breaking and their nouns: "a breakthrough on
 * sanctions relief" and "talks broke down over sanctions relief" are a state's word on them.
 */
const BREACH_OF_SANCTIONS =
  /\b(?:evad(?:e|es|ed|ing)|evasion|violat(?:e|es|ed|ing|ions?)|breach(?:es|ed|ing)?|(?:broke|break|breaks|breaking|broken)(?!\s+(?:down|off|up|out|away|through|with|ground)\b)|circumvent\w*|skirt\w*|dodg\w*|bust\w*|flout\w*)\s+(?:\S+\s+){0,3}?sanctions\b|\bsanctions[\s-]+(?:evasion|evaders?|evading|busting|busters?|violations?|violators?|breaches|breakers?|dodging|dodgers?|circumvention)\b/iu;

/** A plain verb of speech: "said", "says", "told reporters"; not the idiom "all told". */
const SPEECH = /\b(?:said|says|(?<!\ball\s)told)\b/iu;

/**
 * A state's word on sanctions told with a plain verb of speech and no verb of ACTS: "Estonia's foreign
 * minister said the sanctions the EU imposed on Monday sent a clear message". A reader takes it as the
 * state's statement on them, as if it had "welcomed" them: a government's answer to sanctions, not a
 * report of the attack they answer, however many of the attack's people it quotes. Read for sanctions
 * alone: a state's envoy who "said the resolution" speaks at the council's own meeting, and a minister
 * who "said the missile landed" tells the launch itself, so either noun would set one story apart from
 * itself. The subject must name a state (its official), as for any act; what follows the verb is what
 * the statement answers. The subject's head must be the state's speaker (state-speaker.ts): a
 * nationality word anywhere before "said" had made "A British cybersecurity expert said" Britain's word.
 */
function wordOnSanctions(text: string): LeadAct | null {
  const m = SPEECH.exec(text);
  if (!m) return null;
  const before = text.slice(0, m.index);
  const after = text.slice(m.index + m[0].length);
  // "were said to", "is said to have": the verb tells no one's word.
  if (PASSIVE_AUX.test(before) || !/\bsanctions\b/iu.test(after) || BREACH_OF_SANCTIONS.test(after)) return null;
  // The speaker must be the state's: "A British expert said" or "Iranian families said" is no state's word.
  if (!stateSpeaker(before, (phrase) => actorOf(phrase) !== null)) return null;
  const actors = actorsIn(before);
  return actors.length === 0 ? null : { kind: 'statement', actors, objects: actorsIn(after) };
}

/** The act a report leads with: its lead sentence's, else its headline's. */
export function articleLeadAct(body: string, sentences: readonly { start: number; end: number }[], headline: string | null): LeadAct | null {
  const first = sentences[0];
  return (first && leadAct(body.slice(first.start, first.end))) ?? leadAct(headline ?? '');
}

/** Whether a report leads with a state's act (sanctions, a statement, a vote, a launch), not a crime. */
export function leadsWithStateAct(body: string, sentences: readonly { start: number; end: number }[], headline: string | null): boolean {
  const act = articleLeadAct(body, sentences, headline);
  return act !== null && act.kind !== 'crime';
}

/** Days and months are capitalised without being names: "On Monday Japan condemned". */
const DAY_OR_MONTH = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$|^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/u;

/** Countries and bodies named in a subject, longest names first ("South Korea", not "Korea"). */
function actorsIn(subject: string): string[] {
  const tokens = [...subject.matchAll(/\p{L}[\p{L}.'’-]*/gu)];
  const words = tokens.map((t) => t[0]);
  const found = new Set<string>();
  for (let i = 0; i < words.length;) {
    let step = 1;
    for (let n = Math.min(4, words.length - i); n >= 1; n--) {
      const phrase = words.slice(i, i + n).join(' ').replace(/['’]s$/u, '');
      // "France." ends a sentence; "U.S." keeps its stops.
      const actor = actorOf(phrase) ?? actorOf(phrase.replace(/\.$/u, ''));
      if (actor && n === 1 && inPersonName(subject, tokens, i)) break;
      // "Mexico City police", "London's mayor", "a teenager killed in Ottawa": the city's own bodies or
      // the place a subject is in, not the state (its words are skipped whole, so "Mexico" is not read).
      if (actor && cityNotState(phrase, words, i, n)) {
        step = n;
        break;
      }
      if (actor) {
        found.add(actor);
        step = n;
        break;
      }
    }
    i += step;
  }
  return [...found].sort();
}

/**
 * Whether a one-word country or capital is part of a person's name, a capitalised word that names no
 * state right beside it ("Rep. Jim Jordan condemned", "Chad Smith", "Victoria Nuland"): a person is
 * no state. Its nationality ("Jordanian") and a name in capitals ("US") are always the state.
 */
function inPersonName(subject: string, tokens: readonly RegExpMatchArray[], i: number): boolean {
  const word = tokens[i]![0];
  if (word === word.toUpperCase() || countryOfDemonym(word.replace(/['’]s$/u, ''))) return false;
  const name = (j: number): boolean => {
    const t = tokens[j];
    if (!t) return false;
    const [a, b] = j < i ? [t, tokens[i]!] : [tokens[i]!, t];
    const between = subject.slice(a.index! + a[0].length, b.index!);
    return /^\s+$/u.test(between) && /^\p{Lu}/u.test(t[0]) && !DAY_OR_MONTH.test(t[0]) && !actorOf(t[0].replace(/['’]s$|\.$/u, ''));
  };
  // "Jordan's King Abdullah": a possessive closes the name it ends.
  return name(i - 1) || (!/['’]s$/u.test(word) && name(i + 1));
}

/** A city's own people and bodies: after a capital's name they speak for the city, not its state. */
const LOCAL_NOUNS = new Set('police officers detectives prosecutor prosecutors mayor mayors family families residents fire firefighters council councillors councilors city municipal metropolitan metro transit court courts judge sheriff'.split(' '));

/**
 * Whether a capital named in a subject is the city rather than its government: a local body follows it
 * ("D.C. police praised", "London's mayor welcomed"), or it is where the subject is ("the family of a
 * teenager killed in Ottawa"). A country's own name is left alone ("France's police" is rarer than
 * "Paris police", and a country's ministry speaks for it).
 */
function cityNotState(phrase: string, words: readonly string[], i: number, n: number): boolean {
  const bare = phrase.replace(/\.$/u, '');
  if (BODIES[bare.toLowerCase()] || countryOfWord(bare)) return false;
  const next = words[i + n]?.toLowerCase();
  if (next !== undefined && LOCAL_NOUNS.has(next)) return true;
  return words[i - 1] === 'in';
}

function actorOf(phrase: string): string | null {
  const body = BODIES[phrase.toLowerCase()];
  if (body) return body;
  // Only capitalised words name a state: "us" in "told us" is a pronoun.
  if (!/^\p{Lu}/u.test(phrase)) return null;
  const country = countryOfWord(phrase);
  if (country) return country;
  // A capital speaks for its government: "Seoul imposed", "Moscow vetoed".
  const city = lookupCity(phrase);
  return city && capitalOf(city.country) === city.name ? city.country : null;
}

/** The act as a profile key: "sanction:US", "statement:JP+KR+US>KP" (a statement on North Korea), "crime:". */
export function actKey(act: LeadAct): string {
  return `${act.kind}:${act.actors.join('+')}${act.objects.length ? `>${act.objects.join('+')}` : ''}`;
}

/**
 * Whether an article's lead act and every act the event's reports lead with are acts of other states
 * or bodies: sanctions, a statement or a launch is its state's own ("North Korea rejected" and "South
 * Korea designated", the statement of Tokyo, Seoul and Washington and Pyongyang's answer). One state's
 * acts may lead one event's reports in different words (the condemnation, the sanctions), so a shared
 * actor keeps the pair. So does an answer to the other side's act alone ("the Kremlin rejected the
 * sanctions imposed by the European Union" and the European Union's listings): a reaction is told
 * as part of the act it answers, while one that answers several states' acts ("rejected the sanctions
 * of the United States, the European Union and South Korea") is an event of its own. Council votes
 * are the exception: "the Security Council voted" and "Russia vetoed" are one meeting. Crimes say
 * nothing here: a shooting and its arrest are one incident.
 */
export function actsApart(article: string | null, event: readonly string[]): boolean {
  const mine = article ? stateAct(article) : null;
  if (!mine) return false;
  const theirs = event.map(stateAct).filter((a) => a !== null);
  return theirs.length > 0 && theirs.every((a) => !related(a, mine));
}

function related(a: LeadAct, b: LeadAct): boolean {
  return (a.kind === 'vote' && b.kind === 'vote') || a.actors.some((x) => b.actors.includes(x)) || answers(a, b) || answers(b, a) || unaddressed(a) || unaddressed(b);
}

/**
 * A statement that names no one it answers ("Tokyo condemned the launch", "Japan protested the missile
 * launch") may answer the other act alone, which keeps a reaction with its act: the rule cannot tell,
 * and a rule that rules pairs out abstains. It had set such a reaction apart from "North Korea fired two missiles".
 */
function unaddressed(act: LeadAct): boolean {
  return act.kind === 'statement' && act.objects.length === 0;
}

/** A statement on the other act's actors and no one else's. */
function answers(statement: LeadAct, act: LeadAct): boolean {
  return statement.objects.length > 0 && statement.objects.every((x) => act.actors.includes(x));
}

/**
 * Whether the later side of a pair, more than six days after the other, leads with a state's act
 * (sanctions, a statement, a vote, a launch) while the earlier side's reports lead with none: the act
 * answers the earlier story (the sanctions announced for a hospital hack thirteen days before it, a
 * minister's welcome of them) and is an event of its own, which its record lists as an earlier event
 * it refers to. The earlier story's own follow-ups (the arrest of its suspects, a hospital reopening)
 * lead with no state's act and still join it. Only sides more than six days apart: within a week a
 * government's first answer is often told as part of the story ("Estonia condemned the attack").
 */
export function answersEarlierStory(later: string | null, earlier: readonly string[]): boolean {
  return later !== null && stateAct(later) !== null && !earlier.some((a) => stateAct(a) !== null);
}

/** A profile key read back, when it is a state's act with its actors. */
function stateAct(key: string): LeadAct | null {
  const [kind, rest] = key.split(':') as [ActKind, string | undefined];
  const [actors, objects] = (rest ?? '').split('>');
  if (kind === 'crime' || !actors) return null;
  return { kind, actors: actors.split('+'), objects: objects ? objects.split('+') : [] };
}
