/**
 * A headline read alone: a lone death or wounding, or two wounded, told without an article. A page
 * whose text lost the story (a weather box, a tips form) keeps only its headline.
 */

import { BODY_PART_WORD } from './body-parts.js';

/** A headline's lone death, told without an article: "3-Year-Old Girl Killed", "Police: Man dies after shooting", "Teen shot to death in ...". */
export const HEADLINE_KILLED = /^(?:[^\n:]{0,40}:\s*)?(?:(?:(?!(?:of|to|for|with|and|or|by|in|on|at)\b)[\w-]+\s+){0,3}?(?:\d{1,3}-(?:year|month|week)-old\s+)?(?:(?:young|teenage|elderly|little)\s+)?(?:man|woman|teen|teenager|youth|juvenile|boy|girl|child|toddler|baby|infant|person|officer|deputy|student|father|mother|driver|bystander|hunter|\d{1,3}[- ](?:year|month|week)s?[- ]old)(?:,\s*\d{1,3},|,\s*(?:\p{Lu}[\p{L}'’.-]+\s+){1,3}?\p{Lu}[\p{L}'’.-]+,)?\s+(?:is\s+|was\s+)?(?:killed|dies|died|dead|shot\s+dead|shot\s+and\s+killed|(?:shot|stabbed|beaten)\s+to\s+death|fatally\s+(?:shot|struck|wounded|shoots\s+(?:himself|herself|self))|(?:beaten|stabbed)(?:,|\s+and)\s+shot\s+to\s+death|slain|murdered)\b(?!\s+(?:(?:of|from)\s+(?:covid|coronavirus|cancer|illness|natural|heart|complications|stroke|disease|old\s+age|an?\s+overdose)|at\s+(?:age\s+)?\d))|[^\n]{0,60}?\b(?:shooting|gunfire|bullet|gunshot|accident)\s+claims\s+(?!(?:by|against|about|of|that)\b)(?:[\w.'’-]+\s+){0,4}?(?:life|lives|youth|man|woman|teen|teenager|boy|girl|child|toddler|baby)\b)/iu;
/**
 * A headline's lone wounded, told without an article: "Toddler hurt in accidental shooting at home",
 * "4-year-old shot by brother", "Boy, 9, stable after backyard shooting", "Hunter, 62, accidentally
 * shoots self". Pages whose text lost the story (a weather box, a tips form) keep only their headline.
 * "Man shoots own leg", "Teen grazed by bullet", "Boy's toe grazed by bullet" (a wound told of a body
 * part): a wound as well.
 */
export const HEADLINE_HURT = new RegExp(String.raw`^(?:[^\n:]{0,40}:\s*)?(?:(?!of\b)[\w-]+\s+){0,2}?(?:(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)-(?:year|month|week)-old|(?:(?:\d{1,3}-(?:year|month|week)-old|young|teenage|elderly|little)\s+)?(?:man|woman|teen|teenager|youth|boy|girl|child|toddler|baby|infant|person|officer|deputy|student|father|mother|driver|bystander|hunter))(?:,\s*\d{1,3},)?(?:['’]s\s+${BODY_PART_WORD})?\s+(?:is\s+|was\s+)?(?:(?:accidentally|critically|seriously|badly|severely)\s+)?(?:shot(?!\s+at\s+(?:police|officers?|deputies|deputy|troopers?|cops?)\b)|injured|wounded|hurt|shoots\s+(?:self|himself|herself|(?:own|his|her)\s+${BODY_PART_WORD})|grazed|suffers\b[^\n.]{0,40}?\bgunshot\s+wound|stable|(?:critical|hospitali[sz]ed)(?=[^\n]{0,40}?\b(?:shooting|shot|gunfire|gunshot|bullet))|recovering|in\s+(?:critical|serious|stable)\s+condition|(?:hit|struck)\s+by\s+(?:a\s+|an\s+)?(?:stray\s+|errant\s+|shotgun\s+)?(?:bullets?|gunfire|gunshots?|pellets?|birdshot|buckshot))\b(?![^\n]*\b(?:killed|kills|dies|died|dead|death|fatal(?:ly)?)\b)`, 'i');
/** Two people a headline names as wounded: "Woman, 2-year-old girl hurt in shooting", "Toddler, Teen Hurt". */
const TWO = String.raw`(?:(?:a|an)\s+)?(?:(?:\d{1,3}-(?:year|month|week)-old)(?:\s+(?:man|woman|teen|teenager|youth|boy|girl|child|toddler|baby|infant|father|mother|son|daughter))?|(?:man|woman|teen|teenager|youth|boy|girl|child|toddler|baby|infant|father|mother|son|daughter|officer|deputy|student))`;
export const HEADLINE_TWO_HURT = new RegExp(String.raw`^(?:[^\n:]{0,40}:\s*)?${TWO}(?:,\s*\d{1,3},?)?\s*(?:,|and|&)\s*${TWO}(?:,\s*\d{1,3},?)?\s+(?:are\s+|were\s+)?(?:(?:accidentally|critically|seriously)\s+)?(?:shot|injured|wounded|hurt)\b(?![^\n]*\b(?:killed|kills|dies|died|dead|death|fatal(?:ly)?)\b)`, 'i');

/**
 * A headline's lone wounded told after what followed it: "Mayor calls for calm after youth shot",
 * "Man arrested after teen wounded on Elm Street". Not where the headline goes on to a death ("after
 * teen shot dies"), nor shots fired at someone ("officer shot at during traffic stop").
 */
export const HEADLINE_HURT_AFTER = /^(?:[^\n.]{0,80}?)\bafter\s+(?:a\s+|an\s+)?(?:\d{1,3}-(?:year|month|week)-old\s+)?(?:man|woman|teen|teenager|youth|juvenile|boy|girl|child|toddler|baby|infant|person|officer|deputy|student|bystander|hunter|\d{1,3}-(?:year|month|week)-old)(?:,\s*\d{1,3},)?\s+(?:is\s+|was\s+|gets\s+)?(?:accidentally\s+|critically\s+|seriously\s+)?(?:shot(?!\s+at\s+(?:police|officers?|deput(?:y|ies)|troopers?|cops?|during|while|by)\b)|wounded|injured)\b(?![^\n]*\b(?:killed|kills|dies|died|dead|death|fatal(?:ly)?)\b)/i;

/**
 * A headline's lone death told as a body found or as the death of one person: "Body found on Mulberry
 * Lane", "Body of missing hunter found", "Pair indicted in death of toddler", "Woman charged in
 * shooting death of her son". Not bodies (how many is not said), nor a death of a kind ("death penalty").
 */
export const HEADLINE_DEATH_OF = /^(?:[^\n:]{0,40}:\s*)?(?:(?:[\w'’-]+[^\S\n]+){0,3}?(?:body|remains)[^\S\n]+(?:of[^\S\n]+(?:a[^\S\n]+|an[^\S\n]+)?(?:[\w'’-]+[^\S\n]+){1,4}?)?(?:found|discovered|recovered)\b|[^\n]{0,60}?\b(?:in|over|for)\s+(?:the\s+)?(?:shooting\s+)?death\s+of\s+(?:a\s+|an\s+)?(?:\d{1,3}-(?:year|month|week)-old\s+)?(?:[\w'’-]+\s+){0,2}?(?:man|woman|teen|teenager|youth|boy|girl|child|toddler|baby|infant|person|officer|deputy|student|father|mother|son|daughter|wife|husband|\d{1,3}-(?:year|month|week)-old)\b)/i;
