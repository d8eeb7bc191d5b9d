/**
 * People read as places: a surname the tagger has not seen alone ("Genscher", "Hitchens", "Tower") is
 * often typed a place. Where the words around it tell of a person (his resignation, his aide, what he
 * contends, the post set off after it), a name the gazetteer knows as no place is the person, at all its mentions. Only names the
 * tagger typed a place with no place found for them: "Russia's victory", "Washington said" keep the
 * gazetteer's reading, and a body ("the company's founder") is left as the tagger read it.
 */
import type { Entity } from '../../model/types.js';

/** A person's possession or act right after the name ("Genscher's resignation", "Hitchens contends"). */
const PERSON_AFTER = new RegExp(
  String.raw`^\s?['’]s?\s+(?:(?:own|first|second|third|last|final|highest|late|former|new)\s+)?(?:resignation|death|assassination|funeral|wife|husband|son|daughter|father|mother|widow|widower|brother|sister|grandson|granddaughter|nephew|niece|presidency|premiership|chancellorship|tenure|successor|predecessor|aides?|reign|re-election|running mate|candidacy|memoirs?|biography|victory|defeat|office|principality|birthplace|speech)\b` +
    String.raw`|^\s+(?:(?:also|later|then|once)\s+)?(?:contends|contended|argues|argued|wrote|insists|insisted|resigned|died|was born|was assassinated|was elected|was re-elected|was made|was appointed|was sworn in|married|appointed)\b`,
  'u',
);
/** The same told before the name ("an aide to Genscher", "led by Aznar", "the widow of ..."). */
const PERSON_BEFORE = /\b(?:aides?\s+to|adviser\s+to|advisor\s+to|led\s+by|succeeded|wife\s+of|husband\s+of|widow\s+of|son\s+of|daughter\s+of|assassination\s+of|death\s+of)\s+$/;
/**
 * A person's post set off after the name ("called in Naoki Kumagai, the deputy chief of mission at the
 * embassy", "Lena Ortiz, a spokeswoman for"): up to three words before the post's noun, which a place or
 * a body is not given. "Chief" only with what makes it a post ("chief of", "chief executive"), not the
 * adjective ("Dokdo, the chief island").
 */
const POST_AFTER = /^,\s+(?:the|a|an|its|his|her)\s+(?:[\p{L}-]+\s+){0,3}?(?:spokes(?:man|woman|person)|ambassador|envoy|minister|secretary|director|deputy|chairman|chairwoman|diplomat|lawyer|attorney|prosecutor|judge|co-founder|founder|senator|governor|mayor|chief\s+(?:of|executive|operating|financial|technology))\b/u;
/**
 * "... on the Upper West Side, the state attorney general said": a post that is the speaker of the
 * reporting clause after the name, not set off beside it; and a name after "the" is seldom a person's.
 */
const SPEAKER_AFTER = /^,\s+(?:the|a|an|its|his|her)\s+(?:[\p{L}-]+\s+){0,5}?(?:said|says|told|added|announced|warned)\b/u;
const THE_BEFORE = /\bthe\s+$/i;
const postAfter = (body: string, e: Entity): boolean => {
  const after = body.slice(e.end, e.end + 80);
  return POST_AFTER.test(after) && !SPEAKER_AFTER.test(after) && !THE_BEFORE.test(body.slice(Math.max(0, e.start - 5), e.start));
};
const NAME = /^\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,2}$/u;
/**
 * A person's role or kin set off by commas right before the name, and a comma after it ("Chen's
 * lawyer, Susan Park, said"): a name read as a facility by its last word ("Park", "Hall") is the
 * person there too.
 */
const ROLE_SET_OFF_BEFORE = /\b(?:lawyer|attorney|spokes(?:man|woman|person)|wife|husband|son|daughter|mother|father|brother|sister|aide|adviser|friend|neighbou?r)\s*,\s+$/;

const retypable = (e: Entity): boolean => e.type === 'location' && !e.country && !e.subtype && NAME.test(e.text);
const setOffAsPerson = (body: string, e: Entity): boolean =>
  e.type === 'location' && !e.country && (!e.subtype || e.subtype === 'facility') && e.text.includes(' ') && NAME.test(e.text) && ROLE_SET_OFF_BEFORE.test(body.slice(Math.max(0, e.start - 16), e.start)) && /^\s*,/.test(body.slice(e.end, e.end + 3));

export function peopleByContext(body: string, entities: Entity[]): void {
  const people = new Set<string>();
  for (const e of entities) {
    if (retypable(e) && (PERSON_AFTER.test(body.slice(e.end, e.end + 40)) || postAfter(body, e) || PERSON_BEFORE.test(body.slice(Math.max(0, e.start - 24), e.start)))) people.add(e.text);
  }
  for (const e of entities) if (setOffAsPerson(body, e)) people.add(e.text);
  for (const e of entities) {
    if (!(retypable(e) || (people.has(e.text) && e.type === 'location' && !e.country && e.subtype === 'facility')) || !people.has(e.text)) continue;
    e.type = 'person';
    delete e.canonical;
    delete e.subtype;
  }
}
