/**
 * The date of the reported event: among the day-precise dates not after the article's publication and
 * not long before it (older dates belong to earlier events), the one in a sentence that reports the
 * event, early in the article, rather than its aftermath ("arrested Tuesday", "said Sunday", "searched on
 * Thursday after a boy was shot"); on a tie the earlier day of one sentence, else the first date. Whether the article wrote
 * the date out (stated) or it was worked out from "on Friday" (inferred) is kept with the evidence.
 *
 * A follow-up (a hearing, a sentence, an arrest weeks later) often states the day of the incident it
 * follows ("sentenced Friday for killing a man on March 4, 2013", "charged over the May 25 shooting").
 * When the article's own recent days are only those of the aftermath or of sentences that tell of no
 * event (a news conference, an appeal), that stated incident day is the event's: the follow-up joins its incident, and the incident has one date.
 * So it is when the recent day's own sentence names the incident first ("jailed over the shooting of a boy
 * on April 12 died by suicide Wednesday"): its words of violence are the incident's.
 */
import type { DateEvidence, Span, Timex } from '../model/types.js';
import { DAY_WORDS, type ReferenceTime } from './timex.js';
import { utc } from '../util/dates.js';
import { withDaysAfterEvents } from './days-after.js';
import { withHolidayOffsets } from './holiday-offset.js';
import { withHolidayWeekendDays } from './holiday-weekend-day.js';
import { laterStepDay, plannedDay } from './planned-day.js';
import { effectiveDay } from './effect-day.js';
import { weekBackWeekday } from './week-back-weekday.js';
import { weatherForecast } from './weather-forecast.js';
import { insideQuotation } from './in-quotation.js';
import { lateIncidentDay, SAME_NOT_WEAPON } from './late-incident-day.js';
import { BACKGROUND_SINCE } from './own-since.js';
import { COMPARED_WITH } from './compared-with.js';
import { aboutRecentIncidents } from './recent-incidents.js';
import { figureChargedDay } from './figure-charged-day.js';
import { yearBack } from './year-back-incident.js';
import { aimedAtEarlierEvent, reactionToEarlierEvent } from './aimed-at-earlier.js';
import { actDayBeforeItsCause, AFTER_PUBLIC_ACT, causeOfDatedAct, publicActDay } from './act-day.js';
import { antecedentDay, inquiryIntoEarlier, overnightBeforeTelling, possessiveAfterOwnDay, relativeClauseDay, scheduleHours, takesEffectOn } from './back-reference-day.js';
import { disasterStruckOn, EARLIER_DISASTER_MIN_DAYS, leadDisasterDay, namesEarlierAccident, namesEarlierDisaster } from './earlier-disaster-day.js';
import { tollRoseOn } from './toll-rise-day.js';
import { countStartOn, previousCountOn } from './count-base-day.js';
import { tollDaysAfterDisaster } from './toll-days-after-disaster.js';
import { STUCK_SINCE_REACH, strandedSince } from './stuck-since.js';
import { countReferenceDay, periodEnd, reportLeads, reportPublished } from './report-day.js';
import { incidentOfDay } from './incident-of-day.js';
import { dayOfAfterClause } from './day-after-clause.js';
import { leadBeforePlan } from './lead-before-plan.js';
import { datedPublicEvent } from './dated-public-event.js';
import { attributedIntrusionDay, attributionLead } from './attributed-intrusion-day.js';

/** Meetings and votes an article may announce for a day ahead: the day is then the event's. */
const MEETING_WORDS = /\b(?:meet|meets|meeting|talks|summit|negotiations|state visit|will visit|referendum|election|elections|vote on|votes? on|polls|runoff|run-off|ballot|inauguration|sworn in)\b/i;
/** How far ahead an announced meeting may be. */
const PLANNED_DAYS = 30;
/** How far before publication a date may lie and still be the reported event. */
const WINDOW_DAYS = 10;

/** Words that tell the sentence reports the event itself ("was shot Saturday", "the quake struck", "two men pulled guns near 10:20 p.m. Saturday"). */
const EVENT_WORDS = /\b(shot|shoot(?:ing|ings)?|killed|kill(?:ing|s)?|stabb(?:ed|ing)|fired|died|dead|wounded|injured|attack(?:ed|s)?|explo(?:ded|sion)|crash(?:ed)?|struck|erupted|collapsed|met|meeting|talks|summit|signed|announced|launched|held|hit|broke out|occurred|happened|hack(?:ed|ers)?|breach(?:ed)?|intrusion|broke into|gained access|compromised|infiltrated|cyberattack|ransomware|malicious activity|encrypted|crippled|paraly[sz]ed|knocked (?:out|offline)|taken offline|outage|gunshot|gunfire|pulled\s+(?:out\s+)?(?:a\s+|an\s+|the\s+|his\s+|her\s+|their\s+)?(?:guns?|handguns?|pistols?|rifles?|shotguns?|weapons?|firearms?|knife|knives))\b/i;
const TIMESTAMP_CUE = /\b(?:posted|updated|published|last modified|first published)\s*(?:on\s+)?:?\s*$/i;
/**
 * A sentence about another incident than the article's own: "Detectives are also looking into a Sunday
 * night shooting", "two more shootings over the weekend", "in a separate incident", "a teenager
 * killed earlier this month", "another man died of gunshot wounds a few doors away just last week" (a report
 * tells its own incident by its day, not by the week it fell in). Its day is that incident's (or a later step's), so its words of violence
 * do not make it the event's. "many kids were shot by stray rounds in recent weeks" is one too, but only where
 * the recent weeks count other incidents or victims (recent-incidents.ts): "threatened the victim in
 * recent weeks before he shot him on Sunday" is the report's own.
 */
const OTHER_INCIDENT = /\b(?:also\s+(?:investigating|investigated|reported|looking\s+into|responded\s+to)|(?:(?:two|three|four|several)\s+)?(?:more|other)\s+(?:shootings|homicides|stabbings)|another\s+(?:shooting|incident|homicide|killing|stabbing|attack|case)|(?:a|an)\s+(?:separate|unrelated)\s+(?:shooting|incident|case|homicide|attack)|in\s+(?:a\s+)?(?:separate|unrelated)\s+(?:incidents?|cases?|shootings?)|separately,|earlier\s+this\s+(?:week|month|year)|last\s+(?:week|month)(?:['’]s\s+(?:shooting|homicide|killing|slaying|stabbing|attack)|(?!['’]s))|(?:latest|most\s+recent)\s+(?:[\w-]+\s+){0,2}(?:shooting|homicide|killing|slaying|stabbing|attack|incident|victim))\b/i;
/**
 * An update's or a bulletin's stamp: "UPDATE (8/14/25):", "UPDATE @ 7 a.m.:", "BREAKING (Thursday,
 * 3:47 p.m.):", "Update, 8:10 a.m. Sunday:", "UPDATE: 3:10 p.m.:", "Update-- March 16, 2025, 11:37 a.m.:".
 * The stamp's day is when the page changed, not when anything happened. Only the stamp's form: the word
 * capitalised, the date opened by a bracket, "@", a comma, a colon or a dash and closed by a colon
 * ("UPDATE: Sunday's shooting has claimed a second life" keeps Sunday; so does "the levee started
 * breaking Sunday").
 */
const STAMP_BEFORE = /(?<![\p{L}-])(?:UPDATE[SD]?|Update[sd]?|BREAKING(?: NEWS)?|Breaking(?: [Nn]ews)?)\s*(?:[(@,:]|--|—|–)\s*$/u;
const STAMP_AFTER = /^\)?\s*:/;

/** Whether a date is a page's timestamp or an update's stamp, left in scraped text. */
function isStamp(body: string, timex: Timex): boolean {
  const before = body.slice(Math.max(0, timex.start - 24), timex.start);
  if (TIMESTAMP_CUE.test(before)) return true;
  // The bracket may be read as part of the date ("(Thursday, 4:02 p.m.").
  const opened = body[timex.start] === '(' ? `${before}(` : before;
  return STAMP_BEFORE.test(opened) && STAMP_AFTER.test(body.slice(timex.end, timex.end + 4));
}
/**
 * A bare minutes-and-seconds figure that opens a line and is followed by a title ("3:09 Millennials ask:
 * ...", "1:17 Can marijuana cure ..."): scraped pages list videos by their length. A clock time in a
 * sentence has "a.m." or "p.m." or a day with it ("at 3:09 Sunday").
 */
function isDuration(body: string, timex: Timex): boolean {
  return timex.type === 'TIME' && /^\d{1,2}:\d{2}$/.test(timex.text) && /(?:^|\n)[ \t]*$/.test(body.slice(Math.max(0, timex.start - 8), timex.start)) && /^ +\p{Lu}/u.test(body.slice(timex.end, timex.end + 3));
}
/**
 * A photo's or a video's caption left in a scraped page's text: "Image 23 of 111 Mourners gather ...",
 * "Buy Photo The chief speaks to reporters June 2, 2024", "Skip in Skip x Embed x Share Neighbours light candles Oct. 4".
 * Its date is when the picture was taken (a vigil, a news conference, the scene the day after), so it
 * is weighed as a caption's (caption-date.ts), not as a date the story writes out.
 */
const BODY_CAPTION = /^\s*(?:Image\s+\d+\s+of\s+\d+|Buy\s+Photo|(?:Close\s+)?Skip\s+in\s+Skip\s+x\s+Embed\s+x\s+Share)\b/i;
/**
 * Words of what follows an event: an arrest, a hearing, a funeral are dated after it. "The chief announced
 * two arrests Thursday" tells a step as "arrested" does, and so do "turned himself in Thursday night",
 * "was behind bars Sunday morning" and a sentence's "received probation Thursday" (PROCEDURE_WORDS too).
 */
const AFTERMATH_WORDS = /\b(arrest(?:ed|s)?|apprehended|in custody|behind bars|turned (?:himself|herself|themselves) in|surrendered|charged|court|hearing|arraign(?:ed|ment)|sentenc(?:ed|ing)|probation|trial|indicted|pleaded|funeral|vigil|memorial|balloon release|candlelight|fundrais(?:er|ers|ing)|released from|identified|remains?|remained|(?:out of|in) (?:critical|serious|stable|fair|grave) condition)\b/i;
/**
 * How things stood on the day of writing, not when they began: "remained hospitalized Sunday", "it was
 * unclear Friday whether", "no word on his condition Tuesday night", "at a news conference
 * Monday". "Was hospitalized Sunday after an accidental shooting" is the incident's day and is not here.
 */
const STATE_OF_THINGS = String.raw`(?:remained|remains|still)\s+(?:hospitali[sz]ed|in\s+(?:the\s+)?hospital)|(?:was|is|were|are|remained|remains)\s+(?:still\s+)?(?:unclear|unknown|not\s+(?:available|known|clear|released))|(?:news|press)\s+conference`;
/**
 * "Police said Saturday", "Authorities Saturday said", "in critical condition Sunday", "arrested
 * Tuesday", "came through surgery Sunday", "authorities on Tuesday blamed APT29": right beside the date,
 * the day of a telling, a blame or the aftermath, not of the event. Only right beside it: "shot Thursday
 * night ... his spleen was removed in surgery" keeps Thursday. After the day also what was given or not
 * yet done on it ("police on Tuesday provided details", "had yet to identify") and a tribute ("wore
 * ribbons Tuesday in her honor"). A pledge is a telling too ("the sheriff pledged Tuesday to review the
 * rules", "vowed Sunday to find the gunman"): what is promised is still to come.
 */
const SAID_BEFORE = new RegExp(
  String.raw`\b(?:said|says|told|announced|reported|confirmed|pledged|vowed|promised|condition|custody|arrested|turned\s+(?:himself|herself|themselves)\s+in|surrendered|arraigned|booked|jailed|indicted|sentenced|convicted|detained|charged|identified|released|bond|bail|jail|surgery|autopsy\s+(?:was\s+)?(?:conducted|completed|performed)|${STATE_OF_THINGS})\s+(?:(?:later|earlier)\s+)?(?:on\s+)?(?:(?:early|late)\s+(?:on\s+)?)?$` +
    String.raw`|\b(?:funeral|services|vigil|memorial|visitation|wake)\b[^.]{0,40}\bheld\s+(?:on\s+)?$` +
    // A telling by release or to reporters: "said in a news release Wednesday", "met with reporters Wednesday
    // to talk about", "wrote about the case on its Facebook page Friday".
    // Things made public: "released photos Tuesday of two men", "released a composite sketch Monday", "a
    // police report released Monday", "a recording of the emergency call released Saturday".
    String.raw`|\breleased\s+(?:(?:a|an|the|his|her|their|its|more|new|two|three|several)\s+)?(?:[\w-]+\s+){0,2}?(?:photos?|pictures?|images?|sketch(?:es)?|video|footage|audio|recordings?|calls?|names?|identit(?:y|ies)|details|information|reports?|records|documents|affidavits?|cause\s+of\s+death)\s+(?:on\s+)?(?:(?:early|late)\s+(?:on\s+)?)?$` +
    String.raw`|\b(?:photos?|pictures?|images?|sketch|video|footage|audio|recordings?|calls?|reports?|records|documents|affidavits?|statement|complaint)\s+released\s+(?:by\s+(?:the\s+)?(?:[\w-]+\s+){1,3}?)?(?:on\s+)?(?:(?:early|late)\s+(?:on\s+)?)?$` +
    String.raw`|\b(?:in\s+a\s+(?:news\s+|press\s+)?(?:release|statement)|(?:met|spoke|talked)\s+(?:with|to)\s+reporters|on\s+(?:its|his|her|their)\s+Facebook\s+page)\s+(?:on\s+)?(?:(?:early|late)\s+(?:on\s+)?)?$` +
    // Two sides' blame for an incident is told about it, a day or more on: "blamed each other on Tuesday
    // for a collision", "traded accusations on Monday over the clash".
    String.raw`|\b(?:(?:blamed|accused)\s+(?:each\s+other|one\s+another)|traded\s+(?:blame|accusations|charges))\s+(?:on\s+)?(?:(?:early|late)\s+(?:on\s+)?)?$`,
  'i',
);
/**
 * The hunt or the inquiry that follows an incident, by those who search: "Officers were hunting late
 * Monday for the man who fired at a crowd", "Detectives in a lakeside village worked Sunday to
 * learn what set off ...". The day is the search's: the shooting the sentence names after it has no day
 * of its own there. Read over the day's clause, so the searchers may stand a few words before the verb.
 */
const SEARCH_BEFORE = /\b(?:police|officers|deputies|detectives|investigators|authorities|agents|troopers|officials)\b[^.;:,!?]{0,50}?\b(?:searching|searched|hunting|hunted|looking|investigating|worked|working|canvass(?:ed|ing)|scoured|scouring)\s+(?:on\s+)?(?:(?:early|late)\s+(?:on\s+)?)?$/i;
/**
 * "told KTVB Sunday", "told The Associated Press on Monday", "told reporters Friday": a telling to someone
 * named. Case matters: the names are capitalised and "told" is not, so a transcript in capitals ("WE
 * FIRST TOLD YOU ABOUT THIS SHOOTING LAST NIGHT") is not read as one.
 */
const TOLD_SOMEONE_BEFORE = /\btold\s+(?:reporters|(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}.&'’-]*|\d{1,2})(?:\s+(?:\p{Lu}[\p{L}.&'’-]*|\d{1,2})){0,3})\s+(?:on\s+)?(?:(?:early|late)\s+(?:on\s+)?)?$/u;
/** How far before a day the words of a telling are looked for: "told The Associated Press on Monday". */
const TOLD_REACH = 40;
const SAID_AFTER = /^\s*(?:said|says|announced|told|reported|blamed|accused|attributed|condemned|confirmed|warned|denied|identified|named|arrested|charged|detained|booked|indicted|released|provided|issued|shared|disclosed|revealed|declined|asked|urged|appealed|(?:had|has|have)\s+yet\s+to|(?:would|could|did)\s+not|in\s+(?:his|her|their)\s+(?:honou?r|memory))\b/i;
/**
 * A later step named by its day: "charged ... at his Saturday arraignment", "Monday's court hearing",
 * "at a Tuesday news conference", "Thursday's funeral". The day is that step's, as "arraigned Saturday"
 * is (SAID_BEFORE).
 */
const STEP_NAMED_AFTER = /^(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:arraignments?|(?:court\s+)?hearings?|court\s+appearances?|funerals?|vigils?|memorials?|(?:news|press)\s+conferences?|briefings?|sentencings?|bond\s+hearings?|visitations?)\b/i;
/**
 * Words that open a clause or phrase inside the lead: a day after them belongs to something the lead
 * refers to ("after its March 4 launch", "a day after Russia vetoed"), not to what its subject did.
 */
const LEAD_SUBORDINATE = /\b(?:after|following|follows?|followed|since|before|when|while|which|who|whose|that|because|as|until|than|amid|despite|ahead of)\b/i;

/**
 * Whether a day is the lead's own: "on" the day in the first sentence's main clause ("Russia on Friday
 * vetoed a draft", "North Korea vowed on March 17 to"). A lead of diplomacy or policy (a veto, a
 * sanction, a statement) names no violent act, so it would otherwise weigh no more than a later
 * sentence's background date ("the sanctions announced by the US Treasury on March 10").
 */
function leadDay(index: number, opening: string, timex: Timex): boolean {
  // A comma before a lower-case word opens another clause ("has won the election, results showed on
  // Monday"); commas in a list of names do not ("Chile, Peru and Bolivia on Saturday").
  // The subject comes first ("On Sunday, Tobin Quellmark went fishing" opens a narrative, not a report).
  return index === 0 && (timex.type === 'DATE' || DAY_WORDS.test(timex.text)) && /\p{L}[^\n]*\s+on\s+$/iu.test(opening.replace(LEAD_DATELINE, '')) && !LEAD_SUBORDINATE.test(opening) && !/,\s+\p{Ll}/u.test(opening.replace(LIST_COMMA, ' '));
}
/** A comma in a list of lower-case items ("shut down buses, the ferries and the port"): it opens no clause. */
const LIST_COMMA = /,(?=\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}[\p{L}-]*(?:,|\s+(?:and|or)\b))/gu;
/** A dateline or a label before the lead's subject: "BRUSSELS - ", "DISPUTE: ". */
const LEAD_DATELINE = /^[^\n]*?(?:\s[-–—]{1,2}\s|^\p{Lu}+:\s)/u;
/**
 * The police, investigators or a court as the lead's subject, or a death: a crime report's later step
 * ("Harbor City police on Monday gave out the names", "the teen passed on Tuesday"), not the event.
 * An official's "deputies" ("visa bans on the chairwoman and two of her deputies") are no sheriff's.
 */
const LEAD_NOT_AN_ACT = /\b(?:police|detectives?|investigators?|(?<!\b(?:his|her|their|its)\s)deputies|officers|sheriff|prosecutors?|court|judge|jail|passed|died|dies|death)\b/i;
/** How much a lead's own day weighs when its sentence has no event word: as much as one. */
const LEAD_BONUS = 3;
/**
 * A bare weekday (no month, no number) six days before another bare weekday of its sentence is the day
 * after it read back across the week ("shot Sunday ... in critical condition Monday morning" in a report
 * dated Sunday). Only that case: a wider gap between days of one sentence is often real and the earlier
 * day the incident's ("a man who died Thursday had been shot Saturday", "died March 13 ... shot March 9").
 */
const WRAPPED_DAYS = 6;
const BARE_WEEKDAY = /^(?!.*\d)(?=.*\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b).*$/is;
/**
 * The dead found on the day, told just before it: "the deaths, which were found Wednesday
 * afternoon", "the bodies were found late Saturday". A killing found after the fact is dated by its
 * finding; the day must follow the finding in its clause, not merely share a sentence with it ("where the
 * bodies were found" in a sentence dated by a news conference).
 */
const FOUND_BEFORE = /\b(?:bod(?:y|ies)|deaths?|victims?)\b[^.;]{0,30}?\b(?:was|were|been)\s+(?:found|discovered)\b[^.;,]{0,40}?\s(?:on\s+)?(?:(?:early|late)\s+(?:on\s+)?)?$/i;
/**
 * A day counted back by weeks ("a week ago", "two weeks ago"): a round figure, a day or two either way.
 * It weighs as a telling does, so a day the text names outright ("died February 21") wins over it.
 */
const WEEKS_AGO = /\bweeks?\s+ago\b/i;
const WEEKS_AGO_PENALTY = 2;
/** How much more a day weighs that the text ties to the incident ("the shooting happened Tuesday"). */
const TIED_BONUS = 3;
/** How much less a clock time weighs whose day no words named. */
const UNNAMED_PENALTY = 3;
/** A day told as one before or after another ("met with workers the following day"): never the incident's own day. */
const SHIFTED_DAY = /^(?:the|a)\s+(?:(?:very\s+)?(?:following|next|previous|prior)\s+day|day\s+(?:after|before|later|earlier))$/i;
/** How long before publication a follow-up's incident may lie: trials come years after. */
const INCIDENT_DAYS = 5 * 366;
/**
 * What an incident is called when its day is named as a modifier ("a May 25 shooting"); a follow-up on
 * charges often calls it only "the June 13 incident".
 */
const INCIDENT_NOUN_AFTER = /^\s*,?\s*(?:\d{4}\s*,?\s*)?(?:(?:fatal|deadly|double|triple|quadruple|drive-by|gang|mass|police|officer-involved|shooting|[a-z]+-related|accidental)\s+)*(?:shooting|shootings|shootout|shoot-out|gunfight|gun battle|stabbing|killing|killings|slaying|homicide|murders?|massacre|rampage|attack|crash|robbery|carjacking|fire|blaze|arson|explosion|blast|bombing|collision|derailment|cyberattack|hack|breach|heist|earthquake|quake|aftershock|landslide|mudslide|incident|(?:shooting\s+)?deaths?\s+of)\b/i;
/**
 * A day whose possessive names the vote or the incident: "won Sunday's parliamentary election", "after
 * Saturday's shooting", "detained after Monday's clash". The day is the event's, not that of the results or the statement around it.
 */
const POSSESSIVE_EVENT_AFTER = /^['’]s\s+(?:(?:parliamentary|presidential|general|legislative|local|regional|municipal|mayoral|snap|national|first-round|second-round|deadly|fatal|mass)\s+)*(?:elections?|vote|polls|referendum|runoff|run-off|ballot|shooting|stabbing|attack|bombing|blast|explosion|earthquake|quake|strike|crash|clash|clashes|collision|ramming|seizure|ambush|raid)\b/i;
/**
 * "Fired" or "firing" of a weapon: at or into something, a weapon or its rounds as the object or the
 * subject, or a shooter as the subject ("the gunman fired"; not "police fired the officer"). Not a dismissal ("the district fired teacher Ann Lee on Feb. 3",
 * "the firing of the inspector general"), which would date a lawsuit or a hearing by the day a job ended.
 */
const WEAPON = String.raw`(?:shots?|rounds?|gunshots?|bullets?|volleys?|guns?|handguns?|pistols?|rifles?|shotguns?|weapons?|firearms?|missiles?|rockets?|shells?|mortars?|grenades?|projectiles?|tear\s+gas)`;
const FIRED = String.raw`(?:fired|firing)\s+(?:at|into|upon|toward|towards|through|back\b|off\b|(?:(?:a|an|the|his|her|their|several|multiple|numerous|more|\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of)\s+)?(?:[\w-]+\s+){0,2}?${WEAPON}\b)` +
  String.raw`|\b${WEAPON}\s+(?:(?:were|was|had\s+been|have\s+been|being|been)\s+)?(?:fired|firing)` +
  String.raw`|\b(?:gunman|gunmen|shooters?|suspects?|assailants?|attackers?|someone)\s+(?:then\s+|allegedly\s+|also\s+)?(?:fired|began\s+firing|started\s+firing)`;
/**
 * A weapon that went off: "the gun discharged Wednesday", "a round was accidentally discharged",
 * "discharged his handgun". Not a patient sent home ("discharged Monday from the hospital").
 */
const DISCHARGED = String.raw`\b(?:${WEAPON}|it)\s+(?:(?:was|were|had|has|had\s+been|accidentally|then|allegedly|unintentionally)\s+){0,2}discharged|\bdischarged\s+(?:(?:a|an|the|his|her|their|one|two|three|several|multiple|\d{1,3})\s+)?(?:[\w-]+\s+)?${WEAPON}\b`;
/** "discharged Monday", a patient's: a telling of the aftermath, unless a weapon went off. */
const DISCHARGED_BEFORE = new RegExp(String.raw`\bdischarged\s+(?:on\s+)?(?:(?:early|late)\s+(?:on\s+)?)?$`, 'i');
const WEAPON_DISCHARGED_BEFORE = new RegExp(String.raw`\b${WEAPON}\s+(?:\w+\s+){0,2}discharged\s+(?:on\s+)?(?:(?:early|late)\s+(?:on\s+)?)?$`, 'i');
/**
 * Words of the incident itself near its day ("for killing Shane Moorcastle on March 4, 2013", "fired into the
 * store Oct. 8"). Not "died":
 * a death of illness is no incident ("his wife died on March 3, 2021, of cancer").
 */
const INCIDENT_WORDS = new RegExp(String.raw`\b(?:shot|shooting|shootings|shoot-?outs?|gunfights?|killed|killing|slain|slaying|stabbed|stabbing|ambushed|murdered|wounded|injured|gunned down|opened fire|${FIRED}|${DISCHARGED})\b`, 'i');
const WEAPON_DISCHARGED = new RegExp(DISCHARGED, 'i');

/** Whether the day follows a patient's discharge ("discharged Monday"), not a weapon's ("the gun discharged Monday"). */
function patientDischarged(body: string, start: number): boolean {
  return DISCHARGED_BEFORE.test(body.slice(Math.max(0, start - 24), start)) && !WEAPON_DISCHARGED_BEFORE.test(body.slice(Math.max(0, start - 60), start));
}
/**
 * "died Sunday", "died at the hospital the next day", "died from his wounds early Saturday", "was removed from a ventilator last Wednesday": the
 * day of a death from wounds, which comes after the shooting; the incident is dated by the shooting.
 */
const DIED_BEFORE = /\b(?:died(?:\s+(?:of|from)\s+(?:his|her|their|the)\s+(?:[\w-]+\s+)?(?:injuries|wounds?))?|passed\s+away|pronounced\s+dead(?:\s+at)?|succumbed(?:\s+to\s+(?:his|her|their)\s+(?:[\w-]+\s+)?(?:injuries|wounds?))?|(?:taken|removed)\s+off\s+life\s+support)\s+(?:(?:at|in)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:hospital|medical\s+center)\s+)?(?:on\s+)?(?:(?:early|late)\s+(?:on\s+)?)?$/i;
/** Days a death from wounds may follow the shooting the same report dates ("shot Friday ... died Saturday"). */
const DEATH_AFTER_DAYS = 3;
/** Words of a death, told without the killing: a victim of an earlier shooting who died since. */
const DEATH_ONLY = /\b(?:died|dies|dead|death|succumbed|passed away)\b/i;
/** Words of a death or a killing that neither list above has: a sentence with them reports an event. */
const OTHER_DEATH_WORDS = /\b(?:drowned|homicide|murder)\b/i;
/** Between the incident's words and its day: the day is an aftermath step's or a telling's ("shot a man and was arrested on May 30"). */
const STEP_BETWEEN = /\b(?:arrest(?:ed)?|charged|indicted|sentenced|convicted|arraigned|pleaded|said|told|reported|released|identified|born|buried|funeral|hearing|trial|court)\b/i;
/**
 * An earlier incident cited as background, not the one followed: "the third shooting since the May 25
 * shooting", "the bill follows the May 24 massacre", "the anniversary of", "five years after". "Last"
 * before a span of time dates the follow-up's own step ("Last week the sheriff sought the task force's help looking
 * into the Sept. 27 shooting"), not an earlier incident. So is one the report compares its
 * own with (COMPARED_WITH).
 */
const BACKGROUND_CUE = new RegExp(String.raw`\b(?:${BACKGROUND_SINCE}|${COMPARED_WITH}|follows?|anniversary|${SAME_NOT_WEAPON}|previous(?:ly)?|another|earlier|prior|last(?!\s+(?:week|month|weekend|night|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)|(?:years?|months?|weeks?)\s+(?:after|${BACKGROUND_SINCE}|ago))\b`, 'i');
/**
 * A step that follows an incident and dates an article of its own: an arrest, a charge, a day in
 * court, a funeral. Then a stated earlier incident dates the article, as it does when the recent day's
 * sentence tells of no event at all ("held a news conference Tuesday"); a telling of an event ("Israel
 * said on Monday it had struck targets") keeps the article's own day.
 */
const PROCEDURE_WORDS = /\b(?:arrest(?:ed|s)?|apprehended|(?:in|into) custody|behind bars|turned (?:himself|herself|themselves) in|surrendered|charged|charges|court|hearing|arraign(?:ed|ment)|sentenc(?:ed|ing|e)|probation|trial|indicted|indictment|pleaded|plea|convicted|guilty|prosecutors?|funeral|fundrais(?:er|ers|ing)|extradited|bond|bail|testif(?:y|ied|ies)|took the stand|verdict|jury|jurors|judge)\b/i;

/** "An investigation was underway Thursday after a boy was shot": the event comes after "after". */
const BEFORE_AFTER = new RegExp(String.raw`^[^.;]{0,40}?\b(?:after|following)\b[^.;]{0,80}?${EVENT_WORDS.source}`, 'i');

/** A follow-up's incident day; `named` when the text names the incident by it ("the May 25 shooting"). */
interface Incident {
  evidence: DateEvidence;
  named: boolean;
  /** Whether the text says the incident happened on the day ("the shooting happened March 9"). */
  happened: boolean;
  /** The sentence it was found in (-1 where none) and where its day ends. */
  sentence: number;
  end: number;
}

/** What a sentence tells: an event, an aftermath (scored down), a procedural step, a killing. */
interface SentenceWords {
  event: boolean;
  /** About another incident (OTHER_INCIDENT). */
  other: boolean;
  aftermath: boolean;
  procedure: boolean;
  killing: boolean;
  /** A page's weather forecast or bulletin (weather-forecast.ts). */
  forecast: boolean;
}

const SPAN_NUMBERS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };
/**
 * Whether the words from a day to a later-told earlier one say the first came a span of days after
 * what the second dates ("on Wednesday, a day after the United Nations, in a statement on Tuesday,
 * warned"): the first is the sentence's act, the second the earlier thing it follows.
 */
function spanBefore(between: string, gap: number): boolean {
  const m = /^[^,.;]{0,30}?,?\s+(a|one|two|three|four|five|six|seven|[1-7])\s+days?\s+after\s/i.exec(between);
  if (!m) return false;
  const n = SPAN_NUMBERS[m[1]!.toLowerCase()] ?? Number(m[1]);
  return gap === n * 86400000;
}

export function chooseEventDate(body: string, sentences: readonly Span[], stated: readonly Timex[], reference: ReferenceTime | null): DateEvidence | null {
  if (!reference) return null;
  // "on Friday, three days after hackers broke in": the hack's day, not Friday's (days-after.ts); "two
  // days after Christmas": the 27th, not the holiday (holiday-offset.ts).
  // "over the Memorial Day weekend": the holiday's day, as a weekend is no day (holiday-weekend-day.ts).
  const timexes = withHolidayOffsets(body, withDaysAfterEvents(body, sentences, withHolidayWeekendDays(stated)));
  const published = utc(reference.year, reference.month - 1, reference.day);
  // The day after publication can be an event's only where the place reported from is ahead in time
  // and the article came out late enough in its own day ("early Monday local time", filed Sunday
  // evening in New York). Without a known time of day, a day ahead is what will happen ("autopsies will
  // be performed Tuesday", "due in court Wednesday"), not what did.
  const latest = published + (reference.timeKnown && reference.hour >= 10 ? 86400000 : 0);
  // "Prosecutors on Thursday charged opposition leader X": a no-harm case's step, dated by its own lead (figure-charged-day.ts).
  const charged = figureChargedDay(body, sentences, timexes, published, latest);
  if (charged) return charged;
  // Each day-precise date near the publication is a candidate; the one in a sentence that reports the
  // event itself, early in the article, wins over a date of the aftermath (arrest, hearing, funeral).
  let best: { score: number; sentence: number; start: number; tied: boolean; at: number; killing: boolean; night: boolean; aftermath: boolean; later: boolean; event: boolean; own: boolean; act: boolean; deathOnly: boolean; told: boolean; died: boolean; recalled: boolean; evidence: DateEvidence } | null = null;
  // The lead's own day (leadDay), kept against a later paragraph's possessive recall of an earlier event.
  let ownLead: { at: number; evidence: DateEvidence } | null = null;
  let incident: Incident | null = null;
  let planned: DateEvidence | null = null;
  // The sentence of the planned meeting, so that an act told with its own day before it outweighs it.
  let plannedSentence = -1;
  // A follow-up's incident day in looser words, for a report whose own days are a later step's or that has none (late-incident-day.ts).
  let late: DateEvidence | null = null;
  const named = new Set<string>();
  // The days named other than as a telling's, and the last of them so far (clockOffTelling).
  const namedUntold = new Set<string>();
  let lastUntold: NamedDay | null = null;
  // Of each sentence, the latest day it has told untold so far (earlier-disaster-day.ts).
  const sentenceOwnDay = new Map<number, number>();
  // Of each sentence, the latest day of a step told as following an event ("grounded all A320 aircraft
  // on Saturday after Tuesday's crash"): its own day against an earlier accident, not an earlier disaster.
  const sentenceStepDay = new Map<number, number>();
  // What each sentence tells, read once however many dates it holds (a page of 14,000 weekdays took 3 s).
  const sentenceWords = new Map<number, SentenceWords>();
  const wordsOf = (index: number, text: string): SentenceWords => {
    let words = index >= 0 ? sentenceWords.get(index) : undefined;
    if (!words) {
      const other = OTHER_INCIDENT.test(text) || aboutRecentIncidents(text);
      // The incident's own words are event words too: "where the shooter opened fire Monday evening", "found slain".
      words = { other, event: !other && (EVENT_WORDS.test(text) || WEAPON_DISCHARGED.test(text) || INCIDENT_WORDS.test(text)), aftermath: AFTERMATH_WORDS.test(text), procedure: PROCEDURE_WORDS.test(text), killing: INCIDENT_WORDS.test(text) || OTHER_DEATH_WORDS.test(text), forecast: weatherForecast(text) };
      if (index >= 0) sentenceWords.set(index, words);
    }
    return words;
  };
  // A periodic report's publication days ("its annual report published on Wednesday") and their
  // sentences: the other days of those sentences, and any "as of" day, are the count's reference days (report-day.ts).
  const sentenceOf = (t: Timex): number => sentences.findIndex((s) => s.start <= t.start && t.end <= s.end);
  const reportDays = new Set<Timex>();
  const reportSentences = new Set<number>();
  for (const t of timexes) {
    if (t.type !== 'DATE' && !DAY_WORDS.test(t.text)) continue;
    // The words before the day first: a page of many days looks up no sentences unless one is a report's.
    if (!reportPublished(body.slice(Math.max(0, t.start - 120), t.start))) continue;
    const k = sentenceOf(t);
    if (k >= 0 && !reportPublished(body.slice(sentences[k]!.start, t.start))) continue;
    reportDays.add(t);
    if (k >= 0) reportSentences.add(k);
  }
  // Only a report that is the article's news: cited as background to an incident told before it with
  // its own day ("A bomb killed nine on Wednesday ... a day after the UN, in its annual report released
  // on Tuesday, warned"), its day is one like any other (report-day.ts).
  const firstReport = [...reportDays].sort((a, b) => a.start - b.start)[0];
  if (firstReport && !reportLeads(body, sentences, sentenceOf(firstReport), firstReport.start, timexes.filter((t) => !reportDays.has(t) && (t.type === 'DATE' || DAY_WORDS.test(t.text))), (text) => EVENT_WORDS.test(text) || INCIDENT_WORDS.test(text) || OTHER_DEATH_WORDS.test(text))) {
    reportDays.clear();
    reportSentences.clear();
  }
  // The latest day the first sentence gives a disaster ("Friday's aftershock killed 27"): a later
  // sentence's earlier disaster ("Monday night's earthquake") is another event (earlier-disaster-day.ts).
  const leadDisaster = leadDisasterAt(body, sentences, timexes, latest, published);
  for (const [i, timex] of timexes.entries()) {
    if (timex.type !== 'DATE' && timex.type !== 'TIME') continue;
    if (isUtcConversion(body, timex)) continue;
    const reportDay = reportDays.has(timex);
    if (!reportDay && reportDays.size > 0 && (reportSentences.has(sentenceOf(timex)) || countReferenceDay(body.slice(Math.max(0, timex.start - 60), timex.start)))) continue;
    // "in the twelve months to November 1": the end of the span a count covers.
    if (periodEnd(body.slice(Math.max(0, timex.start - 60), timex.start))) continue;
    const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(timex.value);
    if (!day) continue;
    let at = utc(+day[1]!, +day[2]! - 1, +day[3]!);
    let value = day[0];
    if (at > latest) {
      // "The two ministers will meet on Tuesday in Seoul": a meeting the article announces is its event.
      if (!planned && at - published <= PLANNED_DAYS * 86400000) {
        const sentence = sentences.find((x) => x.start <= timex.start && timex.end <= x.end);
        const text = sentence ? body.slice(sentence.start, sentence.end) : '';
        // Not a sitting the told act is put before ("the complaint goes on the agenda of the commission's
        // session on April 2"): the report's event is the act, on its own day.
        // Nor the day a measure was to take effect ("the levy, due to come into force on Monday", in a report of its delay): effect-day.ts.
        const before = body.slice(sentence ? sentence.start : Math.max(0, timex.start - 200), timex.start);
        if (MEETING_WORDS.test(text) && !laterStepDay(before) && !effectiveDay(before)) {
          planned = { value, anchoring: timex.anchoring, fallback: false, text: timex.text, sentence: text };
          plannedSentence = sentence ? sentences.indexOf(sentence) : -1;
        }
      }
      // "pleaded guilty Friday over the Nov. 22 gunfight", in October: a month and day with no
      // year read as the coming one, which an incident the report tells cannot be; it is last year's (year-back-incident.ts).
      const back = yearBack(timex, latest, body.slice(timex.end, timex.end + 20));
      if (back && published - back.at > WINDOW_DAYS * 86400000 && published - back.at <= INCIDENT_DAYS * 86400000) {
        const earlier: Timex = { ...timex, value: back.value };
        const earlierDay = back.value.slice(0, 10);
        if (!incident) incident = incidentDate(body, sentences, earlier, earlierDay);
        if (!late && earlier.type === 'DATE') late = lateIncident(body, sentences, earlier, earlierDay);
      }
      continue;
    }
    if (published - at > WINDOW_DAYS * 86400000) {
      // "the following day", "the day before": a day counted from another, so not the incident's own.
      if (!incident && published - at <= INCIDENT_DAYS * 86400000 && !SHIFTED_DAY.test(timex.text)) incident = incidentDate(body, sentences, timex, value);
      // A written-out day with its part or its hour ("on the evening of Sept. 26") is as stated as the day alone.
      if (!late && timex.anchoring === 'stated' && published - at <= INCIDENT_DAYS * 86400000) late = lateIncident(body, sentences, timex, value);
      continue;
    }
    // "Posted: Friday, January 31, 2014": a page's own timestamp left in scraped text, not the event.
    if (!reportDay && isStamp(body, timex)) continue;
    // "2:47 Five tips for planting tulips": a video's length before its title in a page's list, no time of day.
    if (isDuration(body, timex)) continue;
    // "SEOUL, June 28 (Korea Newswire) --": the day a dateline gives is the day the story was filed.
    if (inDateline(body, timex)) continue;
    // "warned of heavy rain till Wednesday", "the road stays closed until Monday": a span's end, not a day something happened.
    if (/\b(?:until|till|through)\s+(?:late\s+|early\s+)?$/i.test(body.slice(Math.max(0, timex.start - 20), timex.start))) continue;
    // "a curfew ... starting on Wednesday": the day a measure takes effect (back-reference-day.ts).
    if (takesEffectOn(body.slice(Math.max(0, timex.start - 30), timex.start))) continue;
    // "a curfew from 8pm to 6am": a schedule's hours, not a time of day anything happened.
    if (timex.type === 'TIME' && !DAY_WORDS.test(timex.text) && scheduleHours(body.slice(Math.max(0, timex.start - 30), timex.start), body.slice(timex.end, timex.end + 12))) continue;
    // "three shootings since Friday", "17 people shot between Friday evening and Monday morning": a tally's
    // span, not the day of the event the article tells.
    if (spanEnd(body, timexes, i)) continue;
    const index = sentences.findIndex((s) => s.start <= timex.start && timex.end <= s.end);
    const opening = body.slice(index >= 0 ? sentences[index]!.start : Math.max(0, timex.start - 120), timex.start);
    // "An autopsy is set for Thursday", "will be arraigned Tuesday": a day still to come, even today.
    if (plannedDay(opening)) continue;
    // "on Wednesday, a day after the UN warned on Tuesday": the earlier thing's day (day-after-clause.ts).
    if (index >= 0 && dayOfAfterClause(body, timexes, i, sentences[index]!.start)) continue;
    // "on Monday asked the court to annul the October 18 run-off", "on Tuesday called on the authorities to
    // investigate irregularities in Sunday's vote": the day names the earlier event the sentence's own act
    // (dated by its own day) is aimed at, so it is that event's, not this report's (aimed-at-earlier.ts).
    if (aimedAtEarlierEvent(opening, body.slice(timex.end, timex.end + 60))) continue;
    // "on Thursday opened an inquiry into the riots on May 3": the earlier matter looked into (back-reference-day.ts).
    if (inquiryIntoEarlier(opening)) continue;
    // "the death toll rose to 42 on Wednesday": the day the count moved, not the event's (toll-rise-day.ts).
    if (tollRoseOn(opening)) continue;
    // "19 had died since the outbreak was declared a week ago, up from 15 on Monday": the days the count
    // runs from and the superseded figure's, not the report's (count-base-day.ts).
    if (previousCountOn(opening, timex.text) || countStartOn(opening)) continue;
    // "congratulated Ana Ruiz on her victory in Sunday's election", "welcomed the outcome of the March 8
    // vote": a statement judges an event already over, so that event's day is not the statement's.
    if (reactionToEarlierEvent(opening, body.slice(timex.end, timex.end + 60))) continue;
    // "A curfew was imposed on Thursday after Tuesday's shooting": the incident the act answers (act-day.ts).
    if (causeOfDatedAct(opening, body.slice(timex.end, timex.end + 60))) continue;
    // "the October 24 protest" after a lead told with its own later day ("The United States on Wednesday
    // imposed visa restrictions"): another event named in passing (dated-public-event.ts).
    if (ownLead && index > 0 && at < ownLead.at && datedPublicEvent(opening, timex.text, body.slice(timex.end, timex.end + 60))) continue;
    // So is "the April 7 breach" after an agency's attribution lead told by a later day of its own: the
    // intrusion blamed (attributed-intrusion-day.ts). The lead's words of theft make it no ownLead.
    if (best && best.sentence === 0 && index > 0 && at < best.at && attributedIntrusionDay(opening, timex.text, body.slice(timex.end, timex.end + 60)) && attributionLead(body.slice(sentences[0]!.start, sentences[0]!.end))) continue;
    const text = index >= 0 ? body.slice(sentences[index]!.start, sentences[index]!.end) : timex.text;
    const words = wordsOf(index, text);
    // "Partly sunny with scattered showers developing this evening": a page's forecast, not the story (weather-forecast.ts).
    if (words.forecast) continue;
    // A day inside a quotation is the speaker's day, weighed as a telling's (in-quotation.ts).
    const quoted = insideQuotation(body.slice(index >= 0 ? sentences[index]!.start : Math.max(0, timex.start - 200), timex.start));
    // "detained overnight, his lawyer said on Saturday": the act is on the night before the telling (back-reference-day.ts).
    const overnight = !quoted && DAY_WORDS.test(timex.text) && overnightBeforeTelling(opening);
    if (overnight) {
      at -= 86400000;
      value = isoDay(at);
    }
    const told = !overnight && !reportDay && (quoted || SAID_BEFORE.test(body.slice(Math.max(0, timex.start - 24), timex.start)) || SEARCH_BEFORE.test(opening) || TOLD_SOMEONE_BEFORE.test(body.slice(Math.max(0, timex.start - TOLD_REACH), timex.start)) || patientDischarged(body, timex.start) || SAID_AFTER.test(body.slice(timex.end, timex.end + 16)) || STEP_NAMED_AFTER.test(body.slice(timex.end, timex.end + 40)) || (BEFORE_AFTER.test(body.slice(timex.end, timex.end + 200)) && !disasterStruckOn(opening)) || (!words.event && AFTER_PUBLIC_ACT.test(body.slice(timex.end, timex.end + 200))));
    // "an aftershock struck this afternoon, bringing down buildings damaged in last Tuesday's earthquake":
    // the earlier day is the quake's the sentence recalls, not its own news's (earlier-disaster-day.ts).
    const ownDay = index >= 0 ? sentenceOwnDay.get(index) : undefined;
    const stepDay = index >= 0 ? sentenceStepDay.get(index) : undefined;
    const daysLater = (later: number | undefined): boolean => later !== undefined && later - at >= EARLIER_DISASTER_MIN_DAYS * 86400000;
    const after60 = body.slice(timex.end, timex.end + 60);
    if ((daysLater(ownDay) || daysLater(leadDisaster)) && namesEarlierDisaster(opening, after60)) continue;
    // "ministers met on Tuesday ... after Saturday's blackout": the sentence's own act came after the
    // matter the possessive day names (back-reference-day.ts). Not in a crime's or a court's sentence,
    // whose follow-up is dated by the incident ("arrested on Tuesday after Saturday's shooting").
    if (daysLater(ownDay) && !words.killing && !words.aftermath && !words.procedure && possessiveAfterOwnDay(opening, after60)) continue;
    // "The rise followed Monday's seizure", "..., after the militia, which seized the ship on Monday,": the
    // earlier event the report's act followed, or one a relative clause recalls (back-reference-day.ts).
    if (!words.killing && !words.aftermath && !words.procedure && (antecedentDay(opening, after60) || relativeClauseDay(opening))) continue;
    if (namesEarlierAccident(opening, after60, text) && (daysLater(ownDay) || daysLater(stepDay) || daysLater(laterActDay(body, timexes, i, index >= 0 ? sentences[index]!.end : timex.end)))) continue;
    const dayNamed = index >= 0 && (timex.type === 'DATE' || DAY_WORDS.test(timex.text));
    if (!told && dayNamed) sentenceOwnDay.set(index, Math.max(at, ownDay ?? at));
    else if (dayNamed && !quoted && !SAID_BEFORE.test(body.slice(Math.max(0, timex.start - 24), timex.start)) && BEFORE_AFTER.test(body.slice(timex.end, timex.end + 200))) sentenceStepDay.set(index, Math.max(at, stepDay ?? at));
    // "hit by gunfire Wednesday night ..., police said Thursday. The gunfire, reported a little before 9
    // p.m., ...": the clock is on the day the incident was named, not on the telling's (clockOffTelling).
    const moved = clockOffTelling(timex, value, at, named, namedUntold, lastUntold);
    if (moved) [value, at] = [moved.value, moved.at];
    // "around 6 p.m." (not "last night") with no day named before it: the day is the publication's guess, not the text's.
    // A small-hours time after a night the text named ("Friday night ... about 1 a.m.") is on the day after it (timex.ts): named too.
    const unnamed = timex.type === 'TIME' && /T\d\d:\d\d/.test(timex.value) && !DAY_WORDS.test(timex.text) && !named.has(value) && !(/T0[0-5]:/.test(timex.value) && named.has(isoDay(at - 86400000)));
    if (timex.type === 'DATE' || DAY_WORDS.test(timex.text)) {
      named.add(value);
      if (!told) {
        namedUntold.add(value);
        lastUntold = { value, at, night: /T(?:EV|NI)$/.test(timex.value) || /\b(?:night|evening)\b/i.test(timex.text) };
      }
    }
    // "Monday" in a report dated Sunday ("deputies searched the woods Monday"): rarely the day meant
    // (week-back-weekday.ts), so not a candidate, unless it follows the shooting's words ("was shot and
    // killed Thursday night") or its clause goes on to tell it ("Tuesday morning when a gunman
    // opened fire"): a page stamped a day early names its next day beside the shooting ("a warrant went
    // out for him on Saturday afternoon, a day after ... was shot and killed"). Nor a last
    // resort: where no other day dates the article, the publication day is nearer the event more often
    // (GVA even ids: 1 event more right, none lost; odd ids 3 more, none lost), and as a fallback it
    // does not outvote another report's own day.
    if (weekBackWeekday(body, timex.text, timex.start, timex.end, at, published) && !(words.killing && (followsIncident(opening) || whenIncident(opening, body.slice(timex.end, index >= 0 ? sentences[index]!.end : timex.end + 120))))) continue;
    const diedOn = DIED_BEFORE.test(body.slice(Math.max(0, timex.start - 60), timex.start));
    // "The shooting happened Tuesday outside a mobile home", "the Saturday shooting": the text ties the day to the incident.
    // Not a clock time without its day ("The shooting occurred close to 6:10 p.m.": its day is a guess), nor an incident
    // cited as background ("Previously, ... the June 27 shooting").
    // So does a public body's act told with its day ("after Zimbabwe closed the border post to passengers on
    // Thursday"), in a sentence of no violence: the act is the report's news (act-day.ts).
    const tied = reportDay || (!told && (timex.type === 'DATE' || DAY_WORDS.test(timex.text)) && !BACKGROUND_CUE.test(opening) && (happened(opening) || INCIDENT_NOUN_AFTER.test(body.slice(timex.end, timex.end + 60)) || POSSESSIVE_EVENT_AFTER.test(body.slice(timex.end, timex.end + 60)) || (!words.event && !words.killing && publicActDay(opening)) || actDayBeforeItsCause(opening, body.slice(timex.end, timex.end + 60))));
    const lead = !words.event && !words.aftermath && !words.procedure && !LEAD_NOT_AN_ACT.test(text) && leadDay(index, opening, timex);
    if (lead && !ownLead && !told) ownLead = { at, evidence: { value, anchoring: timex.anchoring, fallback: false, text: timex.text, sentence: text } };
    // "the toll from Tuesday's shooting had risen": an earlier event recalled by a possessive day, not told as happening.
    const recalled = tied && POSSESSIVE_EVENT_AFTER.test(body.slice(timex.end, timex.end + 60)) && !happened(opening);
    const found = !words.event && FOUND_BEFORE.test(opening);
    const score = (index >= 0 && index < 2 ? 2 : 0) + (words.event || found ? 3 : 0) + (lead ? LEAD_BONUS : 0) - (words.aftermath ? 2 : 0) - (told ? 2 : 0) - (words.other ? 2 : 0) - (diedOn ? 1 : 0) - (unnamed ? UNNAMED_PENALTY : 0) - (WEEKS_AGO.test(timex.text) ? WEEKS_AGO_PENALTY : 0) + (tied ? TIED_BONUS : 0);
    // Of two dates one sentence gives equal weight, the earlier: the event comes before the search,
    // the statement or the vigil the sentence also tells ("scoured the city Saturday for the killers
    // of four men shot late Friday"), unless it is the next day read back across the week (WRAPPED_DAYS).
    const wrapped = best !== null && best.at - at === WRAPPED_DAYS * 86400000 && BARE_WEEKDAY.test(timex.text) && BARE_WEEKDAY.test(best.evidence.text);
    const earlierInSentence = best !== null && score === best.score && index === best.sentence && at < best.at && !wrapped && !spanBefore(body.slice(best.start, timex.start), best.at - at);
    // "a party Friday night ... shots were fired about 1:20 a.m.": the clock time says on which side of
    // midnight the night's shooting fell, which the night alone does not.
    const pastMidnight = best !== null && score === best.score && at - best.at === 86400000 && /T0[0-5]:/.test(timex.value) && best.night && !unnamed && !DAY_WORDS.test(timex.text);
    // Of two days of equal weight, one a telling ("police announced Wednesday that ... the shooting") and
    // one in a sentence of the incident's own words that tells nothing ("were shot just before 1 a.m.
    // Tuesday"), the second: a lead's telling gains as much by its place as it loses by being one. Only
    // words of violence count here: in a statement's story ("issued a joint statement on Saturday ...
    // welcomed the sanctions announced on March 10") the telling is the event.
    const untoldOverTold = best !== null && score === best.score && best.told && !told && !unnamed && words.killing;
    // Of two days of equal weight, an earlier one in a sentence of the incident's own words and no later
    // step ("a stray round killed the girl on April 10") over one of a step that tells no
    // violence ("named two suspects in custody just after 4 p.m. Wednesday"): the arrests follow the killing.
    const incidentOverStep = best !== null && score === best.score && at < best.at && best.aftermath && !best.killing && words.killing && !words.procedure && !told;
    // A death told by its day ("was pronounced dead Saturday morning") and a shooting the report dates a
    // day or so before it ("shot ... Friday afternoon"), a point apart: the shooting's day is the
    // incident's, wherever each stands, whichever comes first (the death sentence's place in the lead
    // had outweighed the shooting's).
    const shooting = words.killing && !told && !words.other && !diedOn;
    const shotBeforeDeath = best !== null && best.died && shooting && at < best.at && best.at - at <= DEATH_AFTER_DAYS * 86400000 && score >= best.score - 1;
    const deathAfterShot = best !== null && diedOn && best.killing && !best.told && !best.died && best.at < at && at - best.at <= DEATH_AFTER_DAYS * 86400000 && best.score >= score - 1;
    if (!deathAfterShot && (!best || score > best.score || earlierInSentence || pastMidnight || untoldOverTold || incidentOverStep || shotBeforeDeath)) best = { score, sentence: index, start: timex.start, tied, at, killing: words.killing, night: /T(?:EV|NI)$/.test(timex.value), aftermath: words.procedure, later: words.aftermath, event: words.event || words.killing, own: lead, act: !words.other && publicActDay(opening), deathOnly: DEATH_ONLY.test(text) && !INCIDENT_WORDS.test(text), told, died: diedOn, recalled, evidence: { value, anchoring: timex.anchoring, fallback: false, text: timex.text, sentence: text, ...(unnamed ? { guessedDay: true } : {}), ...(BODY_CAPTION.test(text) ? { caption: true } : {}) } };
  }
  // The stated incident's day, when the article's own recent day is an aftermath step's or one whose
  // sentence tells of no event ("held a news conference Tuesday ... the shooting on Aug. 29").
  // An incident named by its day ("the case grew out of a November 29 shooting") also outweighs a recent
  // day whose sentence tells of a death but no shooting or killing ("he died on December 25").
  // So does one named by its day against a recent day that is only a telling of the aftermath ("still
  // working out what led to a Nov. 3 shooting ... went home from the hospital, the chief said Monday");
  // a telling of an act of its own ("Israel said on Monday it had struck targets") keeps its day.
  // Not against the lead's own day ("North Korea vowed on March 17 to ..."): a later sentence's incident
  // ("fired a missile on March 4") is what the lead answers, not the report's event.
  // So does an incident the recent day's own sentence names before it ("one of two men jailed over
  // the fatal shooting of a first-grader on April 12 died by suicide Wednesday"): the sentence's words of
  // violence are the incident's, and the recent day is a later act of its subject. Not where the text
  // ties the recent day to an incident of its own ("shot on April 12, a block from Wednesday's shooting").
  // So does an incident the text says happened on its day ("his uncle told detectives the shooting
  // happened March 9") against a recent day the text ties to no incident ("a nurse reported a gunshot
  // wound on Monday"): the follow-up says when it began.
  // So does any incident's day against a clock time whose day no words named ("found him shot at about
  // 9 p.m."): that day is only the publication's guess, and a follow-up weeks on tells the clock time of
  // the incident it follows (GVA even ids: 1 event more right, odd ids none; none lost).
  const sameSentence = incident !== null && best !== null && !best.tied && incident.sentence >= 0 && incident.sentence === best.sentence && incident.end <= best.start;
  if (incident && (!best || sameSentence || best.aftermath || best.evidence.caption === true || best.evidence.guessedDay === true || (!best.event && !best.own) || (incident.named && (best.deathOnly || (best.told && best.later))) || (incident.happened && !best.tied))) return incident.evidence;
  // The looser incident's day against a recent day that is only a later step's (a charge, a hearing, a
  // funeral), a guessed day's, or tells of no event: a follow-up weeks on is dated by the incident it follows.
  if (late && best && (best.aftermath || best.evidence.guessedDay === true || (!best.event && !best.own))) return late;
  // A day the article tells of no event in ("the ministry said Friday") gives way to the meeting it announces.
  // Not against an act told with its own day before the plan ("imposed a curfew on Thursday ... The council
  // will meet on Monday to review it"): the meeting follows the report's event; a preview's lead keeps it.
  const actBeforePlan = best !== null && best.act && best.sentence >= 0 && best.sentence <= plannedSentence;
  // Nor against the lead's own day when the plan is a later paragraph's step of its story ("is due to be
  // sworn in on November 20" after "The court on Monday confirmed ..."): lead-before-plan.ts.
  const leadFirst = best !== null && best.sentence === 0 && plannedSentence > 0 && leadBeforePlan(body.slice(sentences[0]!.start, sentences[0]!.end), body.slice(sentences[0]!.end, sentences[plannedSentence]!.start));
  if (planned && (!best || !best.event || best.told) && !actBeforePlan && !leadFirst) return planned;
  // "Two days after the earthquake that flattened villages, the UN and the governor give different
  // figures for the dead": a lead with no day of its own dates its toll by the quake (toll-days-after-disaster.ts).
  const lead = sentences[0];
  const leadText = lead ? body.slice(lead.start, lead.end) : '';
  const span = lead && (!best || (best.sentence > 0 && !best.tied)) && !timexes.some((t) => t.start >= lead.start && t.end <= lead.end && (t.type === 'DATE' || DAY_WORDS.test(t.text))) ? tollDaysAfterDisaster(leadText) : null;
  if (span !== null) return { value: isoDay(published - span.days * 86400000), anchoring: 'inferred', fallback: false, text: span.text, sentence: leadText };
  // A later paragraph's "the toll from Tuesday's shooting" recalls what came before the lead's own act
  // ("a general strike shut down the port on Thursday"): the lead's day is the report's.
  if (best && best.recalled && best.sentence > 0 && ownLead && ownLead.at > best.at) return ownLead.evidence;
  if (best) return best.evidence;
  if (late) return late;
  const date = `${String(reference.year).padStart(4, '0')}-${String(reference.month).padStart(2, '0')}-${String(reference.day).padStart(2, '0')}`;
  // A follow-up's lead naming its incident by day ("three weeks after the attack of 27 February"): incident-of-day.ts.
  const incidentDay = incidentOfDay(body, sentences, stated, date);
  if (incidentDay) return incidentDay;
  return { value: date, anchoring: 'inferred', fallback: true, text: 'publication date', sentence: '' };
}

/**
 * The latest day of the first sentence that is a disaster's, by its possessive or as the day it struck
 * (earlier-disaster-day.ts), among the days that may be the event's; undefined where there is none.
 */
function leadDisasterAt(body: string, sentences: readonly Span[], timexes: readonly Timex[], latest: number, published: number): number | undefined {
  const first = sentences[0];
  if (!first) return undefined;
  let day: number | undefined;
  for (const t of timexes) {
    if (t.start < first.start || t.end > first.end || (t.type !== 'DATE' && !DAY_WORDS.test(t.text))) continue;
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(t.value);
    if (!m) continue;
    const at = utc(+m[1]!, +m[2]! - 1, +m[3]!);
    if (at > latest || published - at > WINDOW_DAYS * 86400000) continue;
    if (leadDisasterDay(body.slice(first.start, t.start), body.slice(t.end, t.end + 60))) day = Math.max(at, day ?? at);
  }
  return day;
}

/** A day named in the text, and whether as an evening or a night. */
interface NamedDay {
  value: string;
  at: number;
  night: boolean;
}
/** How far back a clock time may be moved off a telling's day to the incident's. */
const OFF_TELLING_DAYS = 3;

/**
 * A clock time with no day of its own is read on the last day named before it (timex.ts). Where every
 * naming of that day so far was a telling's ("police said Thursday") and another day was named before
 * it as something that happened ("wounded by gunfire Wednesday night"), the clock is that day's: an
 * account of the incident gives its hour after the day of writing was named only as when it was told.
 * A small-hours clock after a night named is on the day after it, as in timex.ts.
 */
/**
 * "at 02:15 local time (19:15 GMT Sunday)": a conversion in brackets after a local clock. Its day is
 * the GMT clock's, often the day before the local one in Asia (or after it in the Americas); the local
 * clock, read on its own, gives the event's day.
 */
function isUtcConversion(body: string, timex: Timex): boolean {
  return /\b(?:GMT|UTC)\b/.test(timex.text) && LOCAL_CLOCK_BEFORE.test(body.slice(Math.max(0, timex.start - 40), timex.start));
}
const LOCAL_CLOCK_BEFORE = /(?:\blocal\s+time|\d[:.]?\d\d\s*(?:[ap]\.?\s?m\.?)?)\s*\(\s*$/i;

function clockOffTelling(timex: Timex, value: string, at: number, named: ReadonlySet<string>, untold: ReadonlySet<string>, last: NamedDay | null): { value: string; at: number } | null {
  if (timex.type !== 'TIME' || !/T\d\d:\d\d/.test(timex.value) || DAY_WORDS.test(timex.text)) return null;
  if (!named.has(value) || untold.has(value) || last === null || !(last.at < at) || at - last.at > OFF_TELLING_DAYS * 86400000) return null;
  const moved = last.night && /T0[0-5]:/.test(timex.value) ? last.at + 86400000 : last.at;
  return moved === at ? null : { value: isoDay(moved), at: moved };
}

/** A day long before publication that a late report's sentence ties to its incident (late-incident-day.ts). */
function lateIncident(body: string, sentences: readonly Span[], timex: Timex, value: string): DateEvidence | null {
  const sentence = sentences.find((s) => s.start <= timex.start && timex.end <= s.end);
  if (!sentence) return null;
  if (!lateIncidentDay(body.slice(sentence.start, timex.start), body.slice(timex.end, sentence.end))) return null;
  return { value, anchoring: timex.anchoring, fallback: false, text: timex.text, sentence: body.slice(sentence.start, sentence.end) };
}

function isoDay(at: number): string {
  return new Date(at).toISOString().slice(0, 10);
}

/** Before a day that opens a span: "since Friday", "between Friday evening", "from late Sunday". */
const SPAN_OPEN = /\b(?:since|between|from)\s+(?:(?:late|early)\s+(?:on\s+)?)?$/i;
/** Between the two days of a span: "Friday evening and Monday morning", "Sunday to early Monday". */
const SPAN_JOIN = /^\s*(?:and|to|into|until|till|through|-|–)\s+(?:(?:late|early)\s+(?:on\s+)?)?$/i;

/**
 * Whether a day opens or closes a span of days ("since Friday", "from Sunday to early Monday"). Both ends
 * must name a day and fall on different days: "between 3:05 and 3:20 Sunday morning" is one night's
 * hour, and "from Saturday's shooting" names the event.
 */
function spanEnd(body: string, timexes: readonly Timex[], i: number): boolean {
  const timex = timexes[i]!;
  const opens = (t: Timex): boolean => SPAN_OPEN.test(body.slice(Math.max(0, t.start - 24), t.start)) && !/^['’]s\b/.test(body.slice(t.end, t.end + 3));
  const next = timexes[i + 1];
  const previous = timexes[i - 1];
  const dayOf = (t: Timex): string | null => (DAY_WORDS.test(t.text) ? /^\d{4}-\d{2}-\d{2}/.exec(t.value)?.[0] ?? null : null);
  const pair = (from: Timex | undefined, to: Timex | undefined): boolean =>
    from !== undefined && to !== undefined && from.end <= to.start && opens(from) && SPAN_JOIN.test(body.slice(from.end, to.start)) && dayOf(from) !== null && dayOf(to) !== null && dayOf(from) !== dayOf(to);
  if (pair(timex, next) || pair(previous, timex)) return true;
  // "has been stuck since Thursday": the day a stranding began, the report's own (stuck-since.ts).
  if (strandedSince(body.slice(Math.max(0, timex.start - STUCK_SINCE_REACH), timex.start))) return false;
  // "since Friday" alone: the tally runs to the day of writing.
  return /\bsince\s+(?:(?:late|early)\s+(?:on\s+)?)?$/i.test(body.slice(Math.max(0, timex.start - 20), timex.start)) && !/^['’]s\b/.test(body.slice(timex.end, timex.end + 3)) && DAY_WORDS.test(timex.text);
}

/**
 * The latest day a later part of the timex's sentence names other than as a telling's: "After Tuesday's
 * crash of flight 418, the authority on Saturday grounded ..." (earlier-disaster-day.ts).
 */
function laterActDay(body: string, timexes: readonly Timex[], i: number, sentenceEnd: number): number | undefined {
  let latest: number | undefined;
  for (let j = i + 1; j < timexes.length && timexes[j]!.end <= sentenceEnd; j++) {
    const t = timexes[j]!;
    const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(t.value);
    if (!day || (t.type !== 'DATE' && !DAY_WORDS.test(t.text)) || SAID_BEFORE.test(body.slice(Math.max(0, t.start - 24), t.start))) continue;
    const at = utc(+day[1]!, +day[2]! - 1, +day[3]!);
    latest = Math.max(at, latest ?? at);
  }
  return latest;
}

/** A dateline's place before the date, from the start of its paragraph: "SEOUL, ", "WASHINGTON, D.C., ". */
const DATELINE_BEFORE = /(?:^|\n)\s*\p{Lu}[\p{Lu}\p{L}.'’ -]{1,40},(?:\s*[\p{L}.]{2,12},)?\s*$/u;
/** What follows a dateline's date: an agency in brackets, then a dash. */
const DATELINE_AFTER = /^\s*(?:\([^)\n]{1,40}\)\s*)?(?:--|—|–|-)\s/;
/**
 * A dateline's date in brackets, after the place (capitalised words, a state's abbreviation) or alone at
 * the top of a paragraph, as local stations write it: "MARLOW COUNTY, Ind. (Nov. 18, 2025)— A hunting trip",
 * "(05/09/25) - A dad". Not a sentence's own bracket ("Two men were shot (Sunday, May 4) - one").
 */
const BRACKETED_BEFORE = /(?:^|\n)\s*(?:\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4}(?:,\s*\p{Lu}[\p{L}.]{1,12})?\s*)?$/u;
const BRACKETED_AFTER = /^\)\s*(?:--|—|–|-|:)/;

function inDateline(body: string, timex: Timex): boolean {
  const before = body.slice(Math.max(0, timex.start - 60), timex.start);
  const after = body.slice(timex.end, timex.end + 50);
  if (DATELINE_AFTER.test(after) && DATELINE_BEFORE.test(before)) return true;
  // The bracket may be read as part of the date ("(Thursday, 4:02 p.m.").
  const opened = body[timex.start] === '(' ? before : before.endsWith('(') ? before.slice(0, -1) : null;
  return opened !== null && BRACKETED_AFTER.test(after) && BRACKETED_BEFORE.test(opened);
}

/**
 * The evidence for an earlier day as the incident's, when the text ties the day to the incident: named
 * as its modifier ("the May 25 shooting") or following the incident's own words in its clause, with no
 * aftermath step or telling right before it ("killed on March 4, 2013", not "arrested on March 4").
 */
function incidentDate(body: string, sentences: readonly Span[], timex: Timex, value: string): Incident | null {
  const sentence = sentences.find((s) => s.start <= timex.start && timex.end <= s.end);
  const from = sentence?.start ?? Math.max(0, timex.start - 200);
  const before = body.slice(from, timex.start);
  if (BACKGROUND_CUE.test(before)) return null;
  const rest = body.slice(timex.end, sentence?.end ?? timex.end + 120);
  const modifier = INCIDENT_NOUN_AFTER.test(rest.slice(0, 60));
  // "Cited for careless driving in a May 3 incident": named only as an incident, in a sentence that tells no
  // violence, it is another matter (a traffic charge, a complaint), not the shooting the report follows.
  if (modifier && BARE_INCIDENT_AFTER.test(rest) && !VIOLENCE.test(sentence ? body.slice(sentence.start, sentence.end) : `${before}${rest}`)) return null;
  // "On March 4, 2013, Ruiz shot Moore", "On the evening of Jan. 6, officers responded to a duplex after a
  // caller heard gunfire", "Near 3:40 p.m. Sept. 1 ... police found two young men with gunshot wounds": the day
  // opens the sentence, the incident follows in its clause ("a.m." ends no clause).
  const fronted = FRONTED_BEFORE.test(before) && FRONTED_INCIDENT.test(rest.split(SENTENCE_END)[0]!.slice(0, 160));
  // "died Monday, Oct. 3, after being shot": a death from the incident, dated.
  const diedOfIt = /\bdied\s+(?:on\s+)?$/i.test(before) && DIED_OF_IT.test(rest);
  // "the brothers on Sept. 3 shot three people": the day between the subject and the act.
  const actAfter = /\bon\s+$/i.test(before) && ACT_AFTER.test(rest);
  const said = happened(before);
  if (!modifier && !fronted && !diedOfIt && !actAfter && !said && !followsIncident(before) && !whenIncident(before, rest)) return null;
  const text = sentence ? body.slice(sentence.start, sentence.end) : timex.text;
  return { evidence: { value, anchoring: timex.anchoring, fallback: false, text: timex.text, sentence: text }, named: modifier, happened: said && !ONE_OF_SEVERAL.test(before), sentence: sentence ? sentences.indexOf(sentence) : -1, end: timex.end };
}

/** An incident named by its day with no word of what it was: "a May 3 incident". */
const BARE_INCIDENT_AFTER = /^\s*,?\s*(?:\d{4}\s*,?\s*)?incident\b/i;
/** Words of violence in a sentence: a shooting or a killing, a death, a weapon. */
const VIOLENCE = new RegExp(String.raw`${INCIDENT_WORDS.source}|${OTHER_DEATH_WORDS.source}|${DEATH_ONLY.source}|\b${WEAPON}\b`, 'i');

/** What tells a death came from the incident: "after being shot", "of a gunshot wound". */
const DIED_OF_IT = /^[^.;]{0,40}?\b(?:after\s+(?:being|he\s+was|she\s+was)\s+shot|(?:of|from)\s+(?:a\s+|his\s+|her\s+|multiple\s+)?gunshot|(?:of|from)\s+(?:his|her|their)\s+(?:injuries|wounds))\b/i;
/**
 * A clause after the day that tells the incident: "broke his wrist on Dec. 23 when he shot
 * himself", "fired into a house on Pine Street on Nov. 8 during a drive-by shooting".
 */
const WHEN_INCIDENT_AFTER = new RegExp(String.raw`^\s*,?\s*(?:\d{4}\s*,?\s*)?(?:when|as|during|while)\b[^.;]{0,80}?(?:${INCIDENT_WORDS.source})`, 'i');

/**
 * Whether the day is followed by a clause that tells the incident ("on Dec. 23 when he shot himself"),
 * and its own clause before it tells no later step ("was arrested on Dec. 23 when officers shot him"
 * keeps the arrest's day).
 */
function whenIncident(before: string, rest: string): boolean {
  const clause = before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf(','), -1) + 1);
  return WHEN_INCIDENT_AFTER.test(rest) && !STEP_BETWEEN.test(clause) && !/\b(?:custody|jailed|booked|detained)\b/i.test(clause);
}

/** The act right after a day: "on May 7 shot four people", "on June 3, 2015, allegedly killed". */
const ACT_AFTER = /^\s*,?\s*(?:\d{4}\s*,?\s*)?(?:(?:allegedly|reportedly|fatally|accidentally|then)\s+)?(?:shot|killed|stabbed|murdered|opened\s+fire|wounded|gunned\s+down)\b/i;
/**
 * Where the fronted day's sentence ends: a stop before a capital, not an initial's ("On May 2, Anna
 * J. Reed was walking her dog when she was shot").
 */
const SENTENCE_END = /;|(?<!(?:^|[\s(])\p{Lu})[.!?](?=\s+["“]?\p{Lu}|\s*$)/u;
/** An incident told as one of several ("the first shooting happened March 9"): the article's may be another. */
const ONE_OF_SEVERAL = /\b(?:first|second|third|other|earlier|previous|latest|last)\s+(?:[\w-]+\s+)?(?:incident|shooting|stabbing|attack|homicide|killing)\b/i;
/** A sentence's opening words before a day that leads it: "On ", "On the ", "At about ", "Shortly after 3 a.m. on ". */
const FRONTED_BEFORE = /(?:^|[.;!?]\s+|\n)(?:on|at|during|in|(?:just|shortly|right|soon)\s+(?:after|before))\s+(?:about\s+|around\s+|approximately\s+)?(?:the\s+)?(?:(?:early|late)\s+)?(?:(?:morning|evening|night|afternoon|overnight)\s+)?(?:hours\s+)?(?:of\s+)?$/i;
/** Words of the incident after a fronted day: the killing itself, a gunshot wound, gunfire, shots fired, someone found dead. */
const FRONTED_INCIDENT = new RegExp(String.raw`${INCIDENT_WORDS.source}|\bgun(?:shot|fire)\b|\bshots?\s+(?:were\s+)?fired\b|\bfound\b[^.;]{0,60}\bdead\b`, 'i');
/**
 * "According to detectives, the shooting happened on March 8, 2013", "a fatal shooting that took place at a
 * graduation party on Saturday, May 17", "the incident happened close to 2 a.m. on October 21": the
 * incident (or "it") happened on the day, whatever step the sentence opened with. Not "faces two
 * robbery counts over an incident that occurred March 20": an incident of any kind is another case.
 */
const HAPPENED = /\b(?:it|this|the\s+(?:[\w-]+\s+){0,2}(?:incident|shooting|shootings|stabbing|killing|slaying|homicide|murder|attack|crash)|(?:shooting|shootings|stabbing|killing|slaying|homicide|attack)\s+(?:that|which))\s+(?:happened|occurred|took\s+place|unfolded)\b([^.;,]{0,60})$/i;

function happened(before: string): boolean {
  const m = HAPPENED.exec(before);
  return m !== null && !STEP_BETWEEN.test(m[1]!);
}

/**
 * Whether the words before a day end with the incident and then the day, in one clause: "for killing
 * Shane Moorcastle, 23, on March 4, 2013", AP's "killed Moore March 4", "killing three, on Dec. 1"; not
 * "shot a man and was arrested on May 30".
 */
function followsIncident(before: string): boolean {
  // Ages and places set off by commas ("Moore, 23,", "in Dallas, Texas,") do not end the clause.
  const joined = before.replace(/,\s*(?:\d{1,3}|(?:[A-Z][\w.'’-]*\s*){1,3})\s*,/g, (m) => ' '.repeat(m.length)).replace(/,(\s*on\s+)$/i, ' $1');
  const clause = joined.slice(Math.max(joined.lastIndexOf(';'), joined.lastIndexOf(','), -1) + 1);
  let last: RegExpMatchArray | null = null;
  for (const m of clause.matchAll(new RegExp(INCIDENT_WORDS.source, 'gi'))) last = m;
  if (!last) return false;
  const between = clause.slice(last.index! + last[0].length);
  // The incident named as a noun ("arrested in the shooting on May 30") leaves the day to the step
  // before it; as a verb ("said he shot Moore on", "pleaded guilty to shooting Moore on") it keeps it.
  const noun = /\b(?:the|a|an|this|that|his|her|their)\s+(?:[\w-]+\s+)?$/i.test(clause.slice(0, last.index));
  // A step that has its own day before the noun ("was arrested on Saturday in the fatal
  // shooting on January 12") leaves the later day to the incident.
  const governed = noun ? clause.slice(lastDayEnd(clause.slice(0, last.index))) : between;
  // "suspects in the shooting at the Elm Street bar on Aug. 29": the place ties the day to the incident,
  // not to the step ("arrested in the shooting on March 4" stays ambiguous and keeps the step's day).
  if (noun && NOUN_ON_DAY.test(between)) return true;
  // "on the evening of September 16": the part of the day is the date's own text, "on the" is before it.
  // A longer object and place ("shot a night clerk in the back several times July 16") still ends
  // in the incident's day, as long as no other clause starts between them ("and was seen", "who ...").
  const oneClause = between.length <= 30 || (between.length <= LONG_OBJECT && !CLAUSE_OPENER.test(between));
  return !STEP_BETWEEN.test(governed) && (/\bon\s+(?:the\s+)?$/i.test(between) || oneClause);
}

/** Between an incident's noun and its day: its place and "on" ("at the Elm Street bar on"). */
const NOUN_ON_DAY = /^\s+(?:at|near|outside|inside|along)\s+[^,;]{1,40}?\s+on\s+(?:the\s+)?$/i;
/** How long the words between an incident's verb and its day may be: an object, a wound, a place. */
const LONG_OBJECT = 80;
/** Words that start another clause or step between an incident's verb and a day. */
const CLAUSE_OPENER = /\b(?:and|but|or|when|while|who|whom|which|that|before|after|then|until|since|where)\b/i;

/** A day named outright: a weekday, "today", "Jan. 4", "January 4", "1/4". */
const NAMED_DAY = /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tonight|yesterday|(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d{1,2}(?:st|nd|rd|th)?\b|(?:0?[1-9]|1[0-2])\/(?:0?[1-9]|[12]\d|3[01])\b)/gi;

/** Where the last day a text names ends ("on Saturday", "Jan. 4"), or 0. */
function lastDayEnd(text: string): number {
  let end = 0;
  for (const m of text.matchAll(NAMED_DAY)) end = m.index + m[0].length;
  return end;
}

/** Whether an event date lies before the days an article's own news is dated in: a follow-up's incident. */
export function beforeOwnDays(value: string, reference: ReferenceTime): boolean {
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return day !== null && utc(reference.year, reference.month - 1, reference.day) - utc(+day[1]!, +day[2]! - 1, +day[3]!) > WINDOW_DAYS * 86400000;
}
