/**
 * The `maritime` theme (docs/themes.md): attacks on ships and the seizing of them at sea, as a
 * maritime-security desk follows them. Piracy, hijacking, boarding and seizure of a vessel, and a
 * missile, drone or gunfire striking one. A ship in the news for anything else (a port call, a
 * launch, a cargo) is no cue, nor copyright "piracy" or a ball team called the Pirates: a cue needs a
 * hostile act and a vessel in one clause, or a word that only the sea gives (piracy, pirates).
 */
import type { GatedPattern, ThemeRule } from './themes.js';

/** Nouns of sea-going vessels, as news of attacks names them ("shipping" alone is also postage). */
const VESSEL = String.raw`(?:ship|ships|vessel|vessels|tanker|tankers|freighter|freighters|bulk carrier|bulker|cargo carrier|container carrier|boxship|supramax|suezmax|dhow|dhows|trawler|trawlers|merchant shipping|commercial shipping)`;
/**
 * Hostile acts done to a vessel, written before it. Not "boarded" (passengers board ships) nor
 * "struck" (a ship strikes a reef), which count only in the passive (PASSIVE_ACT).
 */
// "detained a tanker": a state holding a ship is its seizure (review ux73a fault 3).
const ACT = String.raw`(?:attack(?:ed|s|ing)?|strikes? (?:on|against)|hit|hijack(?:ed|s|ing)?|seiz(?:e|ed|es|ing)|seizure of|detain(?:ed|s|ing)?|detention of|raided|fired (?:on|at|upon)|targeted|targeting|rammed|commandeered)`;
/**
 * The same acts after the vessel: "the tanker was boarded", "a freighter hijacked off Eyl", "a bulk
 * carrier set ablaze in the strait" (a fire set by an attack: "set ablaze" followed by where or by whom).
 */
const PASSIVE_ACT = String.raw`(?:(?:(?:was|were|had been|has been|have been|is|are|being)(?: [\w-]+)? (?:attacked|struck|hit|hijacked|seized|detained|boarded|raided|targeted|rammed|commandeered|fired (?:on|at|upon)|set (?:ablaze|on fire|alight)))|(?:reported(?:ly)? (?:being |to have been )?)?(?:attacked|hijacked|seized|boarded|struck by|hit by|targeted by|set (?:ablaze|on fire|alight)(?= (?:in|off|near|by|after)\b)))`;

/**
 * An act then the vessel ("hijacked the tanker", "missiles hit a bulk carrier", "the seizure of a
 * fishing dhow") or the vessel then the act in the passive ("the tanker was boarded", "a ship hit by
 * a drone"), a few words apart and in one sentence. A ship as the doer ("the ship hit the pier")
 * is no cue.
 */
const ACT_ON_VESSEL: GatedPattern = {
  pattern: new RegExp(String.raw`\b(?:${ACT}(?: (?:a|an|the|two|three|several|its|their))?(?: [\w-]+){0,3} ${VESSEL}|${VESSEL} ${PASSIVE_ACT})\b`, 'gi'),
  words: ['ship', 'vessel', 'tanker', 'freighter', 'bulk', 'carrier', 'boxship', 'supramax', 'suezmax', 'dhow', 'trawler'],
};

/**
 * Words only the sea gives. "Piracy" not of software, films, music or content; "pirates" and
 * "pirate" before a few nouns of gangs and attacks, in lower case or opening a sentence (the Pittsburgh Pirates are a team).
 */
const PIRACY: GatedPattern = {
  pattern: /\b(?:(?<!(?:software|digital|online|music|film|movie|video|content|media|copyright|book|streaming|internet) )[Pp]iracy|pirates|(?<=^|[.!?:]\s{1,3})Pirates|pirate (?:attacks?|gangs?|groups?|skiffs?|action|activity|raids?)|armed robbery at sea|kidnapp\w* (?:of )?(?:the )?(?:crew|seafarers|sailors)|(?:crew|seafarers|sailors) (?:were |was )?(?:taken |held )?hostage)\b/g,
  words: ['piracy', 'pirate', 'armed robbery at sea', 'crew', 'seafarers', 'sailors'],
};

/** Boarding by armed men, whatever they boarded: "gunmen boarded the ship", "pirates boarded a dhow". */
const HOSTILE_BOARDING: GatedPattern = {
  pattern: /\b(?:pirates|gunmen|armed men|attackers|raiders|militants|commandos|hijackers)(?: [\w-]+)? boarded\b/gi,
  words: ['boarded'],
};

/**
 * A vessel boarded by a state's forces at sea: "border guards boarded the tanker", "the coastguard
 * boarded the Malta-flagged tanker", "its patrol boat had boarded the Silver Heron, a product
 * tanker" (review ux73a fault 11). A vessel word must follow in the clause: border guards also board
 * trains and buses.
 */
const FORCES_BOARDING: GatedPattern = {
  pattern: new RegExp(String.raw`\b(?:coast ?guards?|coastguards?|border guards?|navy|naval (?:forces|personnel|commandos|special forces)|marines|special forces|customs officers|patrol (?:vessels?|boats?|ships?))(?: [\w-]+){0,3} boarded\b[^.;!?]{0,80}?\b${VESSEL}\b`, 'gi'),
  words: ['boarded'],
};

export const MARITIME_RULE: ThemeRule = { theme: 'maritime', patterns: [ACT_ON_VESSEL, PIRACY, HOSTILE_BOARDING, FORCES_BOARDING] };
