/**
 * Grid, pipeline and power operators the tagger reads as people: "The grid operator, Ostnetz Elbe,
 * put the number at 31,000" listed a utility as a participant with no role (review ux73a fault 7).
 * A name is an operator's, at every mention in the article, where
 * - a word of it is a utility's or a company's word in the language of its country ("Netz", "Energie", "Energia", "Elektro", "Gaz", "Holding"), or ends in a network's word
 *   ("Saariverkko", "Ostnetz", "Kraftnät"): no one's given name or surname is made so;
 * - it stands in apposition to an operator's kind, set off by commas or after a people's adjective
 *   ("the grid operator, X,", "the Latvian operator X said", "the operator of the Y gas pipeline, X,"),
 *   which kind-before-body.ts does not read (it takes the kind right before the name, with no comma);
 * - or what follows tells a utility: ", which runs the pipeline", "said it had restored power",
 *   "X's customers", "said its customers".
 * A place the gazetteer knows stays a place.
 */
import type { Entity } from '../../model/types.js';
import { retypeAsOrganization } from './firm-cues.js';

/** A word that is a utility's or a holding's in itself, in German, the Nordic and Baltic languages, Spanish, Italian, French... */
const UTILITY_WORD = /^(?:Netz|Netze|Energie|Energia|Energi|Elektro|Elektrik|Gaz|Holding|Stadtwerke|Werke|Verkko|Võrk|Tīkls)$/u;
/**
 * A compound that ends in a network's word: "Saariverkko" (Finnish: "-verkko", network), "Ostnetz",
 * "Kraftnät", "Elvõrk"; with three letters or more before it, as no surname is ("-nett" is: Bennett).
 */
const NETWORK_END = /^\p{Lu}\p{Ll}{2,}(?:netz|netze|verkko|nät)$|^\p{Lu}\p{Ll}+võrk$/u;

/** An operator's kind, set off by a comma or after a people's or a place's adjective. */
const LINE = '(?:grid|network|transmission|distribution|system|pipeline|gas|power|electricity|energy)';
const KIND = String.raw`(?:(?:${LINE}|regional|national|state|local|municipal|\p{Lu}[\p{L}-]+)\s+){0,3}(?:operator|utility)`;
const KIND_BEFORE = new RegExp(String.raw`(?<![\p{L}-])(?:[Tt]he|[Ii]ts|[Tt]heir|[Aa]n?)\s+(?:${KIND}\s*,\s*|\p{Lu}[\p{L}-]+\s+(?:${LINE}\s+)?(?:operator|utility)\s+)$`, 'u');
/** "the operator of the Lake Crossing gas pipeline, X,". */
const OPERATOR_OF_BEFORE = /(?<![\p{L}-])operator\s+of\s+(?:the\s+)?[^,.;:!?]{0,60}\b(?:pipeline|cable|grid|line|network|interconnector|plant|terminal|refinery|port)\s*,\s*$/u;
/** The name ends there, as an apposition's does. */
const NAME_ENDS = /^(?:\s*[,.;:()]|\s+(?:said|says|told|put|reported|has|had|was|is|which)\b)/;
/** What follows a utility's name: it runs a line, restores power, has customers. */
const UTILITY_AFTER = /^(?:,\s+which\s+(?:runs|operates|owns|manages)\s+(?:the|a|an)\s|['’]s\s+(?:[\d,.]+\s+)?customers\b|\s+(?:said|says)\s+(?:that\s+)?(?:its\s+customers|it\s+(?:had\s+|has\s+|would\s+|hoped\s+to\s+|expected\s+to\s+)?(?:restored?|restoring)\s+(?:power|supply|supplies|electricity|service|gas)\b))/u;

/**
 * "The operator, Maria Lopez, 34," and "A system operator, Tom Reed," are a machine's or a desk's
 * operator (review75): a utility's kind names what it runs or whose it is ("grid", "gas", "Latvian").
 */
const UTILITY_KIND = /\b(?:grid|network|transmission|distribution|pipeline|gas|power|electricity|energy|utility)\b|\p{Lu}[\p{L}-]+\s+(?:\p{L}+\s+)?(?:operator|utility)/u;
/** A person's age after the name: ", 34,". */
const AGE_AFTER = /^\s*,\s*\d{1,3}\s*[,.;)]/;

const retypable = (e: Entity): boolean => e.type === 'person' || (e.type === 'location' && !e.country);

function isOperator(body: string, e: Entity): boolean {
  const words = e.text.split(/\s+/);
  if (words.length <= 3 && words.some((w) => UTILITY_WORD.test(w) || NETWORK_END.test(w))) return true;
  const after = body.slice(e.end, e.end + 80);
  if (UTILITY_AFTER.test(after)) return true;
  const before = body.slice(Math.max(0, e.start - 100), e.start);
  if (!NAME_ENDS.test(after) || AGE_AFTER.test(after)) return false;
  const kind = KIND_BEFORE.exec(before.slice(-60))?.[0];
  return (kind !== undefined && UTILITY_KIND.test(kind.replace(/^\W*(?:[Tt]he|[Ii]ts|[Tt]heir|[Aa]n?)\s+/u, ''))) || OPERATOR_OF_BEFORE.test(before);
}

/** Retypes, in place, every mention of a name read as an operator's. */
export function operatorsAsBodies(body: string, entities: Entity[]): void {
  const names = new Set<string>();
  for (const e of entities) if (retypable(e) && isOperator(body, e)) names.add(e.text);
  if (names.size === 0) return;
  for (const e of entities) if (retypable(e) && names.has(e.text)) retypeAsOrganization(e);
}
