/**
 * A body's kind written in lower case right before its name ("the investment bank Lehman Brothers",
 * "localist group Civic Passion", "the coalition Auzolan"), or a party's place in government ("the
 * ruling United Russia,", "the opposition Kuomintang's"), makes the name a body's, where the tagger,
 * never having seen the name, read it as a person's or a place's. Only where the name ends there (at
 * punctuation, a possessive or a preposition): "the company Musk founded", "the alliance Moscow leads"
 * tell of someone who acts on the body. A place the gazetteer knows stays a place. The article's other
 * mentions of the name follow, and so do those of a name the article calls a party once by the word
 * after it ("the Likud party ... Likud won", where the tagger read the second "Likud" as a place). The
 * kind and the name share a line: a line that ends in a kind word ("afraid of the militia") is no
 * introduction of the next paragraph's first name. A newsroom's kind too ("the news site Eco del
 * Norte,", "the weekly Lantern"): a reporter's employer, read as a person, became the victim of the
 * attack on the reporter. So is a name right after a newsroom's job and "for" ("a reporter for Kama
 * Vesti, was arrested" made the site the one arrested).
 * So is the kind of an operator of a grid, a pipeline or a port, a utility or a refiner ("the
 * regional grid operator Netzwerk Spree said"; review ux73a fault 7), not a crane's or a camera's.
 */
import type { Entity } from '../../model/types.js';
import { retypeAsOrganization } from './firm-cues.js';

const KIND_BEFORE = /(?<![\p{L}-])(?:company|firm|bank|party|group|newspaper|broadcaster|charity|agency|coalition|movement|militia|network|airline|carrier|retailer|insurer|lender|startup|automaker|conglomerate|exchange|provider|platform|manufacturer|supplier|chipmaker|carmaker|brokerage|consultancy|organi[sz]ation|union|alliance|think tank|ruling|governing|opposition|news (?:site|website|page|portal|outlet)|website|magazine|weekly|tabloid|(?:grid|network|transmission|system|pipeline|power|gas|electricity|energy|port|rail|railway|telecoms?|mobile|satellite|water|state|national|regional) operator|utility|refiner)[^\S\n]+$/u;
/** Or "said" after the name: "the company Musk founded" tells of a founder, "analytics firm Elliptic said" of a firm. */
const NAME_ENDS = /^(?:\s*[,.;:()'’"”]|\s+(?:on|in|at|of|for|to|with|from|by|after|before|since|during|over|under|said|says)\b|\s*$)/;

/**
 * "Cybersecurity firm Mandiant was hired": a kind with its own modifier and no article before it is
 * the name's label, so a verb after the name ends it too ("the company Musk was running" keeps Musk).
 */
const LABEL_BEFORE = new RegExp(`(?<![\\p{L}-])(?!(?:the|a|an|this|that|its|his|her|their)\\s)\\p{L}[\\p{L}-]*\\s+${KIND_BEFORE.source.replace('(?<![\\p{L}-])', '')}`, 'u');
const VERB_AFTER = /^\s+(?:was|were|is|are|has|had|have|will|would)\s/;

const retypable = (e: Entity): boolean => e.type === 'person' || (e.type === 'location' && !e.country);
/** A newsroom's job right after a name: "the Eco del Norte reporter", "the Lantern's correspondent" not (a possessive). */
const NEWSROOM_JOB_AFTER = /^\s+(?:reporter|correspondent|journalist|columnist|photographer|photojournalist|cameraman|camerawoman)s?\b/;
/**
 * "a reporter for Kama Vesti,", "a correspondent of Lake FM.": the newsroom a journalist works for,
 * named right after the job and "for", "of" or "at". The name must end there, as after a kind word.
 */
const NEWSROOM_JOB_BEFORE = /(?<![\p{L}-])(?:reporter|correspondent|journalist|columnist|photographer|photojournalist|cameraman|camerawoman|editor-in-chief|chief editor)s?\s+(?:for|of|at)\s+$/u;
/** A party's word in lower case after its name: "the Likud party", "a Kuomintang coalition". */
const PARTY_WORD_AFTER = /^\s+(?:party|coalition|bloc)\b/;

export function bodiesAfterKindWords(body: string, entities: Entity[]): void {
  const bodies = new Set<string>();
  for (const e of entities) {
    const before = body.slice(Math.max(0, e.start - 24), e.start);
    const after = body.slice(e.end, e.end + 12);
    if (retypable(e) && KIND_BEFORE.test(before) && (NAME_ENDS.test(after) || (VERB_AFTER.test(after) && LABEL_BEFORE.test(body.slice(Math.max(0, e.start - 48), e.start))))) bodies.add(e.text);
    // "the Eco del Norte reporter": after "the", a name before a newsroom's job is the newsroom.
    if (retypable(e) && /(?<![\p{L}-])the\s+$/iu.test(body.slice(Math.max(0, e.start - 5), e.start)) && NEWSROOM_JOB_AFTER.test(body.slice(e.end, e.end + 20))) bodies.add(e.text);
    if (retypable(e) && NEWSROOM_JOB_BEFORE.test(body.slice(Math.max(0, e.start - 24), e.start)) && NAME_ENDS.test(after)) bodies.add(e.text);
    // Named a party once, a name is the party at its other mentions, whatever the tagger read there.
    if (!(e.type === 'location' && e.country) && PARTY_WORD_AFTER.test(body.slice(e.end, e.end + 12))) bodies.add(e.text);
  }
  // The article's other mentions of the name are the body too ("He left Civic Passion").
  for (const e of entities) if (retypable(e) && bodies.has(e.text)) retypeAsOrganization(e);
}
