/**
 * Casualty counts told with a number: a toll ("four people were killed", "the death toll rose to 38"),
 * a killer's victims ("killing three"), the wounded ("injuring 27 others"), and the shot, the dead
 * among them ("5 shot", "two women were rushed to a hospital").
 */

import type { WordGroups } from './word-gate.js';
import { ABOUT, ANIMALS, COUNT_FIRST, HOW, INCLUDING, NOT_A_MEASURE, NUMBER, PARTITIVE_DEATH, PEOPLE, WERE, WHO, WHO_NOUNS, WHO_WORDS } from './casualty-count.js';

/** Gunshot wounds told without how bad ("multiple gunshot wounds"): the dead suffer them too. */
const BARE_GUNSHOT = String.raw`(?:(?:multiple|apparent|several)\s+)?(?:gunshot|bullet)\s+wounds\b`;

/**
 * `killed` is a toll ("four people were killed", "5 dead"); `victims`, those a gunman killed ("killing
 * three", "faces three counts of murder"): his own death, told apart, is one more only on top of
 * those (a toll of a murder-suicide already counts him). A verb and the count after it are on one line:
 * a list's "Smith was killed" does not take the next line's "Six others struck by bullets" as its count.
 */
const ORDINALS = ['second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

/**
 * Each pattern with the words every match of it holds (lower case; one of each group): a text that
 * lacks them is not scanned with it (word-gate.ts). Most pages lack most of these patterns' verbs.
 */
export const PATTERNS: { kind: 'killed' | 'injured' | 'shot' | 'victims'; words: WordGroups; pattern: RegExp }[] = [
  // Not a part of a whole ("one of the three victims died": one, not three; see PARTITIVE below).
  { kind: 'killed', words: [['kill', 'dead', 'died', 'death', 'fatally', 'lives']], pattern: new RegExp(String.raw`\b${COUNT_FIRST}(?<!\bof\s{1,3}(?:the|those)\s{1,3})${NUMBER}\s+${INCLUDING}${WHO}${WERE}(?:found\s+)?(?:shot\s+(?:and\s+)?)?(?:killed|dead|died|(?:have|had)\s+(?:since\s+|now\s+)?died|(?:now\s+)?(?:known|confirmed|believed|reported|thought)\s+to\s+have\s+(?:died|been\s+killed)|confirmed dead|(?:pronounced|declared)\s+dead|(?:shot|stabbed|beaten) to death|fatally\s+(?:shot|wounded|injured|struck|stabbed)|lost\s+their\s+lives)\b`, 'gi') },
  // "One of the three victims died", "two of the four people shot were killed", "one of them died", "both victims died".
  { kind: 'killed', words: [['died', 'killed', 'dead']], pattern: new RegExp(String.raw`\b${NUMBER}\s+of\s+(?:the|those|them)\s+(?:(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten)\s+)?${PARTITIVE_DEATH}`, 'gi') },
  { kind: 'killed', words: [['both'], ['died', 'killed', 'dead']], pattern: new RegExp(String.raw`\b(both)\s+(?:of\s+(?:the|them)\s+)?${PARTITIVE_DEATH}`, 'gi') },
  // "Five men, one fatally, were shot": the dead, told between the count of the shot and its verb.
  { kind: 'killed', words: [['fatally']], pattern: new RegExp(String.raw`\b${COUNT_FIRST}(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+(?:people|persons|victims|men|women|children|teens|teenagers|boys|girls|others),\s+${NUMBER}\s+(?:of\s+them\s+)?fatally,\s+(?:were|have\s+been|had\s+been)\s+shot\b`, 'gi') },
  // "A third victim of Saturday's shooting has died", "Second person dies after Sunday shooting": at least
  // that many dead. Not "a third man died at the scene" after two wounded: a third person, not a third death.
  { kind: 'killed', words: [ORDINALS, ['died', 'dies', 'succumbed']], pattern: new RegExp(String.raw`\b(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(?:victim|person)\s+(?:[^.;]{0,40}?\s)?(?:has\s+died|have\s+died|later\s+died|dies|has\s+succumbed|succumbed)\b`, 'gi') },
  // "has recorded the deaths of at least nine villagers": a toll told as the deaths of a number of people.
  { kind: 'killed', words: [['deaths']], pattern: new RegExp(String.raw`\bdeaths\s+of\s+${ABOUT}${NUMBER}${NOT_A_MEASURE}\s+(?:${WHO_WORDS}\s+){0,3}(?:${WHO_NOUNS})\b`, 'gi') },
  // "Rescuers have recovered 14 bodies", "had pulled 11 bodies from the mud": a disaster's dead, counted as they are found.
  // Not "bodies of water" or "of evidence", nor a dig's: "Archaeologists found 40 bodies in a Roman cemetery"
  // (review72 fault 9); the sentence's words either side are read, 120 characters at most.
  { kind: 'killed', words: [['bodies']], pattern: new RegExp(String.raw`(?<!\b(?:archaeolog|excavat|dig\b)[^.;!?\n]{0,120})\b(?:recovered|retrieved|pulled|found|dug\s+out)\s+${ABOUT}${NUMBER}${NOT_A_MEASURE}\s+bodies\b(?!\s+of\b)(?![^.;!?\n]{0,120}\b(?:cemeter(?:y|ies)|ancient|Roman|medieval|prehistoric|Neolithic|Bronze\s+Age|Iron\s+Age|centuries|(?:\d{1,2}(?:st|nd|rd|th)|[a-z]+(?:th|st|nd|rd))[\s-]century|years?\s+old|dating\s+(?:back|from|to))\b)`, 'gi') },
  // "The fire claimed the lives of two teens".
  { kind: 'killed', words: [['claim'], ['lives']], pattern: new RegExp(String.raw`\bclaim(?:ed|s|ing)?\s+the\s+lives\s+of\s+${ABOUT}${NUMBER}${NOT_A_MEASURE}\b`, 'gi') },
  // Not animals: "Hunters killed 90,280 deer" is a harvest, not a toll. Not a headline's next count: "1 killed 3
  // injured" is one dead and three hurt ("killed 1, hurt 8" keeps its count). "Gunned down" is said of
  // killings ("accused of gunning down 2 neighbours"). "killing all 157 people on board" is a toll of 157 (review72).
  { kind: 'victims', words: [['kill', 'fatally', 'gun']], pattern: new RegExp(String.raw`\b(?:kill(?:ing|ed|s)|fatally\s+sho(?:t|ot|ots|oting)|gun(?:ning|ned|s)\s+down)[^\S\n]+(?:(?:his|her|their|all)\s+)?${ABOUT}${NUMBER}${NOT_A_MEASURE}\b(?![^\S\n]+(?:injured|wounded|hurt|shot)\b)(?!\s+(?:${ANIMALS})\b(?!\s+(?:hunters?|fans?|players?|officers?|owners?|farmers?|keepers?)\b))`, 'gi') },
  // "faces three counts of murder": each count is a person killed
  { kind: 'victims', words: [['count'], ['murder', 'homicide', 'manslaughter']], pattern: new RegExp(String.raw`\b${NUMBER}\s+counts?\s+of\s+(?:(?:first|second|third)[- ]degree\s+|aggravated\s+)?(?:murder|homicide|manslaughter)\b`, 'gi') },
  // "three first-degree murder counts", "two murder charges"
  { kind: 'victims', words: [['murder', 'homicide'], ['counts', 'charges']], pattern: new RegExp(String.raw`\b${NUMBER}\s+(?:(?:first|second|third)[- ]degree\s+)?(?:murder|homicide)\s+(?:counts|charges)\b`, 'gi') },
  // "Five teens were shot near a store, one fatally", "4 shot, one fatally"
  // "Six people were shot Sunday, two fatally", "shot early Sunday, one of them fatally", "3 shot, 1 dies",
  // "nine were shot at the party, three of whom died", "shot, including two who were killed".
  { kind: 'killed', words: [['shot'], ['fatally', 'die', 'killed']], pattern: new RegExp(String.raw`\bshot\b[^.;:!?]{0,40}?,\s+(?:including\s+)?(?:at\s+least\s+)?${NUMBER}\s+(?:of\s+(?:them|whom)\s+)?${WHO}(?:who\s+)?(?:fatally|(?:have\s+|later\s+)?died|dies|die|were\s+killed|was\s+killed)\b`, 'gi') },
  { kind: 'killed', words: [['toll', 'number']], pattern: new RegExp(String.raw`\b(?:death toll|number of (?:people|those) (?:killed|dead))\b[^.]{0,100}?\b(?:risen|rose|rises|climbed|climbs|jumped|stands|stood|reached)\s+(?:to|at)\s+${ABOUT}${NUMBER}${NOT_A_MEASURE}\b`, 'gi') },
  // "bringing the death toll to two", "raising the toll to 38", "raising the death toll from the slide to
  // two" (the event named in words between: "from 12 to 14" has no such words and is left as it was).
  { kind: 'killed', words: [['toll', 'number']], pattern: new RegExp(String.raw`\b(?:bringing|raising|pushing|taking|lifting)\s+the\s+(?:[\w-]+\s+)?(?:death\s+toll|toll|number\s+of\s+(?:dead|deaths))\s+(?:(?:from|in|of)\s+(?:the\s+)?(?:[A-Za-z-]+\s+){1,3}?)?to\s+${ABOUT}${NUMBER}${NOT_A_MEASURE}\b`, 'gi') },
  // "1 dead, 3 more hurt", "a man shot dead, with three more who were badly hurt": "more" stands for people
  // beside the dead. Not of the dead ("two more were killed" adds to a toll told before it).
  { kind: 'injured', words: [['injured', 'wounded', 'hurt', 'hospitali']], pattern: new RegExp(String.raw`\b${COUNT_FIRST}(?<!\bof\s{1,3}(?:the|those)\s{1,3})${NUMBER}\s+${INCLUDING}(?:more\s+(?:who\s+)?|${WHO})${WERE}${HOW}(?:shot\s+(?:and\s+)?)?(?:injured|wounded|hurt|hospitali[sz]ed)\b`, 'gi') },
  // "Two others who were hurt in the crash got hospitalized": the hurt, told in a relative clause.
  // Not "one of five men who were wounded": a part of the whole, one of whom may have died.
  { kind: 'injured', words: [['injured', 'wounded', 'hurt', 'hospitali']], pattern: new RegExp(String.raw`\b${COUNT_FIRST}(?<!\bof\s{1,3}(?:the\s{1,3}|those\s{1,3})?)${NUMBER}\s+${INCLUDING}${WHO}who\s+${WERE}${HOW}(?:shot\s+(?:and\s+)?)?(?:injured|wounded|hurt|hospitali[sz]ed)\b`, 'gi') },
  { kind: 'injured', words: [['injur', 'wound']], pattern: new RegExp(String.raw`\b(?:injur|wound)(?:ing|ed|es|s|e)?[^\S\n]+(?:of\s+)?${ABOUT}${NUMBER}${NOT_A_MEASURE}\b`, 'gi') },
  // "three others with serious injuries", "two others sustained minor stab wounds"
  { kind: 'injured', words: [['injuries', 'wounds']], pattern: new RegExp(String.raw`\b${NUMBER}\s+(?:other\s+\w+|others)\s+(?:with|sustained|suffered|received)\s+(?:[\w-]+\s+){0,3}(?:injuries|wounds)\b`, 'gi') },
  // "shot three other people", "shot four men", "shoots 4 relatives"
  { kind: 'shot', words: [['shot', 'shoots', 'stab']], pattern: new RegExp(String.raw`\b(?:shot|shoots|stabbed|stabs)[^\S\n]+(?:at least\s+|(?:his|her|their)\s+)?${NUMBER}\s+(?:other\s+)?(?:(?:young|teenage|adult|small)\s+)?(?:people|persons|men|women|others|teens|teenagers|victims|children|kids|boys|girls|students|officers|deputies|relatives|family\s+members|neighbors|neighbours|co-?workers|friends|bystanders|sons|daughters|grandchildren|brothers|sisters|cousins|parents|stepchildren)\b`, 'gi') },
  // "opening fire at a bus stop, hitting four people", "striking two bystanders"
  { kind: 'shot', words: [['hitting', 'striking']], pattern: new RegExp(String.raw`\b(?:hitting|striking)[^\S\n]+(?:at least\s+)?${NUMBER}\s+(?:other\s+)?(?:people|persons|men|women|others|teens|teenagers|victims|bystanders|children)\b`, 'gi') },
  { kind: 'shot', words: [['shot', 'stabbed']], pattern: new RegExp(String.raw`\b${NUMBER}\s+${INCLUDING}${WHO}(?:(?:were|have been|had been|are)\s+(?:accidentally|reportedly|allegedly|apparently|also|critically|seriously|all|each)\s+|were\s+|have been\s+|had been\s+|are\s+)?(?:shot|stabbed)\b(?!\s+(?:and\s+)?(?:killed|dead)|\s+to\s+death|\s+at\s*(?:[,.;]|but\b|by\b|and\s+missed\b))`, 'gi') },
  // "Three teens walking home from practice were shot": the people noun, a short clause, then the verb.
  { kind: 'shot', words: [['shot']], pattern: new RegExp(String.raw`\b${NUMBER}\s+${PEOPLE}\b[^.,;:\d]{1,50}?\b(?:were|have been)\s+shot\b(?!\s+(?:and\s+)?(?:killed|dead)|\s+at\s*(?:[,.;]|but\b|by\b|and\s+missed\b))`, 'gi') },
  // "Two other women inside the bar were later injured", "four others near the gate were also hit by
  // gunfire": the people noun, a short phrase of where they were, then the harm: hurt, or hit (shot,
  // the dead among them, unless others than the dead). Not a part of a whole ("None of the other five
  // men inside got hurt").
  { kind: 'injured', words: [['injured', 'wounded', 'hurt']], pattern: new RegExp(String.raw`\b${COUNT_FIRST}(?<!\bof\s{1,3}(?:(?:the|those)\s{1,3})?(?:other\s{1,3})?)${NUMBER}\s+(?:(?:other|more)\s+)?${PEOPLE}\s+(?:in|inside|at|on|near|outside)\b[^.,;:\d]{1,40}?\b(?:were|have\s+been)\s+(?:also\s+|later\s+|subsequently\s+|\w+ly\s+)?(?:injured|wounded|hurt)\b`, 'gi') },
  { kind: 'shot', words: [['hit', 'struck'], ['gunfire', 'bullet']], pattern: new RegExp(String.raw`\b${COUNT_FIRST}(?<!\bof\s{1,3}(?:(?:the|those)\s{1,3})?(?:other\s{1,3})?)${NUMBER}\s+(?:other\s+)?${PEOPLE}\s+(?:in|inside|at|on|near|outside)\b[^.,;:\d]{1,40}?\b(?:were|have\s+been)\s+(?:also\s+|\w+ly\s+)?(?:hit|struck)\s+by\s+(?:gunfire|bullets?|stray\s+bullets?)\b`, 'gi') },
  // "two men were hit during a late-night shooting", "three were struck by gunfire"
  { kind: 'shot', words: [['hit', 'struck'], ['gunfire', 'bullet', 'shooting', 'shots', 'gunshot']], pattern: new RegExp(String.raw`\b${NUMBER}\s+${WHO}${WERE}(?:(?:also|all)\s+)?(?:hit|struck)\b(?=[^.]{0,40}\b(?:gunfire|bullets?|shooting|shots|gunshots?)\b)`, 'gi') },
  // "Five men were rushed to a hospital", "two teens with gunshot wounds": every victim, the dead too.
  { kind: 'shot', words: [['hospital']], pattern: new RegExp(String.raw`\b${NUMBER}\s+${WHO}${WERE}(?:taken|transported|rushed|airlifted|flown|sent)\s+to\s+(?:a\s+|the\s+|area\s+|local\s+|nearby\s+|several\s+)?hospitals?\b`, 'gi') },
  // "Three men were found slumped inside a parked car and bleeding from gunshot wounds": where they were
  // found may stand between the people and their wounds (up to eight words, no comma), before "bleeding
  // from" or "suffering from" ("with" only close to them: "two men were arrested with ..." is no wound).
  { kind: 'shot', words: [['gunshot']], pattern: new RegExp(String.raw`\b${NUMBER}\s+${PEOPLE}\s+(?:(?:[\w-]+\s+){0,3}?(?:with|suffering(?:\s+from)?|bleeding\s+from)|(?:[\w-]+\s+){4,8}?(?:suffering|bleeding)\s+from)\s+(?:[\w-]+\s+){0,2}?gunshots?\s+wounds?\b`, 'gi') },
  // "Three other gunshot victims walked into an emergency room", "two shooting victims": shot, the dead among them
  // unless they are others than the dead.
  { kind: 'shot', words: [['victims']], pattern: new RegExp(String.raw`\b${COUNT_FIRST}(?<!\bof\s{1,3}(?:the|those)\s{1,3})${NUMBER}\s+(?:other\s+)?(?:gunshot|shooting)\s+victims\b`, 'gi') },
  // "Two teens are recovering at home", "three victims were recovering": hurt, not dead.
  { kind: 'injured', words: [['recovering']], pattern: new RegExp(String.raw`\b${NUMBER}\s+${WHO}(?:are|were|remain|remained)\s+(?:\w+\s+)?recovering\b`, 'gi') },
  // "The two other women survived", "Five others who survived the blast", "all five boys are expected
  // to pull through": shot and alive, so wounded. Not an obituary's "survived by two sons", nor a part of a
  // whole ("two of the victims survived", which may leave dead among them).
  { kind: 'injured', words: [['surviv', 'recover']], pattern: new RegExp(String.raw`\b${COUNT_FIRST}(?<!\bof\s{1,3}(?:the|those)\s{1,3})${NUMBER}\s+${WHO}(?:who\s+)?(?:(?:all|also|each)\s+)?(?:survived(?!\s+by\b)|(?:are|were|is)\s+(?:all\s+)?expected\s+to\s+(?:survive|recover))\b`, 'gi') },
  // "Three women are in a hospital after the attack", "two teens remain in hospital": hurt, not dead.
  { kind: 'injured', words: [['hospital']], pattern: new RegExp(String.raw`\b${NUMBER}\s+${WHO}(?:are|were|remain|remained)\s+(?:still\s+)?(?:in|at)\s+(?:the\s+|a\s+|area\s+|local\s+|nearby\s+|several\s+)?hospitals?\b`, 'gi') },
  // "All five men suffered serious injuries", "two unnamed teens sustained minor injuries". Gunshot wounds alone are every victim's,
  // the dead's too ("All three victims had suffered gunshot wounds" of a triple killing): shot.
  // Where they were may come between: "Three other men inside the bakery sustained minor injuries".
  { kind: 'injured', words: [['injuries', 'wounds']], pattern: new RegExp(String.raw`\b${NUMBER}\s+(?:(?:other|unidentified|unnamed|young|adult|male|female)\s+)?${PEOPLE}\s+(?:(?:in|inside|at|on|near|outside)\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){1,2}?)?(?:suffered|sustained|received)\s+(?!${BARE_GUNSHOT})(?:[\w-]+\s+){0,3}(?:injuries|wounds)\b`, 'gi') },
  // "three Thai crew members suffered light injuries", "two sailors sustained burns and injuries": people
  // of another noun or with their side named, as the counts above read them. Not after "of": "the
  // shooting of two police officers suffered ..." is someone else's wound.
  { kind: 'injured', words: [['injuries', 'wounds']], pattern: new RegExp(String.raw`\b${COUNT_FIRST}(?<!\bof\s{1,3})${NUMBER}\s+(?:${WHO_WORDS}\s+){0,3}(?:${WHO_NOUNS})\s+(?:suffered|sustained|received)\s+(?!${BARE_GUNSHOT})(?:[\w-]+\s+){0,3}(?:injuries|wounds)\b`, 'gi') },
  { kind: 'shot', words: [['wounds']], pattern: new RegExp(String.raw`\b${NUMBER}\s+${PEOPLE}\s+(?:suffered|sustained|received)\s+${BARE_GUNSHOT}`, 'gi') },
  // "A total of 44 people received hospital treatment", "12 passengers were treated in hospital": the hurt.
  { kind: 'injured', words: [['treatment']], pattern: new RegExp(String.raw`\b${NUMBER}\s+${PEOPLE}\s+(?:received|were\s+given|needed|required)\s+(?:hospital|medical|emergency)\s+treatment\b`, 'gi') },
  // "Two others were being treated for stab wounds", "the four men are being treated at Lakeshore
  // Hospital": hurt, as those treated in hospital are.
  // "Three others are receiving treatment for gunshot wounds" too. Not "treated for shock" (no wound:
  // GVA and the outlets count the physically hurt), "treated to lunch", or "treatment for cancer".
  { kind: 'injured', words: [['treated', 'treatment']], pattern: new RegExp(String.raw`\b${NUMBER}\s+${WHO}(?:are|were)\s+(?:still\s+)?(?:being\s+treated|receiving\s+(?:(?:hospital|medical|emergency)\s+)?treatment)\s+(?:for\s+(?:[\w-]+\s+){0,3}?(?:injuries|wounds|gunshot\s+wounds)|(?:in|at)\s+(?:a\s+|the\s+|local\s+|nearby\s+|area\s+)?(?:[\w'’.-]+\s+){0,3}?hospitals?)\b`, 'gi') },
  // "Nine others are being treated.", "four victims were receiving treatment": others than the dead, or
  // the victims, treated with nothing after it are the hurt. Other people so told may be treated for
  // anything ("two people are being treated" in a story of a gas leak), and are left to the readings above.
  { kind: 'injured', words: [['treated', 'treatment'], ['others', 'victims']], pattern: new RegExp(String.raw`\b${NUMBER}\s+(?:(?:other|more)\s+)?(?:(?:gunshot|shooting)\s+)?(?:others|victims)\s+(?:are|were)\s+(?:still\s+)?(?:being\s+treated|receiving\s+(?:(?:hospital|medical|emergency)\s+)?treatment)(?=\s*(?:[.;]|$))`, 'gim') },
  // "Two of the victims received minor injuries": a part of the victims, hurt.
  { kind: 'injured', words: [['injuries', 'wounds']], pattern: new RegExp(String.raw`\b${NUMBER}\s+of\s+(?:the|those)\s+(?:victims|wounded|people\s+shot)\s+(?:suffered|sustained|received)\s+(?:[\w-]+\s+){0,3}(?:injuries|wounds)\b`, 'gi') },
  { kind: 'injured', words: [['treated'], ['hospital']], pattern: new RegExp(String.raw`\b${NUMBER}\s+${WHO}${WERE}treated\s+(?:in|at)\s+(?:a\s+|the\s+|local\s+|nearby\s+|area\s+)?hospitals?\b`, 'gi') },
  // "Four others are in fair condition", "two women remain in serious condition": hurt, alive. Not where
  // the sentence goes on to a death ("two men were in critical condition; one died"), nor a part of a whole.
  { kind: 'injured', words: [['condition']], pattern: new RegExp(String.raw`\b${COUNT_FIRST}(?<!\bof\s{1,3}(?:the|those)\s{1,3})${NUMBER}\s+${WHO}(?:are|were|remain|remained)\s+(?:(?:listed|reported|still|now|both|all)\s+)?in\s+(?:stable|serious|critical|fair|good|grave)(?:\s+(?:but|and|to)\s+(?:stable|serious|critical|fair|good))?\s+condition\b(?![^.!?\n]*\b(?:died|dies|dead|succumbed)\b)`, 'gi') },
  // "All three children were listed in fair condition": each of them hurt, none dead.
  { kind: 'injured', words: [['all'], ['critical', 'serious', 'stable', 'fair', 'good', 'expected']], pattern: new RegExp(String.raw`\ball\s+${NUMBER}\s+(?:victims|people|men|women|teens|children|boys|girls|of\s+(?:them|the\s+victims))\s+(?:are|were|remain|remained)\s+(?:listed\s+|reported\s+|now\s+)?(?:in\s+(?:critical|serious|stable|fair|good)|expected\s+to\s+(?:survive|recover))\b`, 'gi') },
  // "two others drove themselves to a hospital", "three were driven to a hospital by relatives": shot, the
  // dead among them.
  { kind: 'shot', words: [['themselves', 'driven'], ['hospital']], pattern: new RegExp(String.raw`\b${NUMBER}\s+${WHO}(?:(?:later|also|each|all)\s+)?(?:(?:took|drove|brought|got)\s+themselves|(?:were|was)\s+driven)\s+(?:at|to|into)\s+(?:a\s+|an\s+|the\s+|area\s+|local\s+|nearby\s+|several\s+|different\s+)*(?:[\w'’.-]+\s+){0,3}?hospitals?\b`, 'gi') },
  // "three other victims turned up at a hospital", "two men arrived at a hospital with bullet wounds": shot.
  // Not those who only came ("three friends turned up at the hospital" bringing a friend): victims, or a wound told.
  { kind: 'shot', words: [['victims'], ['hospital']], pattern: new RegExp(String.raw`\b${NUMBER}\s+(?:(?:other|more|male|female|adult|additional)\s+){0,2}(?:(?:gunshot|shooting)\s+)?victims\s+(?:(?:later|also|each|all)\s+)?(?:showed\s+up|turned\s+up|arrived|walked\s+in(?:to)?|went)\s+(?:at|to|into)\s+(?:a\s+|an\s+|the\s+|area\s+|local\s+|nearby\s+|several\s+|different\s+)*(?:[\w'’.-]+\s+){0,3}?hospitals?\b`, 'gi') },
  // "Three young men linked to the shooting later arrived at Riverside Medical Center with bullet wounds": a
  // medical centre is a hospital, and those tied to the shooting are its victims.
  { kind: 'shot', words: [['hospital', 'medical cent', 'trauma cent']], pattern: new RegExp(String.raw`\b${NUMBER}\s+${WHO}(?:(?:tied|linked|connected|related)\s+to\s+(?:the|this)\s+(?:incident|shooting)\s+)?(?:(?:later|also|each|all)\s+)?(?:showed\s+up|turned\s+up|arrived|walked\s+in(?:to)?|went)\s+(?:at|to|into)\s+(?:a\s+|an\s+|the\s+|area\s+|local\s+|nearby\s+|several\s+|different\s+)*(?:[\w'’.-]+\s+){0,3}?(?:hospitals?|medical\s+cent(?:er|re)s?|trauma\s+cent(?:er|re)s?)\b(?=[^.;\n]{0,80}?\b(?:gunshot|bullet|wounds?|wounded|injur\w*|shot)\b)`, 'gi') },
  // "ended with four men in hospital", "left two teens in the hospital": hurt, alive.
  { kind: 'injured', words: [['hospital']], pattern: new RegExp(String.raw`\b(?:left|leaving|leaves|ended\s+with|ending\s+with|put|putting|puts)[^\S\n]+${NUMBER}\s+${WHO}(?:in|at)\s+(?:the\s+|a\s+|area\s+|local\s+|several\s+)?hospitals?\b`, 'gi') },
  // "Two women were rushed to a hospital in fair condition", "five others were transported to nearby
  // hospitals with what police called non-life-threatening injuries": those taken there told alive, so wounded (taken there
  // alone, they may be the dead too). Not where the sentence goes on to a death ("in critical condition,
  // where one died").
  { kind: 'injured', words: [['hospital'], ['condition', 'threatening']], pattern: new RegExp(String.raw`\b${NUMBER}\s+${INCLUDING}${WHO}${WERE}(?:(?:all|also|later)\s+)?(?:taken|transported|rushed|airlifted|flown|sent)\s+to\s+(?:a\s+|an\s+|the\s+|area\s+|local\s+|nearby\s+|several\s+)?(?:[\w'’.-]+\s+){0,3}?hospitals?\b[^.;!?\n]{0,40}?(?:\bin\s+(?:stable|serious|critical|fair|good|satisfactory)(?:\s+(?:but|and|to)\s+(?:stable|serious|critical|fair|good))?\s+condition\b|\bnon-?\s*life[-\s]threatening\b)(?![^.;!?\n]*\b(?:died|dies|dead|succumbed)\b)`, 'gi') },
  // "sent three men to hospital": every victim, the dead too.
  { kind: 'shot', words: [['hospital']], pattern: new RegExp(String.raw`\b(?:sent|sending|sends|put|putting)\s+${NUMBER}\s+(?:(?:people|persons|men|women|victims|teens|children|others)\s+)?to\s+(?:the\s+|a\s+|area\s+|local\s+|several\s+)?hospitals?\b`, 'gi') },
];
