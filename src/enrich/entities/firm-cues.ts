/**
 * Firms named after their founders ("Goldman Sachs", "Morgan Stanley", "Charles Schwab", "Lehman
 * Brothers") look like people's names, and the tagger reads them so: the bank became a participant of
 * the event with no role. The words around a firm's name tell it from a person's: its shares, its staff
 * in the plural ("Goldman Sachs analysts"), a company's officer before a full name ("Wells Fargo chief
 * executive Charles Scharf"), or a name of brothers. Such a name is the firm wherever it stands, and so
 * is its first word written alone ("Goldman said") where no person the article names holds that word.
 */
import type { Entity } from '../../model/types.js';

/** Shares and the staff of a firm, in the plural, right after its name: no person has either. */
const FIRM_AFTER = /^(?:['’]s)?\s+(?:shares|stock|share price|shareholders|stockholders|analysts|economists|strategists|executives|employees|bankers|traders)\b/;
/** "shares of Goldman Sachs", "a stake in Morgan Stanley". */
const FIRM_BEFORE = /\b(?:[Ss]hares|[Ss]tock|[Ss]take)\s+(?:of|in)\s+$/;
/** A company's officer, before the officer's full name. */
const OFFICER_AFTER = /^\s+(?:chief executive(?: officer)?|CEO|CFO|COO|chief financial officer|chief operating officer|chief economist|chief strategist)\s+/;
/** "Charles Schwab, the brokerage,": a firm's trade in apposition, ending its phrase. */
const TRADE_AFTER = /^,\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:bank|brokerage|automaker|carmaker|airline|chipmaker|asset manager|fund manager|hedge fund|accounting firm|law firm)(?=\s*[,.;]|\s+(?:that|which|whose|based|said)\b)/;
/** A company's legal form after a one-word name. */
const LEGAL_FORM = /^\p{Lu}[\p{L}-]+\s+(?:Inc\.?|Corp\.?|Corporation|Ltd\.?|LLC|PLC|plc|Co\.|Holdings|AG|SE|N\.V\.)$/u;
/** "A Morgan Stanley spokesperson": an article, the full name and one of its staff. */
/** Or "former" before it: "former Société Générale trader Jerome Kerviel". */
const ARTICLE_BEFORE = /\b(?:[Aa]n?(?:\s+former)?|[Ff]ormer)\s+$/;
const STAFF_AFTER = /^\s+(?:spokes(?:man|woman|person)|executive|official|employee|representative|banker|analyst|trader)\b/;
/**
 * "Lehman Brothers", "Warner Bros.": no one's name ends so; nor in a trade's word ("Hallberg Metals",
 * "Ostrava Mining"). Not "Steel" or "Banks": they are surnames too.
 */
const FIRM_NAME_END = /\s(?:Brothers|Bros\.?|Trading|Metals|Mining|Minerals|Motors|Refining|Refineries|Holdings|Industries|Resources|Pharmaceuticals|Petroleum|Chemicals|Shipping|Logistics|Airlines|Airways|Aerospace|Aérospatiale|Aerospatiale|Aeronautics|Energy|Group|Steelworks|Smelting)$/;

/** Whether the words around a name of several words tell a firm (its shares, staff, officer, trade). */
function hasFirmCue(body: string, e: Entity, entities: readonly Entity[]): boolean {
  const after = body.slice(e.end, e.end + 60);
  const officer = OFFICER_AFTER.exec(after);
  const officerNamed = officer !== null && entities.some((p) => p.type === 'person' && p.start === e.end + officer[0].length && p.text.includes(' '));
  return FIRM_NAME_END.test(e.text) || FIRM_AFTER.test(after) || TRADE_AFTER.test(after) || FIRM_BEFORE.test(body.slice(Math.max(0, e.start - 16), e.start)) || officerNamed || (ARTICLE_BEFORE.test(body.slice(Math.max(0, e.start - 12), e.start)) && STAFF_AFTER.test(after));
}

export function firmsTakenForPeople(body: string, entities: Entity[]): void {
  const firms = new Set<string>();
  for (const e of entities) if (e.type === 'person' && e.text.includes(' ') && hasFirmCue(body, e, entities)) firms.add(e.text);
  // A name of two words or more the tagger typed a body as often as a person ("a spokeswoman for Goldman
  // Sachs" beside "Goldman Sachs said"): a person's full name is seldom taken for a body.
  const votes = new Map<string, number>();
  for (const e of entities) if (e.text.includes(' ') && (e.type === 'person' || e.type === 'organization')) votes.set(e.text, (votes.get(e.text) ?? 0) + (e.type === 'organization' ? 1 : -1));
  for (const [name, vote] of votes) if (vote === 0) firms.add(name);
  for (const e of entities) if (e.type === 'person' && firms.has(e.text)) retypeAsOrganization(e);
  // "Goldman said": the firm's first word alone, unless a person the article names holds it.
  // Plain loops: the arrays these were spread and mapped through were empty on some pages and not on
  // others, and each new kind of array met threw the optimised code away (three recompiles a run).
  const personWords = new Set<string>();
  for (const p of entities) if (p.type === 'person' && p.text.includes(' ')) for (const w of p.text.split(/\s+/)) personWords.add(w);
  const short = new Set<string>();
  const addFirstWord = (name: string): void => {
    const first = name.split(/\s+/)[0]!;
    if (!personWords.has(first)) short.add(first);
  };
  for (const f of firms) addFirstWord(f);
  // A firm of two names the tagger typed itself ("Goldman Sachs" as a body, "Goldman" as a person) counts too.
  // So does a company's name with its legal form ("Okta Inc.": "Okta").
  for (const o of entities) if (o.type === 'organization' && (/^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u.test(o.text) || LEGAL_FORM.test(o.text))) addFirstWord(o.text);
  // "at Goldman": the tagger's other guess for the word is a place no gazetteer knows.
  for (const e of entities) {
    if (!(e.type === 'person' || (e.type === 'location' && !e.country && !e.subtype)) || !short.has(e.text)) continue;
    e.type = 'organization';
    delete e.subtype;
    delete e.canonical;
    delete e.country;
  }
}

/** Makes a person a body: what was read of it as a person (subtype, canonical name, country) no longer holds. */
export function retypeAsOrganization(e: Entity): void {
  e.type = 'organization';
  delete e.subtype;
  delete e.canonical;
  delete e.country;
}

const FIRM_KIND_BEFORE = /(?<![\p{L}-])(?:firm|company|bank|lender|insurer|exchange|provider|startup|brokerage|conglomerate)\s+$/u;

/** Two or three capitalised words, as a firm's name of common words is written ("Standard Chartered"). */
const CAPITALISED_WORDS = /^\p{Lu}[\p{L}&'’-]+(?: \p{Lu}[\p{L}&'’-]+){1,2}$/u;

/**
 * A firm named in common English words ("Standard Chartered", "General Electric") is often no name to
 * the tagger at all, while the rules read a run of capitalised words there: where the words around one
 * of its mentions tell a firm, every mention the rules found and the tagger left is the firm's.
 * Returns the bodies to add; `found` is what the merge holds so far.
 */
export function firmsTheTaggerMissed(body: string, rules: readonly Entity[], found: readonly Entity[]): Entity[] {
  const candidates = rules.filter((e) => (e.type === 'person' || e.type === 'organization') && CAPITALISED_WORDS.test(e.text));
  if (candidates.length === 0) return [];
  // The characters the merge's names cover, marked once: a page of many names is not walked per candidate.
  const covered = new Uint8Array(body.length + 1);
  for (const f of found) covered.fill(1, Math.max(0, f.start), Math.min(body.length, f.end));
  const free = candidates.filter((e) => !covered.subarray(e.start, e.end).includes(1));
  // Here also a firm's kind in lower case right before the name ("cybersecurity firm Recorded Future
  // said"): the tagger found no name there, so no person's name is read as a firm by it.
  const firms = new Set(free.filter((e) => hasFirmCue(body, e, found) || FIRM_KIND_BEFORE.test(body.slice(Math.max(0, e.start - 12), e.start))).map((e) => e.text));
  if (firms.size === 0) return [];
  const seen = new Set<number>();
  const out: Entity[] = [];
  for (const e of free) {
    if (!firms.has(e.text) || seen.has(e.start)) continue;
    seen.add(e.start);
    out.push({ text: e.text, type: 'organization', start: e.start, end: e.end });
  }
  return out;
}

/**
 * "a shell firm, Sambong Trading, was listed": a firm's name ending in its trade the tagger cut to
 * its first word and read as a place or a person of no known country. The rules' whole name is the firm;
 * the pieces go. `found` is what the merge holds so far, changed in place.
 */
export function firmsTheTaggerCut(rules: readonly Entity[], found: Entity[]): void {
  for (const e of rules) {
    if ((e.type !== 'person' && e.type !== 'organization') || !FIRM_NAME_END.test(e.text) || !CAPITALISED_WORDS.test(e.text)) continue;
    const pieces = found.filter((f) => f.start < e.end && e.start < f.end);
    if (pieces.length === 0 || !pieces.every((f) => f.start >= e.start && f.end <= e.end && f.end - f.start < e.end - e.start && (f.type === 'person' || f.type === 'location') && !f.country)) continue;
    for (const piece of pieces) found.splice(found.indexOf(piece), 1);
    found.push({ text: e.text, type: 'organization', start: e.start, end: e.end });
    found.sort((a, b) => a.start - b.start);
  }
}
