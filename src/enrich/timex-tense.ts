/**
 * Whether a date in a sentence is in the future, read from the verb it attaches to. News reports the
 * past, so that is the default; the nearest verb group in the date's own clause decides otherwise:
 * the one before it ("will meet on Tuesday", "would be traveling Thursday", "expires Nov. 21"), or,
 * when the clause has none before the date, the first one after it ("On Tuesday, the envoy will
 * fly to Cairo"). Modals of the future, "is to", "plans to", present passives and progressives look
 * ahead, and so does a present of a scheduled event ("Moldovans vote on Sunday", "Poland holds a
 * runoff on Sunday", "G7 leaders meet in Kananaskis on Monday"); past forms ("was", "had met", "-ed") look back. A progressive is "is" and a verb in -ing,
 * with at most a word between ("are both attending"), and no preposition in -ing: "three are dead
 * following a shooting Saturday" reports the past. Nor does a progressive of what goes on after an
 * incident ("deputies are investigating gunfire that hit a teenager Sunday night", "a girl is recovering
 * after she shot herself by mistake Wednesday", "what officers are calling an accidental shooting Monday"), a
 * present passive of a victim's state ("two men are injured Friday after a fight"), or the
 * adjective "would-be" ("wounded by a would-be robber Monday night"). Nor is a word that merely ends as a
 * participle does: "Oil is down 40% from its July peak" (a market's level, now) had read as a present
 * passive and put the peak next July; "is often", "is even", "is hard" likewise.
 */
import { continuedTo } from './timex-scheduled-day.js';
import { calledForDay } from './called-for-day.js';

/** Incidents a report tells of: a date that names when one happened is past, whatever the verb. */
export const INCIDENT_NOUNS = String.raw`(?:shootings?|killings?|stabbings?|slayings?|homicides?|murders?|robber(?:y|ies)|carjackings?|burglar(?:y|ies)|break-ins?|home invasions?|crash(?:es)?|collisions?|wrecks?|fires?|blazes?|explosions?|blasts?|bombings?|attacks?|assaults?|incidents?|standoffs?|rampages?|massacres?|hit-and-runs?|drive-bys?|brawls?|earthquakes?|quakes?|cyberattacks?|breach(?:es)?)`;
/**
 * "looking", "seeking", "asking" and "calling" look back only when an incident follows them ("what officers
 * are calling an accidental shooting Monday", "asking for help after a stabbing Sunday"); otherwise they
 * plan ("organizers are calling for a march Saturday", "the family is asking people to attend a vigil
 * Friday", "officials are looking to reopen the road Friday"), which the blanket exception read as past.
 */
/*
 * Among the cues: "is forecast to", "is projected to" and "is poised to" plan; "to be" does not after
 * a verb of seeming or saying ("the victim appeared to be shot on Saturday", "said to be in his 40s").
 * "won't" is "will not" (its "won" had read as the past of "win"); "comes into force"
 * and "gets under way" are presents of a thing scheduled. ("may be" is not one: "the shooting may be
 * linked to a fight on Saturday" speaks of the past.)
 */
/**
 * "rose more than expected on Tuesday", "better-than-expected earnings Monday", "went ahead as planned
 * on Monday", "as previously scheduled": a comparison with a plan or a forecast is no plan itself, and
 * the clause's own verb decides ("Inflation rose faster than expected in February" had been next February).
 * Asked after the word, so the look back runs only where a plan's word stands.
 */
const COMPARED = String.raw`(?<!\b(?:than|as)[\s-](?:(?:previously|originally|initially|earlier|first|widely|had|has|have|was|were|is|are|been|had been|has been)\s)?[a-z]+)`;
const FUTURE_CUE = new RegExp(
  String.raw`\b(?:will|won['’]t|wo n['’]t|would(?! have|-)|shall|going to|plans? to|planning to|(?:planned|scheduled)${COMPARED}|upcoming|expected${COMPARED}|expects?|set to|set for|(?:is|are) (?:to|due|slated)|(?:services|funeral|visitation|vigil|memorial|wake|hearing|arraignment|trial|sentencing) (?:is|are)(?! (?:over|done|finished)\b)|(?:hopes?|hoped|wants?|wanted|aims?|aimed|intends?|intended|seeks?|sought|vows?|vowed|promise[sd]?|pledge[sd]?|threaten(?:s|ed)?|agree[sd]?|decided|prepares?|prepared|ready|likely|forecast|predicted|projected|poised) to|due(?! to (?:the|a|an|its|his|her|their|weak|strong|lower|higher)\b)|payable|expires?|effective|takes? effect|deadline|coming|(?<!\b(?:appears?|appeared|seems?|seemed|said|says|believed|thought|known|reported|alleged|understood|claimed|found|proved|proven)\s)to be|resumes?|starting|beginning|(?:is|are|am) (?:\w+ )?(?!(?:following|during|including|according|regarding|concerning|involving|pending|notwithstanding|investigating|probing|searching|hunting|recovering|mourning|grieving|reeling)\b|(?:looking|seeking|asking|calling)\b(?=.*\b${INCIDENT_NOUNS}\b))\w+ing|(?:is|are) (?:being )?(?!(?:injured|wounded|hospitali[sz]ed|killed|stabbed|listed|believed|jailed|detained|down|often|even|hard)\b)\w+(?:ed|en|wn|ld|ard)|(?:begins|opens|starts|ends|meets|arrives|leaves|returns|visits|travels|heads|faces|plays|closes|goes|runs|lasts|continues|reopens|reconvenes|concludes|premieres|airs|debuts)(?! (?:on|up|down|out)\b(?! \w+day))|kicks off|wraps up|(?:comes?|enters?) into (?:force|effect)|gets? under ?way|(?<!\b(?:to|not|n['’]t|did|does|do)\s)go(?:es)? on sale|'ll)\b`,
  'gi',
);
/**
 * A present of a scheduled event after its subject, a name or a plural ("Moldovans vote on Sunday",
 * "Poland holds a runoff", "G7 leaders meet in"), not a noun ("a parliamentary vote on Sunday", "52
 * votes", "a swim meet") or a negation ("didn't meet"). An adverb may stand between the verb and the date
 * ("Netanyahu and Arafat meet separately Monday"). Case-sensitive, so a name is capitalised.
 */
const SCHEDULED_PRESENT = /(?<=(?:\b(?:[Tt]hey|[Ww]e)|\b\p{Lu}[\p{L}\d-]*|\b\p{Ll}{2,}s)\s)(?<!\b(?:its|his|this|was|is|has|does|us|plus|thus|Its|His|This)\s)(?:(?:go(?:es)?|heads?) to the polls|votes?|meet|holds?|convenes?|gathers?|elects?|decides?|chooses?|hosts?)(?=(?:\s+\p{Ll}{2,}ly)?(?:\s*$|\s(?:in|on|at|a|an|the|\p{Lu}\p{Ll}*day)\b))/gu;

/**
 * Past forms ("last" as in "last week", not the verb after a modal: "the truce will last through the
 * weekend"; nor a participle after "be", "remain", "stay" or "get", nor a future perfect's: "will remain
 * closed until Tuesday", "will get paid on Friday", "will have voted by Friday" look ahead). Words in "-ed" that are no past tense are left out: plans ("expected"), "-eed" verbs
 * ("succeed", "exceed"), "hundred", and "un-...-ed" adjectives ("an unspecified date", "undisclosed").
 */
const PAST_CUE = /\b(?:was|were|had|did|been|said|says|ago|(?<!\b(?:will|would|could|can|may|might|must|should|shall|to|not|\w+n['’]t)\s)last|earlier|since|(?<!\b(?:be|been|being|is|are|am|remain|remains|stay|stays|get|gets|(?:will|shall|ll) have) )(?:met|held|came|went|began|took|gave|made|told|fell|rose|won(?!['’]t)|lost|left|saw|found|got|sent|struck|died|fled|ran|drove|stole|fought|broke|threw|led|bought|sold|hid|spoke|wrote|rode|drew|knew|flew|wore|tore|swore|chose|woke|sank|caught|brought|thought|kept|felt|spent|built|sat|stood|paid|heard|stuck|swung|became|ate|withdrew|shook|(?<!\b(?:will|would|could|can|may|might|must|should|shall|to|not|a|an|the|his|her|their|its|our|your|my|booster|flu|big|long|first|parting|warning)\s)(?:shot|hurt)|(?!(?:expect|schedul|plann?|propos|extend)ed\b|[a-z]*(?:succe|proce|exce|ne|fe|spe|hundr|kindr|sacr)ed\b|un[a-z]+ed\b|(?:hop|want|aim|intend|vow|promis|pledg|threaten|agre|decid|prepar)ed to\b)[a-z]{3,}ed))\b/gi;
/**
 * A deadline just before the date: "by Nov. 22", "holders of record Dec. 21"; not the noun "a drive-by
 * Wednesday night", nor a record reached ("oil rose to a record on Monday").
 */
const DEADLINE = /(?<![\w-])(?:by|of\s+record)\s+(?:(?:on\s+)?(?:early\s+|late\s+|mid-?)?)?$/i;
/**
 * "The death toll rose to 45 by Sunday evening", "the fire was contained by Tuesday": a past verb of the
 * clause's own, nearer the date than any plan, says how things stood by then, not a deadline ahead. Not
 * a verb of saying or asking, nor one with a modal or an infinitive after it ("said it must pay by
 * Friday", "ordered the firm to pay by Friday", "ruled that he must be returned by Jan. 14").
 */
const REPORTING = /^(?:said|says|told|asked|ordered|urged|called|demanded|warned|announced|ruled|decided|agreed)$/i;
const STILL_AHEAD = /\b(?:must|should|would|will|shall|could|can|may|might|be|to\s+(?!(?:the|a|an|its|his|her|their|\d)\b)[a-z]+)\b/i;
function doneBy(before: string): boolean {
  const cut = DEADLINE.exec(before)?.index ?? before.length;
  const clause = before.slice(0, cut);
  let past: RegExpExecArray | null = null;
  PAST_CUE.lastIndex = 0;
  for (let m = PAST_CUE.exec(clause); m; m = PAST_CUE.exec(clause)) past = m;
  if (!past || lastIndex(FUTURE_CUE, clause) > past.index || REPORTING.test(past[0]) || /^(?:ago|earlier|since|last)$/i.test(past[0])) return false;
  return !STILL_AHEAD.test(clause.slice(past.index + past[0].length));
}

/**
 * "The court adjourned the case until Friday", "the vote was postponed to Monday": a thing put off is
 * put off to a day ahead, though the verb that puts it off is past.
 */
const PUT_OFF = /\b(?:adjourn|postpon|delay|defer|reschedul|remand|suspend|extend)\w*\b[^.;:]{0,40}?\b(?:until|till|to)\s+(?:(?:early|late|mid-?)\s*)?$/i;

/**
 * A headline's future: a subject and "to" with its verb, the copula left out ("Apple to report earnings
 * on Monday", "Man to be sentenced Friday", "UK economy to shrink in 2010"). Only from the sentence's
 * start, the subject at most five words, the first capitalised, and "to" before a verb, not a noun
 * phrase ("Visits to the museum", "Trips to Paris").
 */
const HEADLINE_TO = /^\s*(\p{Lu}[\p{L}\d'’&.-]*(?:\s+[\p{L}\d'’&.-]+){0,4})\s+to\s+(?!(?:the|a|an|his|her|its|their|this|that|these|those|our|my|your|some|all|each|every|more|date)\b)\p{Ll}+\b/u;

/**
 * Openings whose "to" is a preposition, not a headline's infinitive: "According to police, ...", "Due to
 * the storm", "In response to", "Speaking to reporters". "According to police, the man got into an
 * argument ... around 4 p.m. Friday" had put Friday a week ahead, "to police" read as "to" and a verb
 * (nineteenth round; such openings are common in crime reports).
 */
const PREPOSITIONAL_TO = /^(?:according|due|prior|thanks|owing|next|close|closer|contrary|pursuant|subject|similar|relative|compared|up|back|(?:in|with)\s+(?:addition|response|reply|regard|reference|contrast|respect|relation)|(?:speaking|talking|writing|responding|referring|reacting|testifying|listening|turning|returning|moving|heading|going|getting|coming|pointing|according))$/i;

/** Whether a sentence opens as a headline's future; a verb in the subject ("Police went to school", "The states agreed to talk") says it does not. */
function headlineFuture(opening: string): boolean {
  const m = HEADLINE_TO.exec(opening);
  return m !== null && !/\b\p{Ll}+ed\b/u.test(m[1]!) && lastIndex(PAST_CUE, m[1]!) < 0 && !PREPOSITIONAL_TO.test(m[1]!);
}

/** The earliest day something may happen: "could come as early as Tuesday" (but "was detected as early as Monday"). */
const EARLIEST = /\bas (?:early|soon) as\s+$/i;
/** A past perfect before the date: what was planned or done by then lies before the publication. */
const PAST_PLAN = /\bhad\s+(?:(?:already|previously|earlier|originally)\s+)?(?:been\s+(?:due|scheduled|expected|set|slated|supposed|planned)\b|(?!been\b)[a-z]+ed\b)/i;
/** The future as the verb after a date marks it: a modal or a plan, not a present tense. */
const FUTURE_AFTER = /\b(?:will|would|shall|going to|plans? to|(?:is|are) (?:to|due|set|expected|scheduled) to|'ll)\b/gi;
/** Where a clause starts before the date: punctuation, quotes, or a conjunction after a comma. */
const CLAUSE_START = /[;:"“”(]|--|—|\b(?:but|while|whereas)\b|,\s*(?:which|who|where|and|when|after|before|because|although|though|as|so)\b/gi;
/** Where a clause ends after the date: the same, or the next comma once a word has passed. */
const CLAUSE_END = /[;:"“”()]|--|—|\b(?:but|while|whereas|that|which|who|and|when|after|before|because)\b|(?<=\w[^,]*),/i;
/** How far from the date its governing words may stand ("will meet again on Tuesday"). */
const WINDOW = 70;
/**
 * A modal of the future governs its whole verb phrase, so it reaches further: "will be appointed chief
 * engineer of the new polar research vessel for a voyage in December" has it 71 characters back. Other cues do
 * not: "first agreed to meet in this format at a foreign ministers' meeting in Tokyo in March" is past.
 */
const MODAL_REACH = 90;
const FAR_MODAL = /\b(?:will|shall)\b|['’]ll\b/gi;
/** An end point with no verb to say when: "extended $90 million in loans through January" runs ahead. */
const END_POINT = /\b(?:until|till|through)\s+(?:(?:early|late|mid-?)\s*)?$/i;
/**
 * Not the end of a week reported on: "shares slid in the week through Friday" said on a Thursday is
 * last Friday's week, over (timex-chrono.ts reads that weekday so). chrono-node had read "in the week"
 * and the weekday as one range, which this cue never saw; with that parser left out (chrono-gates.ts)
 * the weekday is read alone, after "through".
 */
const WEEK_THROUGH = /\bweek\s+(?:until|till|through|thru)\s+$/i;
/**
 * "has until Friday to decide", "have been given until Friday to question him": time allowed until a
 * day to do something is a deadline ahead, unless a simple past tells of one gone ("had until Friday").
 */
const UNTIL = /\b(?:until|till)\s+$/i;
const TO_DO_AFTER = /^(?:\s+\d{1,2}(?::\d\d)?\s*(?:a\.?m\.?|p\.?m\.?))?\s+to\s+(?!(?:the|a|an|its|his|her|their|this|that|\d)\b)[a-z]+/i;
const GONE_BY = /\b(?:had|was|were|did)\b/i;

export function speaksOfFuture(sentence: string, start: number, end: number = start): boolean {
  return tenseOf(sentence, start, end) ?? false;
}

/** "a Saturday shooting", "an Oct. 15 robbery", "the Saturday night double shooting". */
const INCIDENT_AFTER = new RegExp(String.raw`^(?:\s+(?:morning|afternoon|evening|night))?\s+(?:(?:fatal|deadly|double|triple|quadruple|mass|drive-by|gang-related|officer-involved|police|accidental|apparent|early-morning|late-night)\s+)*${INCIDENT_NOUNS}\b`, 'i');
/** "the shooting late Saturday", "a crash early Sunday morning", "the attack on Friday". */
const INCIDENT_BEFORE = new RegExp(String.raw`\b${INCIDENT_NOUNS}\s+(?:(?:on|late|early|in|that)\s+)*$`, 'i');
/** A modal or a plan that sets a clause ahead, whatever its incident words. */
const MODAL_FUTURE = /\b(?:will|shall|going to|plans? to|scheduled|set (?:to|for))\b|['’]ll\b/i;
/** "is accused of robbing a bank Friday", "is charged in the robbery": a charge is for a past act. */
const CHARGED_FOR = /\b(?:accused|charged|arrested|convicted|suspected|indicted|sentenced|jailed|booked|wanted)\s+(?:of|with|for|in)\b/i;

/**
 * "will appeal Wednesday's ruling", "would not comment on Sunday's shooting", "Stocks are rebounding
 * after Monday's plunge": a possessive date before a thing done (an incident, a ruling, an
 * announcement, a market's move) names it, and it is past whatever the verb that
 * governs the clause; not one awaited ("ahead of Wednesday's vote", "Friday's expected ruling").
 */
const THINGS_DONE = String.raw`(?:${INCIDENT_NOUNS}|rulings?|decisions?|verdicts?|announcements?|statements?|remarks|arrests?|raids?|deaths?|resignation|plunge|slump|sell-?off|rout|tumble|drop|slide|surge|losses|gains)`;
const NOT_AWAITED = String.raw`(?!(?:expected|scheduled|planned|upcoming|anticipated|proposed|likely|possible|coming)\b)`;
const POSSESSIVE_DONE = new RegExp(String.raw`^['’]s\s+${NOT_AWAITED}(?:[a-z-]+\s+)?${THINGS_DONE}\b`, 'i');
/** "the October slaying", "a June agreement": a month before a thing done or agreed names when it was. */
const MONTH_BEFORE_DONE = new RegExp(String.raw`^\s+${NOT_AWAITED}(?:[a-z-]+\s+)?(?:${THINGS_DONE}|agreements?|accords?|deals?|pacts?)\b`, 'i');

/** True where the words after a month used as a modifier name something already done. */
export function monthNamesThingDone(after: string): boolean {
  return MONTH_BEFORE_DONE.test(after);
}
/**
 * "ahead of Sunday's election", "on the eve of Tuesday's vote", "investors await Friday's jobs report":
 * a date something leads up to or is awaited, ahead unless a past verb says otherwise ("awaited" is one).
 */
const LEAD_UP = /\b(?:ahead\s+of|in\s+the\s+(?:run|lead)-up\s+to|on\s+the\s+eve\s+of|awaits?|awaiting)\s+(?:(?:a|an|the|his|her|their|its)\s+)?$/i;
const AWAITED = /\b(?:ahead\s+of|before|awaiting|awaits?|pending|until|for)\s+$/i;

/** True for the future, false for the past, null when the clause holds no cue either way. */
export function tenseOf(sentence: string, start: number, end: number): boolean | null {
  const before = clauseBefore(sentence.slice(Math.max(0, start - WINDOW), start));
  // "Police are investigating a Saturday shooting": the date is the incident's, and incidents are reported after.
  // Not under a modal future ("An attack Tuesday will be investigated", "will hold a briefing on the Saturday shooting on Friday").
  if ((INCIDENT_AFTER.test(sentence.slice(end, end + 60)) || INCIDENT_BEFORE.test(before) || CHARGED_FOR.test(before)) && !MODAL_FUTURE.test(before) && !MODAL_FUTURE.test(sentence.slice(end, end + WINDOW))) return false;
  if (POSSESSIVE_DONE.test(sentence.slice(end, end + 60)) && !AWAITED.test(before)) return false;
  // "a general strike called by the unions for Thursday": the call is past, the strike ahead (called-for-day.ts).
  // Not where the act itself is told as done after the day: "the strike called for Monday shut the port" (review69).
  if (calledForDay(before) && !PAST_PLAN.test(before) && !toldDone(sentence.slice(end, end + WINDOW))) return true;
  // A past perfect sets the plan in the past: "had been due to run out Friday", "had filed by Wednesday".
  if (PAST_PLAN.test(before)) return false;
  if (PUT_OFF.test(before) || continuedTo(before, sentence, sentence.slice(end, end + 60))) return true;
  if (UNTIL.test(before) && TO_DO_AFTER.test(sentence.slice(end, end + 40)) && !GONE_BY.test(before)) return true;
  // "By Wednesday afternoon, the fire had burned 10,000 acres": fronted, the date takes the verb after it.
  if (DEADLINE.test(before) && !doneBy(before) && !(/^\s*by\s+$/i.test(before) && firstAfter(clauseAfter(sentence.slice(end, end + WINDOW))) === false)) return true;
  const verdict = nearestBefore(before);
  // "Damage to homes on Monday was extensive": a finite verb after the date says the subject was a noun phrase.
  if (verdict !== false && headlineFuture(sentence.slice(0, start)) && firstAfter(clauseAfter(sentence.slice(end, end + WINDOW))) !== false) return true;
  if ((EARLIEST.test(before) || LEAD_UP.test(before)) && verdict !== false) return true;
  if (verdict !== null) return verdict;
  if (start > WINDOW) {
    const far = clauseBefore(sentence.slice(Math.max(0, start - MODAL_REACH), start));
    const modal = lastIndex(FAR_MODAL, far);
    if (modal >= 0 && lastIndex(PAST_CUE, far) < modal) return true;
  }
  // "Monday's vote is seen as a test": a possessive date names an event; the verb is the event's.
  if (/^['’]s\b/.test(sentence.slice(end, end + 2))) return false;
  const after = firstAfter(clauseAfter(sentence.slice(end, end + WINDOW)));
  return after === null && END_POINT.test(before) && !WEEK_THROUGH.test(before) ? true : after;
}

/**
 * A name or a word in quotes inside a clause that goes on after it in lower case: a nickname or a
 * minor's initials as a court paper gives them ('was hurt by his cousin, "R.T.K." on Wednesday',
 * 'a man known as "Boo" was arrested'). Its quotes open no clause of their own, so the verb before them
 * still governs the date. At most three words, not closed by a comma or a mark of its own: '"We will
 * go," he said' ends a quotation. The words before a date end where the date begins, so a quote closed
 * right before it ('"D.D.P." on') goes on too.
 */
const QUOTED_NAME = /["“][^"“”\s]+(?:\s+[^"“”\s]+){0,2}(?<![,!?])["”](?=\s+(?:\p{Ll}|$))/gu;

function clauseBefore(text: string): string {
  const read = text.includes('"') || text.includes('”') ? text.replace(QUOTED_NAME, (m) => ' '.repeat(m.length)) : text;
  let from = 0;
  CLAUSE_START.lastIndex = 0;
  for (let m = CLAUSE_START.exec(read); m; m = CLAUSE_START.exec(read)) from = m.index + m[0].length;
  return text.slice(from);
}

function clauseAfter(text: string): string {
  // A comma straight after the date closes a fronted adverbial ("On Tuesday, the envoy will fly").
  const body = text.replace(/^\s*,/, ' ');
  const stop = CLAUSE_END.exec(body);
  return stop ? body.slice(0, stop.index) : body;
}

/** The tense of the cue nearest the end of the text, or null when it holds none. */
function nearestBefore(text: string): boolean | null {
  const future = Math.max(lastIndex(FUTURE_CUE, text), lastIndex(SCHEDULED_PRESENT, text));
  const past = lastIndex(PAST_CUE, text);
  if (future < 0 && past < 0) return null;
  return future > past;
}

/** The tense of the first cue in the text, or null when it holds none. */
/** The called act told as done right after its day: "... for Monday shut down the port", "... drew 10,000". */
const DONE_AFTER = /^\s*(?:(?:\p{Ll}+\s+){0,2})?(?:shut|drew|brought|paralysed|paralyzed|closed|halted|turned|passed|went|ended|saw|left|disrupted|emptied|stranded|grounded|crippled|began|started)\b/u;

function toldDone(after: string): boolean {
  const clause = clauseAfter(after);
  return DONE_AFTER.test(clause) || firstAfter(clause) === false;
}

function firstAfter(text: string): boolean | null {
  FUTURE_AFTER.lastIndex = 0;
  PAST_CUE.lastIndex = 0;
  const future = FUTURE_AFTER.exec(text)?.index ?? -1;
  const past = PAST_CUE.exec(text)?.index ?? -1;
  if (future < 0 && past < 0) return null;
  return past < 0 || (future >= 0 && future < past);
}

function lastIndex(pattern: RegExp, text: string): number {
  let last = -1;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) last = m.index;
  return last;
}
