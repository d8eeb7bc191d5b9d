/**
 * Harms a report tells that are not its event's: a dated past event ("the 2019 attack that left 51
 * dead"), an earlier one set beside it ("comes three days after a blast killed 19"), a month's toll,
 * and a harm that did not happen ("he could have killed someone"). Blanked, offsets kept.
 */

/**
 * A past event named with its year ("the February 2023 earthquakes, which killed more than 50,000", "a
 * 2019 attack that left 51 dead"): background to the story, whose own toll is told elsewhere. Not always:
 * a follow-up tells its own event so ("charged in the 2015 shooting that killed three"), so such a
 * clause is left out only when the rest of the text gives a toll of its own.
 */
export const DATED_PAST = /\b(?:the|a|an)\s+(?:(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+)?(?:19|20)\d\d\s+(?:[\w-]+\s+){0,2}?(?:earthquakes?|quakes?|tsunamis?|floods?|hurricanes?|typhoons?|cyclones?|storms?|wildfires?|fires?|attacks?|bombings?|shootings?|massacres?|wars?|crash(?:es)?|explosions?|blasts?|disasters?|famines?|riots?)\b[^.;!?\n]*/gi;

/**
 * A line of a chronicle, opened by its date and a colon ("March 4: 11-year-old shot and killed while
 * cleaning a rifle"): a list of past cases set beside the story, each with its own harm. Left out,
 * as a dated past event is, only when the rest of the text gives a toll of its own.
 */
export const CHRONICLE_LINE = /^[^\S\n]*(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d{1,2}(?:,\s*(?:19|20)\d\d)?\s*:[^\n]*/gim;

/**
 * Another event the story is set beside, by the span between them ("The explosion comes three days
 * after a blast at a chemical plant in Gujarat killed 19 people", "It came weeks after another fire
 * killed 12", "following a similar blast that killed six", "The crash came hours before two
 * deputies were shot dead in Tulsa"): background with a toll of its own. Only
 * where the story's event "comes" or "came" after it, or the other is "another" or "a similar" one:
 * "arrested two days after a shooting that killed three" tells the article's own event. Left out,
 * as a dated past event is, only when the rest of the text gives a toll of its own.
 */
export const EARLIER_BY_SPAN = /\b(?:(?:comes?|came|coming)\s+(?:(?:just|only|barely|nearly|almost|about|some|over|less\s+than|more\s+than|within|little\s+more\s+than)\s+){0,2}(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|\d{1,2})\s+)?(?:hours?|days?|weeks?|months?|years?)\s+(?:after|before)|(?:days?|weeks?|months?|years?)\s+after\s+(?:another|a\s+similar)|follow(?:s|ed|ing)?\s+(?:another|a\s+similar))\b[^.;!?\n]*/gi;

/**
 * A count the report says was given first and then corrected: "Deputies had first said that nine
 * people were wounded, but revised that figure to five", "Initially, reports said eight teens were
 * injured". The clause is left out only when the rest of the text still gives each kind of figure the
 * whole text gives (the corrected count): an article's figure is otherwise its highest, the first one.
 */
export const SUPERSEDED = /\b(?:originally|initially|at\s+first|first)\s+(?:had\s+)?(?:said|reported|told|stated|thought|believed|announced)\b[^.;!?\n]*|\b(?:originally|initially|at\s+first),\s+(?:[\w'’-]+\s+){1,3}?(?:had\s+)?(?:said|reported|told|stated|thought|believed)\b[^.;!?\n]*/gi;
/** Words every match of SUPERSEDED holds. */
export const SUPERSEDED_WORD = /\b(?:originally|initially|at\s+first|first\s+(?:had\s+)?(?:said|reported|told|stated|thought|believed|announced))\b/i;

/**
 * A harm that did not happen: "He could have killed a child", "I could have been killed", "the
 * gunman would have shot us all", "he was nearly killed", "the round could have struck him in the neck and
 * killed him". A victim says so of a wounding; it is no death.
 * "He could've easily died" too, and a harm foretold: "blooms could be damaged or killed". Not "may", "might" or "must have": those guess at what did happen ("He may
 * have killed himself"). Nor is a harm that befell "someone" or "anyone": news names its victims ("a man
 * was killed"), and says so of a harm it doubts or foresees ("didn't rise to a level where someone was
 * killed", "before somebody gets hurt", "not known if anyone was injured").
 */
export const UNREAL_HARM = /\b(?:(?:could|would|will|may|might|can)\s+be\s+(?:[\w-]+\s+(?:or|and)\s+)?(?=(?:killed|injured|hurt|wounded)\b)|(?:could|would|should)(?:\s+not|n['’]t)?(?:\s+have|\s*['’]ve)\s+(?:been\s+)?(?:(?:[\w'’-]+\s+){1,8}?(?:and|or)\s+)?|(?:almost|nearly)\s+(?:been\s+)?)(?:\w+ly\s+)?(?:killed|died|shot|hurt|injured|wounded)\b(?:\s+(?:him|her|them|me|us|you|someone|somebody|anyone|anybody|everyone|everybody|people))?|\b(?:someone|somebody|anyone|anybody)\s+(?:(?:was|were|is|gets?|got|getting|being|be|been)\s+)+(?:\w+ly\s+)?(?:killed|hurt|injured|wounded)\b/gi;

/**
 * A month's toll ("after 38 people were killed in March", "the deadliest since 52 died in August"): a
 * tally of a month, not the event's. Left out, as a dated past event is, when the rest of the text
 * gives a toll of its own (a follow-up may tell its own event so: "four were killed in July").
 */
const MONTH_TOLL = /\b(?:killed|dead|died|slain|murdered|shot|wounded)\s+(?:in|during)\s+(?:the\s+month\s+of\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s*\d)/g;

/** "Mortally" before a harm: a wound that killed ("mortally wounding him in the chest"). */
export const MORTALLY = /\bmortally(?=\s+(?:wound|injur|shot|stab))/gi;

function isClauseEnd(code: number): boolean {
  return code === 0x2e || code === 0x3b || code === 0x21 || code === 0x3f || code === 0x0a;
}

/**
 * The text with each clause holding a month's toll blanked, from the last . ; ! ? or line break
 * before it to the next after it. Found from the toll's words out: a pattern that began with the
 * clause ([^.;!?\n]*) was tried from every character of it, 1.5% of a whole ingest.
 */
export function blankMonthTolls(text: string): string {
  const clauseEnd = (i: number): number => {
    while (i < text.length && !isClauseEnd(text.charCodeAt(i))) i++;
    return i;
  };
  let out = '';
  let done = 0;
  MONTH_TOLL.lastIndex = 0;
  for (let m = MONTH_TOLL.exec(text); m; m = MONTH_TOLL.exec(text)) {
    let start = m.index;
    while (start > done && !isClauseEnd(text.charCodeAt(start - 1))) start--;
    // The clause runs on past the last toll that starts in it, whose words may cross a line break.
    const clause = clauseEnd(m.index);
    let last = m;
    MONTH_TOLL.lastIndex = m.index + 1;
    for (let next = MONTH_TOLL.exec(text); next && next.index < clause; next = MONTH_TOLL.exec(text)) {
      last = next;
      MONTH_TOLL.lastIndex = next.index + 1;
    }
    const end = clauseEnd(last.index + last[0].length);
    out += text.slice(done, start) + ' '.repeat(end - start);
    done = end;
    MONTH_TOLL.lastIndex = end;
  }
  return done === 0 && out === '' ? text : out + text.slice(done);
}

/** Animals that get shot in stories of shootings: pets, a police dog, livestock. */
const PET = String.raw`(?:dog|puppy|pup|pit\s*bull|cat|kitten|horse|pony|pet|cow|goat|K-?9|canine)`;
// "one of the family dogs", "both of their dogs": some of the animals.
const DETERMINER = String.raw`(?:(?:(?:one|two|both)\s+of\s+)?(?:a|an|the|his|her|their|its|one)\s+(?:\w+['’]s\s+)?|\w+['’]s\s+)(?:(?!and\b|or\b)[\w-]+\s+)?`;
/**
 * An animal hurt or killed ("his dog was also shot", "officers shot and killed the family's pit bull",
 * "the dogs were wounded"): no person is. Not "a man and his dog were shot" (the man was), nor "the
 * dog's owner was shot".
 */
export const ANIMAL_HARM = new RegExp(
  String.raw`(?<!\b(?:and|&)\s{1,3})\b${DETERMINER}${PET}\s+(?:was|is|had\s+been|has\s+been)\s+(?:also\s+)?(?:(?!fatally\b)\w+ly\s+)?(?:shot|wounded|injured|killed|hurt|struck|hit)\b(?:\s+and\s+(?:killed|wounded|injured))?|(?<!\b(?:and|&)\s{1,3})\b${DETERMINER}${PET}s\s+(?:were|are|had\s+been|have\s+been)\s+(?:also\s+)?(?:\w+ly\s+)?(?:shot|wounded|injured|killed|hurt|struck|hit)\b(?:\s+and\s+(?:killed|wounded|injured))?|\b(?:shot|shoots|shooting|killed|kills|killing|wounded|wounding|injured|injuring)\s+(?:and\s+(?:killed|wounded|injured)\s+)?${DETERMINER}${PET}s?\b(?!['’]s|\s+(?:owners?|walkers?|handlers?|sitters?|trainers?|park)\b)`,
  'gi',
);
/** A pet's name, checked first: most texts have none, and ANIMAL_HARM tries its determiners at every word. */
export const PET_WORD = /\b(?:dogs?|pupp(?:y|ies)|pups?|pit\s*bulls?|cats?|kittens?|horses?|pony|pets?|cows?|goats?|K-?9s?|canines?)\b/i;

/**
 * A shooting at a gathering for the dead ("shot during a vigil", "opened fire on a memorial", "fire shots
 * at a vigil", "5 wounded by gunfire at memorial service"): its story
 * tells of the one mourned, killed before ("a vigil for a 19-year-old woman fatally stabbed the night
 * before", "came to mourn the death of a teen who was killed"). That death is another event's.
 */
export const HARM_AT_GATHERING = /\b(?:shot|wounded|injured|hurt|gunfire|fired|opened\s+fire|shooting|fire\s+shots|shots\s+(?:were\s+)?(?:fired|rang\s+out))\b[^.;!?\n]{0,80}?\b(?:at|during|into|on)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}?(?:vigil|memorial|funeral|wake)\b/i;
/**
 * The one mourned and their death, from the gathering's word to the next comma or the end of its clause
 * ("..., wounding five" is the event's): "a vigil for a teen who was killed", "the vigil honored a man
 * who died after ...", "the wake, which honoured an uncle who died of cancer".
 */
export const MOURNED_DEATH = /\b(?:(?:vigil|memorial|funeral|wake)s?\b[^.;!?\n]{0,30}?\b(?:for|honou?r(?:ed|ing|s)?|in\s+(?:memory|honou?r)\s+of|to\s+remember|remember(?:ed|ing)|dedicated\s+to)|to\s+mourn\s+the\s+death\s+of)\b[^.;!?\n]{0,120}?\b(?:killed|died|dead|death|fatally|slain|murdered|homicide)\b[^,.;!?\n]*/gi;
