/**
 * A body a report names only as reacting to the event: the subject of a reaction ("The German Foreign
 * Office and the French Foreign Ministry condemned the strike", "the Chinese Foreign Ministry called
 * for restraint"), or a foreign mission speaking ("The US Embassy in Nairobi urged calm", "the British
 * High Commission issued a travel warning"). Such a body took no part in the act, so its country does
 * not put the event under that country (review74 fault 4); a body that acted, was struck or claimed the
 * act ("Ukraine's SBU claimed the strike", "the Russian Defence Ministry said it had hit targets") does.
 */

/** Verbs of a reaction to someone else's act, opening what follows the body (and the bodies listed with it). */
const REACTION =
  /^(?:condemn(?:ed|s)|denounc(?:ed|es)|deplor(?:ed|es)|decri(?:ed|es)|call(?:ed|s)\s+(?:for|on)|urg(?:ed|es)|appeal(?:ed|s)\s+(?:for|to)|welcom(?:ed|es)|express(?:ed|es)|voic(?:ed|es)|(?:offer(?:ed|s)|sen[dt]s?)\s+(?:its\s+|their\s+)?condolences|said\s+(?:that\s+)?(?:it|they)\s+(?:was\s+|were\s+|is\s+|are\s+)?(?:strongly\s+|firmly\s+|deeply\s+)?(?:condemned|condemns|deplored|deplores|concerned|alarmed|shocked|saddened|monitoring|following))\b/i;

/** A country's mission abroad: whatever it says about the event, it says from the side. */
const MISSION = /\b(?:Embass(?:y|ies)|High\s+Commission|Consulate(?:\s+General)?|Permanent\s+Mission|Mission\s+to)\b/;

/** What a mission does when it only speaks: it says, warns, advises, issues a notice. */
const MISSION_SPEAKS = /^(?:said|says|told|issued|issues|warned|warns|advised|advises|posted|tweeted|wrote|cautioned|asked)\b/i;

/** Words that may stand between a body and its verb: the adverbs of a statement and an auxiliary. */
const ADVERB = new Set(['also', 'later', 'swiftly', 'quickly', 'strongly', 'separately', 'publicly', 'sharply', 'firmly', 'immediately', 'has', 'have', 'had', 'on', 'in', 'a', 'statement', 'statements']);

/** Words of a list of further bodies written before the shared verb ("and the French Foreign Ministry"). */
const LIST_WORD = new Set(['and', 'the', 'of', 'for', 'on', 'its', 'their', 'both']);

/**
 * Words that may open a clause before its subject body: "while the", "A statement from the", "A spokesman
 * for the". Any other lower-case word (a verb: "Drones struck the") makes the body no subject.
 */
const OPENING_WORD = new Set([
  'the', 'a', 'an', 'and', 'while', 'but', 'whereas', 'meanwhile', 'both', 'also', 'of', 'for', 'from', 'by', 'its', 'their', 'statement',
  'spokesman', 'spokeswoman', 'spokesperson', 'official', 'officials',
]);

/** Whether the words since the clause's start (a sentence's end or a comma) leave the body its subject. */
function opensClause(before: string): boolean {
  const clause = before.slice(Math.max(before.lastIndexOf(','), ...['.', ';', ':', '!', '?', '\n'].map((c) => before.lastIndexOf(c))) + 1);
  return clause.split(/\s+/).every((w) => w === '' || /^\p{Lu}/u.test(w) || OPENING_WORD.has(w.toLowerCase()));
}

/** How far after the name the verb is looked for. */
const REACH = 160;

/** How far after the name the rest of its sentence is read for an act it goes on to do. */
const SENTENCE_REACH = 480;

/**
 * Whether the body named at [start, end) of `body` (its name `name`) is named there only as reacting:
 * the subject of a reaction verb, or, a mission, of one of speaking.
 */
export function namedAsReacting(body: string, start: number, end: number, name: string): boolean {
  if (!opensClause(body.slice(Math.max(0, start - REACH), start))) return false;
  const tail = body.slice(end, end + SENTENCE_REACH);
  const verb = verbAfterSubject(tail.replace(/^['’]s?(?=\s)/, ''), MISSION.test(name));
  if (verb === null) return false;
  const reacts = REACTION.test(verb) || (MISSION.test(name) && MISSION_SPEAKS.test(verb));
  return reacts && !alsoActsOrIsHit(verb);
}

/**
 * An act the body goes on to do in its own sentence, after its reaction ("called on the vessel to leave,
 * then fired water cannon at it", "condemned the incursion and expelled the ambassador", "expressed
 * concern and sent 40 doctors"), joined by "and" or "then". Only verbs a body does, not those of the act
 * it reacts to ("condemned the strike that killed two and injured five" keeps it reacting).
 */
const LATER_ACT =
  /\b(?:and|then)\s+(?:then\s+|later\s+|also\s+|swiftly\s+|quickly\s+)?(?:fired|boarded|expelled|sent(?!\s+(?:(?:its|their|his|her|a|an)\s+)?(?:condolences|sympathies|message|letter|note|wishes|envoy))|dispatched|deployed|seized|detained|arrested|rammed|blocked|intercepted|launched(?!\s+(?:an?|its|their)\s+(?:[\p{L}-]+\s+)?(?:investigation|inquiry|probe|appeal|review))|struck|raided|shot|towed|escorted|ordered\s+(?:troops|ships|forces|the\s+(?:army|navy)))\b/iu;

/** The body itself or its own as the subject of a passive: "it had been", "two of its staff were". */
const ITSELF_STRUCK = String.raw`(?:it|its\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+|the\s+(?:embassy|consulate|mission|compound|building))\s+(?:had\s+been|has\s+been|have\s+been|was|were|is|are)\s+(?:\p{L}+ly\s+)?(?:struck|hit|attacked|targeted|damaged|shelled|bombed|stormed|rammed|boarded|seized|wounded|injured|hurt|killed|kidnapped|abducted)\b`;

/**
 * A body that says it was struck or hurt ("said it had been struck by a drone", "said two of its staff
 * were wounded"), or reacts to its own loss ("called for calm after its patrol boat was rammed"): the
 * act's target speaking, not a bystander. Only what the body itself says of itself, or the loss its
 * reaction follows: "condemned the strike, saying it was targeted at civilians" is of the strike.
 */
const STRUCK_ITSELF = new RegExp(
  String.raw`^(?:said|says|reported|confirmed|stated|announced)\b[^,;]{0,40}?\b${ITSELF_STRUCK}|\b(?:after|when|as|because)\s+${ITSELF_STRUCK}`,
  'iu',
);

/** Whether the rest of the body's sentence, from its verb, tells it acting too or being struck. */
function alsoActsOrIsHit(fromVerb: string): boolean {
  const sentence = fromVerb.split(/[.;!?](?=\s|$)/)[0]!;
  return LATER_ACT.test(sentence) || STRUCK_ITSELF.test(sentence);
}

/**
 * The text from the verb of the clause the body opens: past "in <Place>" (a mission's seat), a list of
 * further bodies and the adverbs of a statement ("on Tuesday"); null where a lower-case word that is
 * none of these comes first (the body is an object: "struck the ministry and killed two") or the
 * sentence ends.
 */
function verbAfterSubject(tail: string, mission: boolean): string | null {
  const words = /\s*(,|[^\s,.;:!?]+|[.;:!?])/gy;
  let seen = 0;
  let atSeat = mission;
  for (let m = words.exec(tail); m !== null && seen < 16; m = words.exec(tail), seen++) {
    const word = m[1]!;
    if (/^[.;:!?]$/.test(word)) return null;
    if (word === ',' || /^\p{Lu}/u.test(word) || /^\d/.test(word)) continue;
    const lower = word.toLowerCase();
    // "The US Embassy in Nairobi": the mission's seat, once, straight after its name.
    if (atSeat && lower === 'in') {
      atSeat = false;
      continue;
    }
    if (LIST_WORD.has(lower) || ADVERB.has(lower) || /^\p{L}+ly$/u.test(lower)) continue;
    return tail.slice(m.index + m[0].length - word.length);
  }
  return null;
}
