/**
 * Earlier events an article refers to ("a follow-up to ... their summit at Camp David in August"): a
 * date well before the reported event, next to an event word. The sentence is kept so consolidation
 * can tell the people of the earlier event from the people of this one.
 */
import type { DaySpan, Entity, RelatedMention, Span, Timex } from '../model/types.js';
import { countedBackEvents } from './counted-back.js';
import { describeDoneBeforeDate } from './done-before-date.js';
import { endsWithSum } from './money-sum.js';
import { pastSpan } from './past-span.js';
import { describeTheftBeforeDate } from './theft-before-date.js';
import { productNotPlace } from './product-not-place.js';
import { victimBeforeDate } from './victim-before-date.js';
import { placeAfterAct } from './place-after-act.js';
import { describeCourtStepBeforeDate } from './court-step-before-date.js';
import { appealedStepMonth } from './appealed-step.js';
import { describeAssetDamage } from './asset-damage.js';
import { describeMeetingBeforeDate } from './met-before-date.js';
import { WEEKDAYS_AND_MONTHS } from './entities/lexicon.js';
import { countryOfDemonym, lookupCity, lookupCountry } from './gazetteer/places.js';
import { describeWhoseAct, isWhoseSubject } from './whose-act.js';
import { listedVictimActs } from './listed-victims.js';

/** The nouns an earlier event is told by (also the words a stored event answers with: consolidate/related.ts). */
export const NOUNS = 'joint statement|joint declaration|earthquakes|quakes|summit|meeting|talks|conference|agreement|accord|deal|treaty|attack|attacks|cyberattack|cyberattacks|intrusion|hack|hacks|breach|theft|heist|indictment|charges|election|elections|visit|launch|strike|strikes|test|tests|drill|drills|exercise|exercises|war|invasion|shooting|bombing|massacre|earthquake|quake|aftershock|aftershocks|tsunami|typhoon|cyclone|landslide|eruption|wildfire|blast|coup|riots|explosion|crash|fire|flood|floods|hurricane|outage|leak|protest|protests|sanctions|ceasefire|session|forum|dialogue|vote|referendum|run-off|runoff|inauguration|raid|arrest|ruling|verdict|trial|incident|operation|seizure|ramming|hijacking|shelling|airstrike|airstrikes|outbreak|closure|reopening|declaration|state of emergency|public health emergency|national emergency|lockdown|curfew|blackout|damage';
const EVENT_NOUN = new RegExp(String.raw`\b(${NOUNS})\b`, 'gi');
/**
 * The event right after its date: "the June 4 ransomware attack on Meridian Health", "the 2022 hack of
 * Ronin Network", "last month's US sanctions", "last month's U.S. sanctions" (an abbreviation's full
 * stops are part of its word). Up to two words may stand between, or a body's name of three capitalised words
 * ("Thursday's UN Security Council meeting").
 */
const NOUN_AFTER_DATE = new RegExp(String.raw`^(?:['’]s)?\s+((?:(?:\p{Lu}\.){2,}\s+|(?!(?:after|before|following|when|while|since|until|as|and|but|or|amid|during|with|in|on|at|by)\s)[\p{L}-]+\s+){0,2}?|(?:\p{Lu}[\p{L}-]*\s+){3})(${NOUNS})\b`, 'u');
/**
 * The event, what was done and where, right before its date: "the ceasefire signed in Doha last week",
 * "the deal reached on Friday", "the indictment unsealed on March 12" (charges and sanctions are told by
 * their legal acts as meetings are by theirs).
 */
const NOUN_DONE_BEFORE_DATE = new RegExp(String.raw`\b(?:${NOUNS})\s+(?:was\s+|were\s+)?(?:signed|agreed|reached|brokered|struck|sealed|held|announced|concluded|launched|carried out|unsealed|filed|imposed|issued|handed down)\s+(?:(?:in|at)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?\s+)?(?:on\s+)?$`, 'u');
/** What the event was done to or at, after its noun: "on Meridian Health", "of Ronin Network", "(damage) to Orsa Link". */
const OBJECT_AFTER = /^\s+(on|of|against|at|in|targeting|to)\s+(?:the\s+)?/;
const EVENT_VERB = /\b(was|were|had been|has been)\s+(launched|founded|established|created|set up|formed|held|signed|attacked|hacked|elected|announced|opened|introduced|built|completed|damaged|destroyed|hit|struck|adopted|passed|approved|arrested|killed|declared|lifted|imposed|closed|reopened|suspended|resumed)\b/gi;

/** Right after a date, the next item of a list: "on October 5 and the drone strike", "on May 2, the raid", "in May and for a breach". */
const LIST_GOES_ON = /^\s*(?:,\s*(?:and\s+)?|;\s*|\s+and\s+|\s+as\s+well\s+as\s+)(?:(?:for|of|over|on|against|to|with)\s+)?(?:the|a|an|its|their|last)\b/i;

/** A date of a day ("2026-11-10"), not a month, a week or a year. */
const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** Days by which a date must precede the event to count as an earlier event. */
const EARLIER_BY_DAYS = 14;
/** Days by which an attack a state's answer names must precede the answer: more than a day (a misread date is no earlier event). */
const ANSWERED_EARLIER_BY_DAYS = 1;
/** What a state's answer answers: an attack, a theft, a launch, not another answer. */
const ANSWERED = /\b(?:attacks?|cyberattacks?|intrusion|hacks?|breach|theft|heist|shooting|bombing|massacre|strikes?|launch|test|blast|explosion|raid|invasion|coup)\b/i;
/**
 * The same, where the event's noun comes right after its date ("last week's summit", "the May 3 attack
 * on"): the words say an event of that day is meant, so a week is enough; within a few days an article
 * often names its own event so ("Monday's attack").
 */
const NAMED_EARLIER_BY_DAYS = 7;

/**
 * `answering`: the article leads with a state's answer to something (sanctions, a condemnation, an
 * attribution: cluster/lead-act.ts). Its own event is that act, so an attack it names by an earlier
 * day is an earlier event however near ("the attack that shut down the hospital on Nov. 10", thirteen
 * days before the sanctions), and so is one of its own month ("citing this month's attack on the
 * hospital"), which for any other report may be its own event.
 */
export function findRelated(body: string, sentences: readonly Span[], timexes: readonly Timex[], eventDate: string | null, entities: readonly Entity[], answering = false): RelatedMention[] {
  if (!eventDate) return [];
  const related: RelatedMention[] = [];
  for (const read of timexes) {
    if (read.type !== 'DATE') continue;
    const sentence = sentences.find((s) => s.start <= read.start && read.end <= s.end);
    if (!sentence) continue;
    const before = body.slice(Math.max(sentence.start, read.start - 120), read.start);
    // "would appeal the jury's verdict in March": a step before the appeal, read as next March (appealed-step.ts).
    const appealed = appealedStepMonth(before, read.value, eventDate);
    const timex = appealed ? { ...read, value: appealed } : read;
    const named = NOUN_AFTER_DATE.test(body.slice(timex.end, Math.min(sentence.end, timex.end + 60))) || NOUN_DONE_BEFORE_DATE.test(before.slice(-80)) || describeDoneBeforeDate(before) !== null;
    // "last weekend", "last week", "earlier this month": the days it covers bound the stored event a
    // link may go to (past-span.ts), so that however near the event's own day, a stored event of those
    // days that answers it is another event; unlinked, such a mention is dropped (near).
    const span = pastSpan(timex, eventDate);
    if (span) {
      const mention = spanMention(body, sentence, timex, timexes, entities, eventDate, span, named, answering);
      if (mention) related.push(mention);
      // "Hollowmoth attacked a hospital trust in Gloucester, England, and a hospital in Bruges, Belgium,
      // earlier this month": one earlier act per victim (listed-victims.ts).
      else {
        const near = !isEarlier(span.from, eventDate, EARLIER_BY_DAYS);
        for (const description of listedVictimActs(body.slice(sentence.start, timex.start), sentence.start, entities)) {
          related.push({ description, date: span.from.slice(0, 7), span, sentence: body.slice(sentence.start, sentence.end), start: sentence.start, end: sentence.end, ...(near ? { near: true as const } : {}) });
        }
      }
      continue;
    }
    const ownMonth = answering && timex.value.length === 7 && eventDate.startsWith(timex.value);
    // A day of its own before the event's, nearer than the rule allows: another event only if a stored
    // one of that day answers it (consolidation links it or drops it), since the date alone cannot tell
    // it from the article's own event told on a misread day.
    // (A whole week before it, "last week", is read above as a span of days.)
    const near = !answering && !ownMonth && DAY.test(timex.value) && !isEarlier(timex.value, eventDate, named ? NAMED_EARLIER_BY_DAYS : EARLIER_BY_DAYS) && isEarlier(timex.value, eventDate, 0);
    if (!ownMonth && !near && !isEarlier(timex.value, eventDate, answering ? ANSWERED_EARLIER_BY_DAYS : named ? NAMED_EARLIER_BY_DAYS : EARLIER_BY_DAYS)) continue;
    // "its leak site lists 41 victims since February": the start of a span of time, not an event's day
    // (but "since the March 3 breach" names one).
    if (!named && /\bsince\s+(?:early\s+|late\s+|mid-?)?$/i.test(body.slice(Math.max(sentence.start, timex.start - 16), timex.start))) continue;
    // A date earlier in the sentence that a list goes on from closes another event's phrase: "the seizure
    // of a vessel in the Gulf of Thailand on October 5 and the drone strike on a border post on October 19"
    // gives the strike no gulf (the two had become one "Strike in Gulf of Thailand"). Only a list: in
    // "Tulsa officers said Monday they had arrested the man accused of wounding five in North Tulsa
    // late in November" the town before "Monday" is the arrest's and the shooting's alike.
    const previous = timexes.filter((t) => t.type === 'DATE' && t.end <= timex.start && t.start >= sentence.start && LIST_GOES_ON.test(body.slice(t.end, timex.start))).reduce((end, t) => Math.max(end, t.end), sentence.start);
    const description = describe(body, sentence, timex, entities, answering, previous);
    if (!description) continue;
    // What an answer answers is an attack or the like: "this month's sanctions" in a report of sanctions may be its own.
    if ((answering && !isEarlier(timex.value, eventDate, NAMED_EARLIER_BY_DAYS)) && !ANSWERED.test(description)) continue;
    related.push({ description, date: calendarValue(timex.value), sentence: body.slice(sentence.start, sentence.end), start: sentence.start, end: sentence.end, ...(near ? { near: true as const } : {}) });
  }
  // "four days after it launched a ballistic missile": an earlier event days before, with no date written.
  for (const counted of countedBackEvents(body, sentences, timexes, eventDate)) {
    if (related.some((r) => r.date === counted.date)) continue;
    const description = describeAct(counted.clause, body, counted, entities);
    related.push({ description, date: counted.date, sentence: body.slice(counted.start, counted.end), start: counted.start, end: counted.end });
  }
  return related;
}

/** An ISO week ("2026-W42": "last week"), not its weekend. */
const WHOLE_WEEK = /^\d{4}-W\d{2}$/;
/** "earlier this week": the days before the event's own, which no report tells as its own event. */
const EARLIER_IN = /^earlier\b/i;
/** A public body's act as an earlier event is described: a crossing closed or reopened, an emergency, a curfew. */
const WEEK_ACT = /\b(?:closure|reopening|declaration|emergency|lockdown|curfew|outbreak)\b/i;

/** An event noun anywhere in a description. */
const HAS_EVENT_NOUN = new RegExp(String.raw`\b(?:${NOUNS})\b`, 'i');

/**
 * A mention dated by a span of days just past (past-span.ts): its description must name an event
 * ("last week" alone says only when); dated by the span's first month, bounded by its days.
 */
function spanMention(body: string, sentence: Span, timex: Timex, timexes: readonly Timex[], entities: readonly Entity[], eventDate: string, span: DaySpan, named: boolean, answering: boolean): RelatedMention | null {
  // "offline since last week": the start of a stretch of time, not an event's days.
  if (!named && /\bsince\s+(?:early\s+|late\s+|mid-?)?$/i.test(body.slice(Math.max(sentence.start, timex.start - 16), timex.start))) return null;
  const previous = timexes.filter((t) => t.type === 'DATE' && t.end <= timex.start && t.start >= sentence.start && LIST_GOES_ON.test(body.slice(t.end, timex.start))).reduce((end, t) => Math.max(end, t.end), sentence.start);
  const told = describe(body, sentence, timex, entities, answering, previous);
  // "the attack on Corvex last week": the act and whom it was done to (victim-before-date.ts), where
  // the description lacks the victim (the tagger may read a firm as a person).
  const victim = victimBeforeDate(body.slice(Math.max(sentence.start, previous, timex.start - 120), timex.start));
  const description = victim && (!told || !told.includes(victim.victim)) ? victim.description : told;
  if (!description || !HAS_EVENT_NOUN.test(description)) return null;
  // A crime report's "the shooting last week" is most often its own incident, dated by a later step
  // (an arrest, a funeral): a whole week is taken where the noun follows it ("last week's breach"),
  // where it names a public body's act, or whom the act was done to ("the attack on Corvex last week").
  // A weekend or "earlier this month" is no such loose aside.
  if (WHOLE_WEEK.test(timex.value) && !EARLIER_IN.test(timex.text) && !named && !WEEK_ACT.test(description) && !victim) return null;
  // What a state's answer names this near is what it answers, not another answer (ANSWERED).
  if (answering && !ANSWERED.test(description)) return null;
  // Far enough by its first day, as a week always was by its Monday.
  const near = !isEarlier(span.from, eventDate, named ? NAMED_EARLIER_BY_DAYS : EARLIER_BY_DAYS);
  return { description, date: span.from.slice(0, 7), span, sentence: body.slice(sentence.start, sentence.end), start: sentence.start, end: sentence.end, ...(near ? { near: true as const } : {}) };
}

/** The noun of an act told by its verb ("launched" -> "launch"). */
const ACT_NOUNS: Record<string, string> = {
  fired: 'launch', launched: 'launch', 'test-fired': 'launch', tested: 'test', attacked: 'attack', struck: 'strike', hit: 'strike',
  bombed: 'bombing', shelled: 'shelling', shot: 'shooting', killed: 'killing', stabbed: 'stabbing', exploded: 'explosion',
  erupted: 'eruption', crashed: 'crash', collapsed: 'collapse', hacked: 'breach', breached: 'breach', 'broke into': 'breach',
  seized: 'seizure', stormed: 'storming', raided: 'raid', invaded: 'invasion', kidnapped: 'kidnapping',
};
const ACT = new RegExp(String.raw`\b(${Object.keys(ACT_NOUNS).join('|')})\b`, 'i');
/** What was launched, when the clause names it: "a ballistic missile", "two cruise missiles". */
const LAUNCHED_THING = /^\s+(?:(?:a|an|the|its|two|three|four|five|several|\d+)\s+)?((?:[\p{L}-]+\s+){0,2}?(?:missiles?|rockets?|satellites?|ICBMs?|drones?))\b/iu;

/** "it launched a ballistic missile" -> "Ballistic missile launch"; "a drone attack on Odesa" -> "Drone attack on Odesa". */
function describeAct(clause: string, body: string, at: { start: number; end: number }, entities: readonly Entity[]): string {
  const noun = /\ba\s+((?:[\p{L}-]+\s+){0,2}?(?:launch|test|attack|strike|shooting|bombing|blast|explosion|quake|earthquake|hack|breach|raid|crash)\b(?:\s+(?:on|in|at|of)\s+\p{Lu}[\p{L}-]*)?)/u.exec(clause);
  if (noun) return capitalise(noun[1]!);
  const verb = ACT.exec(clause);
  if (!verb) return 'Earlier event';
  const act = ACT_NOUNS[verb[1]!.toLowerCase()]!;
  const thing = act === 'launch' ? LAUNCHED_THING.exec(clause.slice(verb.index + verb[0].length)) : null;
  // "an ICBM" -> "ICBM launch": an acronym keeps its capitals, as the text writes it.
  if (thing) return capitalise(`${thing[1]!.replace(/s$/, '').split(' ').map((w) => (/^\p{Lu}{2,}$/u.test(w) ? w : w.toLowerCase())).join(' ')} ${act}`);
  const clauseStart = body.indexOf(clause, at.start);
  const place = entities.find((e) => e.type === 'location' && clauseStart >= 0 && e.start >= clauseStart && e.end <= clauseStart + clause.length && !productNotPlace(body, e));
  return capitalise(place ? `${act} in ${place.text}` : act);
}

/**
 * Whether a date lies before the event by more than `days`: a year or month by its late days, an ISO
 * week ("last week": 2024-W33) by its Monday.
 */
export function isEarlier(value: string, eventDate: string, days = EARLIER_BY_DAYS): boolean {
  const event = Date.parse(`${eventDate.slice(0, 10)}T00:00:00Z`);
  const week = /^(\d{4})-W(\d{2})$/.exec(value);
  if (week) return event - weekMonday(+week[1]!, +week[2]!) > days * 86400000;
  if (!/^\d{4}(-\d{2})?(-\d{2})?$/.test(value)) return false;
  // A month or a year before the event's own ("last month's sanctions" on March 4) names no day of
  // this event, however near its end lies.
  if (value.length < 10) return value < eventDate.slice(0, value.length);
  const start = Date.parse(`${value}${value.length === 4 ? '-12-31' : value.length === 7 ? '-28' : ''}T00:00:00Z`);
  return event - start > days * 86400000;
}

/** A week as the month its Monday is in ("2024-W33": "2024-08"): records give years, months and days, and stored events are found by a date's prefix. */
function calendarValue(value: string): string {
  const week = /^(\d{4})-W(\d{2})$/.exec(value);
  return week ? new Date(weekMonday(+week[1]!, +week[2]!)).toISOString().slice(0, 7) : value;
}

/** The Monday of an ISO week, in milliseconds: week 1 holds January 4. */
function weekMonday(year: number, week: number): number {
  const jan4 = Date.UTC(year, 0, 4);
  const weekday = (new Date(jan4).getUTCDay() + 6) % 7;
  return jan4 - weekday * 86400000 + (week - 1) * 7 * 86400000;
}

/** The event word right after the date, else the nearest before it, with the place or name that qualifies it. */
/**
 * `wholeSentence`: the event noun may lie before the clause of the date ("accusing them of the attack
 * that shut down the hospital on Nov. 10"), as in a state's answer, which names the attack it answers.
 */
function describe(body: string, sentence: Span, timex: Timex, entities: readonly Entity[], wholeSentence = false, previousDateEnd = sentence.start): string | null {
  const following = NOUN_AFTER_DATE.exec(body.slice(timex.end, Math.min(sentence.end, timex.end + 60)));
  if (following) {
    const nounEnd = timex.end + following[0].length;
    return capitalise(`${following[1]}${following[2]}${objectAfter(body, nounEnd, sentence, entities)}`);
  }
  const doneTo = describeDoneTo(body.slice(sentence.start, timex.start));
  if (doneTo) return doneTo;
  // "whose anchor damaged the Orsa Link cable on November 16", "ministers who met in Vienna on Tuesday" (asset-damage.ts, met-before-date.ts).
  const damage = describeAssetDamage(body.slice(sentence.start, timex.start)) ?? describeMeetingBeforeDate(body.slice(sentence.start, timex.start));
  if (damage) return damage;
  const step = describeCourtStepBeforeDate(body.slice(sentence.start, timex.start));
  if (step) return step;
  const policy = describeDoneBeforeDate(body.slice(Math.max(sentence.start, timex.start - 120), timex.start));
  if (policy) return policy;
  const clauseStart = clauseStartBefore(body, sentence.start, timex.start);
  // "the attack that shut down Haapsalu water works on Sept. 8": the clause tells the act of the noun before it.
  const told = RELATIVE_TO_NOUN.exec(body.slice(sentence.start, clauseStart));
  const inClause = describeBefore(body, sentence, timex, entities, clauseStart, previousDateEnd) ?? (told ? describeBefore(body, sentence, timex, entities, sentence.start + told.index, previousDateEnd) : null);
  return inClause ?? (wholeSentence ? describeBefore(body, sentence, timex, entities, sentence.start, previousDateEnd) : null) ?? describeTheftBeforeDate(body.slice(Math.max(sentence.start, previousDateEnd), timex.start));
}

/** An event noun and the relative pronoun of the clause that tells its act, ending the text. */
const RELATIVE_TO_NOUN = new RegExp(String.raw`\b(?:${NOUNS})\s+(?:that|which)\s+$`, 'i');

/** Acts told by an active verb with what they were done to, as their noun and its preposition. */
const DONE_TO: Readonly<Record<string, string>> = {
  hit: 'attack on', attacked: 'attack on', targeted: 'attack on', struck: 'strike on', breached: 'breach of', hacked: 'hack of',
  bombed: 'bombing of', raided: 'raid on', shelled: 'shelling of', stormed: 'storming of', invaded: 'invasion of',
  // A state's acts on a crossing or a port it holds: "Zimbabwe, which closed its Chirundu crossing last week".
  closed: 'closure of', shut: 'closure of', sealed: 'closure of', reopened: 'reopening of',
  // A ship taken: "the militia, which seized the container ship Corran Bay on Monday".
  seized: 'seizure of', hijacked: 'hijacking of',
};
/** A ship's kind between the article and its name ("seized the container ship Corran Bay"): a name still follows. */
const HULL_KIND = String.raw`(?:(?:container|cargo|bulk|merchant|chemical|oil|product)\s+)?(?:ships?|vessels?|tankers?|carriers?|freighters?|trawlers?|dhows?|ferr(?:y|ies)|yachts?)\s+`;
/** Words that end a target's name: what follows is the act's manner, time or another clause. */
const TARGET_STOP = String.raw`(?:in|on|at|during|with|for|from|by|and|or|but|after|before|last|this|early|late|since|as|when|while|to|into|than|then|again)`;
/**
 * A subject's act, its verb in the past, what it was done to, right before the date: "the same group
 * hit Pärnu city council in March", "hackers breached the Ministry of Finance on Oct. 2". What it was
 * done to starts with a capital ("hit a record in March", "struck a deal last year" are no attacks);
 * the word before the verb is its subject, not an article ("a hit Netflix show"), an auxiliary of the
 * passive or a verb that looks ahead ("plans to hit").
 */
const DONE_TO_BEFORE_DATE = new RegExp(String.raw`(?<![\p{L}\d'’-])([\p{L}\d'’-]+)\s+(${Object.keys(DONE_TO).join('|')})\s+(?:(?:the|its|their)\s+)?(?:(?<=(?:seized|hijacked)\s+(?:the\s+)?)${HULL_KIND})?(\p{Lu}[\p{L}\d'’&.-]*(?:\s+(?!${TARGET_STOP}\s)[\p{L}\d'’&-]+){0,4}?)\s+(?:(?:in|on|at|during)\s+)?$`, 'u');
const NOT_A_SUBJECT = /^(?:a|an|the|was|were|is|are|be|been|being|to|will|would|could|might|may|can|should|must|not|never|and|or)$/i;

/** "the same group hit Pärnu city council in " -> "Attack on Pärnu city council"; null where no such act ends the text. */
export function describeDoneTo(before: string): string | null {
  const m = DONE_TO_BEFORE_DATE.exec(before);
  if (!m || NOT_A_SUBJECT.test(m[1]!)) return null;
  const verb = m[2]!.toLowerCase();
  // "the earthquake that struck Japan in 2011": the event is the noun whose act the clause tells.
  const subject = m[1]!.toLowerCase();
  if (subject === 'that' || subject === 'which') {
    const noun = new RegExp(String.raw`\b(${NOUNS})\s+${subject}$`, 'i').exec(before.slice(0, m.index + m[1]!.length));
    if (noun) return capitalise(`${noun[1]!.toLowerCase()} that ${verb} ${m[3]}`);
  }
  return capitalise(`${DONE_TO[verb]} ${m[3]}`);
}

/** The event word nearest before the date, from `clauseStart` on, with the place or name that qualifies it. */
/** `previousDateEnd`: where the sentence's last date before this one ends; a place before it is another event's. */
function describeBefore(body: string, sentence: Span, timex: Timex, entities: readonly Entity[], clauseStart: number, previousDateEnd = sentence.start): string | null {
  const clause = body.slice(clauseStart, timex.start);
  let noun: RegExpExecArray | null = null;
  for (const m of clause.matchAll(EVENT_NOUN)) noun = m;
  let verb: RegExpExecArray | null = null;
  for (const m of clause.matchAll(EVENT_VERB)) verb = m;
  // "Herat, which was hit by a series of deadly earthquakes": a relative pronoun names no subject.
  const subjectless = verb !== null && /(?:^|\s)(?:which|that|who|it|they)\s+$/i.test(clause.slice(0, verb.index!));
  // "the trust, whose hospitals were hit on March 2": the act was done to the name (whose-act.ts).
  if (verb && isWhoseSubject(clause.slice(0, verb.index!))) return describeWhoseAct(body.slice(sentence.start, clauseStart), verb[2]!);
  if (verb && !subjectless && (!noun || verb.index! > noun.index!)) {
    // "The task force was set up in December" -> "task force set up".
    const subject = clause.slice(0, verb.index!).trim().replace(/^(?:the|a|an|and|but|as)\s+/i, '');
    // "... in the region since the Balticconnector pipeline was damaged": a conjunction and an article
    // among the last words open the subject's clause, and are no words of it.
    const words = subject.split(/\s+/).slice(-4).join(' ').replace(/^(?:.*\s)?(?:since|after|before|when|until|following|as)\s+(?:(?:the|a|an)\s+)?/i, '');
    return capitalise(`${words} ${verb[2]}`.trim());
  }
  if (!noun) return null;
  // "more than 600 attempted attacks last year": a count of events is a tally, not an earlier event.
  // A sum of money is no count: "the $212 million theft in February" is one theft (money-sum.ts).
  const beforeNoun = clause.slice(0, noun.index!);
  if (!endsWithSum(beforeNoun) && /(?:\d[\d,]*|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozens?|hundreds?|thousands?))\s+(?:[\p{L}-]+\s+)?$/iu.test(beforeNoun)) return null;
  const nounStart = clauseStart + noun.index!;
  // Whose act it was, written as a possessive right before the noun: "Rhysida's attacks" (not "attacks in
  // Rhysida": a group or a person is no place the act happened in).
  // A day's or a month's is when, not whose ("Sunday's bombing in Kandahar" is a bombing in Kandahar),
  // and a place's is where ("Beirut's explosion" is the explosion in Beirut).
  const possessive = /(\p{Lu}[\p{L}\d&.-]*(?:\s+\p{Lu}[\p{L}\d&.-]*){0,3})['’]s\s+$/u.exec(clause.slice(0, noun.index!));
  // By the gazetteer, not the tagger's label: the tagger reads an unfamiliar group's name as a place too.
  const placeOwner = possessive !== null && (lookupCountry(possessive[1]!) !== null || lookupCity(possessive[1]!) !== null);
  const owner = possessive && !placeOwner && !possessive[1]!.split(/\s+/).some((w) => WEEKDAYS_AND_MONTHS.has(w.toLowerCase())) ? possessive : null;
  const ownerStart = owner ? clauseStart + owner.index! : -1;
  // A dateline's town is where the report was filed, not where the earlier act was ("LUSAKA -- Zambia on
  // Friday lifted the emergency it declared on October 14": the emergency was no town's).
  const filedAt = Math.max(sentence.start, previousDateEnd, sentence.start === 0 || body.slice(0, sentence.start).trim() === '' ? datelineEnd(body) : 0);
  const near = entities.filter((e) => (e.type === 'location' || e.type === 'organization') && e.end <= timex.start + 40 && Math.abs(e.start - nounStart) <= 60 && e.start >= filedAt && e.end <= sentence.end && !countryOfDemonym(e.text) && (ownerStart < 0 || e.end <= ownerStart || e.start >= nounStart));
  const modifier = /([\p{L}-]+)\s+$/u.exec(clause.slice(0, noun.index!))?.[1];
  const adjective = modifier && /^(landmark|historic|trilateral|bilateral|first|second|previous|last|annual|emergency|virtual|joint|summit|leaders)$/i.test(modifier) ? `${modifier} ` : '';
  // "the sanctions announced last week by the US Treasury": a body after "by" is who acted, not where,
  // and names the act better than the town of whoever tells of it.
  const agent = near.find((e) => e.type === 'organization' && e.start > nounStart && /\bby\s+(?:the\s+)?$/i.test(body.slice(nounStart, e.start)));
  // Other than the agent, a body is no place the act happened in: "the theft in February that the
  // police blamed on a gang" was no theft in the police.
  // "a flaw in Quillby Sync", "the Marrow exchange": a product or a firm the tagger read as a place (product-not-place.ts).
  const places = near.filter((e) => (e.type === 'location' || e.subtype === 'facility') && !productNotPlace(body, e));
  const place = agent ?? placeAfterAct(body, nounStart + noun[0].length, places) ?? places.find((e) => e.subtype === 'facility' || e.subtype === 'city') ?? places[0];
  const preposition = agent ? 'by' : place?.subtype === 'facility' ? 'at' : 'in';
  const act = owner ? `${owner[1]}'s ${noun[0]}` : `${adjective}${noun[0]}`;
  const description = place ? `${act} ${preposition} ${place.text}` : act;
  return capitalise(description);
}

/** " of Ronin Network" when a name starts right after the noun and its preposition; else nothing. */
function objectAfter(body: string, at: number, sentence: Span, entities: readonly Entity[]): string {
  const link = OBJECT_AFTER.exec(body.slice(at, sentence.end));
  if (!link) return '';
  const target = entities.find((e) => e.start === at + link[0].length && e.end <= sentence.end);
  if (target) return ` ${link[1]} ${target.text}`;
  // A name the recogniser did not mark: up to three capitalised or alphanumeric words ("3CX").
  const name = /^(?:[\p{Lu}\d][\p{L}\d&.-]*)(?:\s+[\p{Lu}][\p{L}\d&.-]*){0,2}/u.exec(body.slice(at + link[0].length, sentence.end))?.[0]?.replace(/[.]$/, '');
  return name && /\p{L}/u.test(name) ? ` ${link[1]} ${name}` : '';
}

/** A dateline opening a report: a town (in capitals or not), its date or wire in brackets, then a dash ("LUSAKA --", "Tarvos, 3 May (Wire) -"). */
const LEAD_DATELINE = /^\s*\p{Lu}[\p{L}'’.]*(?:\s+\p{Lu}[\p{L}'’.]*){0,2}(?:,\s*[^\n,()–—-]{1,30})?\s*(?:\([^)\n]{1,30}\)\s*)?(?:--?|[–—])\s+/u;

/** Where the report's opening dateline ends, or 0 where it has none. */
function datelineEnd(body: string): number {
  return LEAD_DATELINE.exec(body)?.[0].length ?? 0;
}

function clauseStartBefore(body: string, sentenceStart: number, at: number): number {
  const text = body.slice(sentenceStart, at);
  let cut = 0;
  for (const m of text.matchAll(/,\s+|;\s+|\s+(?:that|which|as a follow-up to|as a follow up to|after|following)\s+/gi)) {
    // Keep at least a few words before the date.
    if (text.length - (m.index! + m[0].length) > 12) cut = m.index! + m[0].length;
  }
  return sentenceStart + cut;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
