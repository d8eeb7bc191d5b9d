/**
 * Bodies whose names hold "and" or a list: "Food and Drug Administration", "Securities and Exchange
 * Commission", "Bureau of Mines, Quarries, Forests and Rivers", "Ministry of Health, Labour and
 * Welfare". The rules read such a name whole where its words say so; the tagger often keeps only a
 * piece ("Drug Administration", "Bureau of Mines"), and the whole name wins over the pieces. Two
 * bodies stay two ("the African Union and the European Union", "the Baltic Investment Bank and the IMF").
 */
import type { Entity } from '../../model/types.js';
import { countryOfDemonym, lookupCity, lookupCountry } from '../gazetteer/places.js';
import type { Token } from '../tokens.js';
import { BODY_HEADS } from './lexicon.js';
import type { ModelSpan } from './model/spans.js';

const PARTY_HEADS = /^(?:Party|Parties|Movement|Alliance|Front|Coalition|Bloc)$/;
const isHead = (t: Token): boolean => BODY_HEADS.has(t.bare.toLowerCase());
/** One capitalised word that is no place: a list item of a body's remit ("Tobacco"), not "Japan". */
const isRemitWord = (t: Token | undefined): boolean => !!t && t.upper && !t.possessive && /^\p{Lu}\p{Ll}+$/u.test(t.text) && t.text !== 'The' && !lookupCountry(t.text) && !lookupCity(t.text) && !countryOfDemonym(t.text);

/**
 * Where the chunk `run` (capitalised words so far) goes on over a list and "and" into one body's name,
 * the index after the last token to take; else `i`. Either a head comes after the list ("Food and Drug
 * Administration": one or two remit words before "and", a head within three words after it), or the run
 * is a head "of" a remit word and the list follows ("Bureau of Mines, Quarries, Forests and Rivers").
 */
export function listInBodyEnd(tokens: readonly Token[], i: number, run: readonly Token[]): number {
  // The list: ", Word" items, then an optional comma and "and".
  let j = i;
  let items = 0;
  while (tokens[j]?.text === ',' && isRemitWord(tokens[j + 1]) && items < 4) {
    j += 2;
    items++;
  }
  if (tokens[j]?.text === ',' && tokens[j + 1]?.text === 'and') j++;
  if (tokens[j]?.text !== 'and' || !isRemitWord(tokens[j + 1])) return i;
  const afterAnd = j + 1;
  const headed = run.some(isHead);
  if (headed) {
    // "Bureau of Mines, ...": the run ends in a remit word after "of", not in the head ("the World
    // Bank and the IMF", "the Central Bank, Treasury and ..." are lists of bodies).
    // A remit of two words before the "and" too: "Department of Foreign Affairs and Trade", whose
    // name is cut there otherwise; then one word after "and", and the name ends with it.
    const last = run[run.length - 1]!;
    if (isHead(last) || !isRemitWord(last)) return i;
    if (run[run.length - 2]?.text === 'of') return afterAnd + 1;
    const two = run[run.length - 3]?.text === 'of' && isRemitWord(run[run.length - 2]) && !isHead(run[run.length - 2]!);
    return two && j === i && !tokens[afterAnd + 1]?.upper ? afterAnd + 1 : i;
  }
  // "Neve Ora, and The Harlow Fund" is a list of bodies: the head-after form has one "and" and no comma.
  let own = run[0]?.text === 'The' ? run.slice(1) : run;
  // "Australian Competition and Consumer Commission": a people's adjective leads the whole name.
  if (own.length >= 2 && own[0]!.upper && !own[0]!.possessive && countryOfDemonym(own[0]!.text) !== null) own = own.slice(1);
  if (own.length === 0 || own.length > 2 || !own.every(isRemitWord) || j !== i) return i;
  // A head within three capitalised words after "and"; not a party's, since parties are named by one
  // word and listed ("Republican and Independence Party", "the Kuomintang and Communist Party").
  for (let k = afterAnd; k < tokens.length && k < afterAnd + 3 && tokens[k]!.upper; k++) {
    if (PARTY_HEADS.test(tokens[k]!.bare)) return i;
    if (isHead(tokens[k]!)) return k + 1;
    if (tokens[k]!.possessive) break;
  }
  return i;
}

/**
 * The rules' bodies with "and" or a comma inside that the tagger read in pieces: each such body whose
 * pieces the tagger found lie inside it, one of them an organisation starting or ending where the body
 * does, and none a person (a title and a name run on after "and" is no body's name).
 */
export function bodiesReadInPieces(body: string, rules: readonly Entity[], model: readonly ModelSpan[]): Entity[] {
  const out: Entity[] = [];
  for (const e of rules) {
    if (e.type !== 'organization' || !isOneBody(body.slice(e.start, e.end))) continue;
    const pieces = model.filter((m) => m.start < e.end && e.start < m.end);
    if (pieces.length === 0 || pieces.some((m) => m.start < e.start || m.end > e.end || m.kind === 'PER')) continue;
    if (pieces.some((m) => m.start === e.start && m.end === e.end)) continue;
    if (pieces.some((m) => m.kind === 'ORG' && (m.start === e.start || m.end === e.end))) out.push(e);
  }
  return out;
}

/**
 * A name the shapes above read as one body: remit words, "and" and a head ("Food and Drug
 * Administration"), or a head's remit list. Not a name with its head before "and" ("Reform Party of
 * Wessex and Wessex Alliance"): the rules join such names from older patterns, and the tagger's
 * reading of them as two is kept.
 */
function isOneBody(name: string): boolean {
  const and = name.indexOf(' and ');
  if (and < 0) return false;
  if (endsInRemitList(name)) return true;
  return !name.slice(0, and).split(' ').some((w) => BODY_HEADS.has(w.toLowerCase())) && !name.split(' ').some((w) => PARTY_HEADS.test(w));
}

/** A body's remit listed after its head and "of": "… of Mines, Quarries, Forests and Rivers" (its commas are no list of bodies), or two words and one ("… of Rural Affairs and Tourism"). */
export function endsInRemitList(name: string): boolean {
  return /\sof (?:\p{Lu}\p{Ll}+, ){1,4}\p{Lu}\p{Ll}+,? and \p{Lu}\p{Ll}+$|\sof \p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+ and \p{Lu}\p{Ll}+$/u.test(name);
}
