/**
 * A named cable, pipeline or interconnector is an asset, neither a body nor a place: "the Vesta Link
 * cable", "the Coral Bridge gas pipeline", "the Coral Link, a 700-megawatt power cable" were listed as
 * organisations of the events that damaged them (review ux73a fault 7), and the operator of such a line
 * is the body. Such a name is dropped at every mention of the article once one mention shows it is a
 * line: its kind right after it, in apposition after it, or "cable"/"pipeline" before it ("the cable
 * Nordlink"), or "the X and the Y pipeline". A place the gazetteer knows (a country, a town) is kept: "the Finland cable" is no name;
 * so is a name the article has speak ("Gazprom said"): a company named before its own pipeline.
 */
import type { Entity } from '../../model/types.js';

const LINE = String.raw`(?:cable|cables|pipeline|pipelines|interconnector|interconnection|power\s+link|gas\s+link|transmission\s+line|power\s+line|subsea\s+link|undersea\s+link)`;
/** The kind after the name, with a few words of what runs through it: "Vesta Link undersea power cable". */
const KIND_AFTER = new RegExp(String.raw`^\s+(?:(?:undersea|subsea|submarine|offshore|onshore|underground|overhead|high-voltage|HVDC|power|electricity|gas|oil|crude|fibre|fiber|optic|optical|data|export|import|natural|\d[\d,.]*-(?:megawatt|gigawatt|kilovolt|kilometre|kilometer|km|mile|MW|GW|kV))\s+){0,3}${LINE}\b`, 'u');
/** In apposition: "the Coral Link, a 700-megawatt undersea power cable between ...". */
const KIND_APPOSED = new RegExp(String.raw`^,\s+(?:a|an|the)\s+(?:[\p{L}\d,.-]+\s+){0,4}?${LINE}\b`, 'u');
/** Before it: "the cable Nordlink", "the pipeline, Baltic Pipe,". */
const KIND_BEFORE = new RegExp(String.raw`(?<![\p{L}-])(?:the|its)\s+${LINE},?\s+$`, 'u');

/** "the Vesta Link and the Coral Bridge pipeline": a name with "the" coordinated with a line named so. */
const THE_BEFORE = /(?<![\p{L}-])the\s+$/u;
const AND_THE = /^\s+and\s+the\s+$/u;

const droppable = (e: Entity): boolean => e.type === 'organization' || (e.type === 'location' && !e.country);
/** A body speaks and acts: "Gazprom said", "the Transneft pipeline" is a company's line, not the line's name. */
const SPEAKS_AFTER = /^\s+(?:said|says|announced|told|added|reported|confirmed|denied|warned|expects?|expected)\b/u;

function isLine(body: string, e: Entity): boolean {
  const after = body.slice(e.end, e.end + 100);
  return KIND_AFTER.test(after) || KIND_APPOSED.test(after) || KIND_BEFORE.test(body.slice(Math.max(0, e.start - 30), e.start));
}

/** The entities without the names of lines, in the same order. */
export function withoutNamedAssets(body: string, entities: readonly Entity[]): Entity[] {
  const lines = new Set<string>();
  for (const e of entities) if (droppable(e) && isLine(body, e)) lines.add(e.text.replace(/^the\s+/i, ''));
  for (let i = 0; i + 1 < entities.length; i++) {
    const [e, next] = [entities[i]!, entities[i + 1]!];
    if (droppable(e) && lines.has(next.text) && THE_BEFORE.test(body.slice(Math.max(0, e.start - 4), e.start)) && AND_THE.test(body.slice(e.end, next.start)) && KIND_AFTER.test(body.slice(next.end, next.end + 100))) lines.add(e.text);
  }
  for (const e of entities) if (lines.has(e.text) && SPEAKS_AFTER.test(body.slice(e.end, e.end + 20))) lines.delete(e.text);
  if (lines.size === 0) return [...entities];
  return entities.filter((e) => !(droppable(e) && lines.has(e.text.replace(/^the\s+/i, ''))));
}
