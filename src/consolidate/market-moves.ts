/**
 * How far a market quantity moved, as each report tells it: a currency ("the peso has lost 3.2%
 * against the dollar"), a stock index ("Lisbon's main index slid 1.8 per cent") or a company's shares
 * ("Ostrava Glassworks shares jumped 6%"). Two outlets often give one move in sentences worded too
 * unlike each other to be one fact, one naming the currency, the other calling it "the currency"; the
 * percentages they give are one figure, and when they differ the outlets disagree (move-discrepancies.ts).
 * A rate set or held ("the policy rate at 6.25%"), growth or a share of trade are no moves: a move is a
 * percentage right after a verb or adverb of rising or falling, of a currency, an index or shares.
 */

export type MoveDirection = 'fall' | 'rise';

export interface MarketMove {
  /** What moved, as a key: "peso", "lisbon index", "ostrava shares". */
  quantity: string;
  direction: MoveDirection;
  /** The percentage as written in digits ("3.2"). */
  value: string;
  /** Whether the move is counted from a past day ("since the vote", "this year") rather than told for the day. */
  since: boolean;
}

const CURRENCIES = ['rupiah', 'ringgit', 'baht', 'peso', 'rupee', 'yuan', 'renminbi', 'yen', 'dollar', 'euro', 'pound', 'sterling', 'franc', 'lira', 'rouble', 'ruble', 'rand', 'naira', 'shilling', 'krona', 'krone', 'zloty', 'forint', 'dong', 'shekel', 'hryvnia', 'dinar', 'dirham', 'riyal', 'kwacha', 'cedi', 'taka', 'kyat', 'riel', 'tenge', 'lari', 'leu', 'lev'];
/** A word as it opens a sentence or runs within one: "Rupiah" and "rupiah". */
function anyCase(word: string): string {
  return `[${word[0]!.toUpperCase()}${word[0]}]${word.slice(1)}`;
}
const CURRENCY = CURRENCIES.map(anyCase).join('|');
const INDEX_WORDS = ['main', 'benchmark', 'composite', 'key', 'blue-chip', 'broader', 'all-share', 'stock', 'share', 'equity'].map(anyCase).join('|');

// Headlines tell a move in the present ("shares sink 6%"), so the bare present is read too.
const FALLS = 'fell|fallen|falls|fall|falling|dropped|drops|drop|lost|loses|lose|losing|slid|slides|slide|slipped|slips|sank|sunk|sinks|sink|tumbled|tumble|tumbles|plunged|plunge|plunges|plummeted|weakened|declined|slumped|slump|slumps|dipped|dips|retreated|eased|down|lower';
const RISES = 'rose|risen|rises|rise|rising|gained|gains|gain|climbed|climbs|climb|jumped|jumps|jump|surged|surges|surge|soared|soars|soar|rallied|strengthened|advanced|firmed|up|higher';

/** A verb or adverb of moving, then a percentage: "has lost 4.1%", "closed down 0.7 per cent", "rose by about 2 percent". */
const MOVE = new RegExp(String.raw`\b(?:(${FALLS})|(${RISES}))\s+(?:by\s+)?(?:(?:about|around|roughly|nearly|almost|some|more\s+than|over|another|a\s+further)\s+)?(\d+(?:\.\d+)?)\s?(?:%|percent\b|per\s+cent\b)`, 'gi');

/** Cheap gates: a sentence with no percentage or no word of moving holds no move. */
const HAS_PERCENT = /%|per\s?cent/i;

/** The words before the verb that may name what moved; a sentence's earlier clause may name it ("the currency, which has fallen"). */
const SUBJECT_SPAN = 70;
/**
 * "shares of the vote", "shares in the budget": a part of something, not a firm's stock. "Shares of
 * the company" still are.
 */
export const NOT_A_FIRMS_SHARES = String.raw`(?!\s+(?:of|in)\s+(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?!(?:company|group|firm|refiner|miner|maker|carrier|lender|bank)\b))`;
// Names in capitals, so no case-blind flag: the words around them are matched in either case.
const SUBJECT = new RegExp(String.raw`\b(?:(${CURRENCY})s?\b(?![\s-]+(?:zone|area|denominated|bonds?|debt)\b)|([Cc]urrency)\b|((?:\p{Lu}[\p{L}&-]*(?:['’]s)?\s+){0,3})(?:(?:${INDEX_WORDS})\s+){0,3}([Ii]ndex|[Ii]ndices)\b|((?:\p{Lu}[\p{L}&-]*(?:['’]s)?\s+){1,3})(?:[Ss]hares|[Ss]tock)\b(?!\s+[Ee]xchange)${NOT_A_FIRMS_SHARES}|(?:[Ss]hares|[Ss]tock)\s+(?:of|in)\s+((?:\p{Lu}[\p{L}&-]*\s*){1,3})|\b(?:(?:[Tt]he\s+(?:company|group|firm|refiner|miner|maker|carrier|lender|bank)['’]s|[Ii]ts)\s+)?([Ss]hares)\b${NOT_A_FIRMS_SHARES})`, 'gu');

/** Words after the move saying it is counted from a past day rather than over the day. */
const SINCE_AFTER = /^[^.;]{0,60}?\b(?:since|so\s+far\s+this|this\s+year|year[\s-]to[\s-]date|over\s+the\s+past|in\s+the\s+past)\b/i;

/** A currency named after "against" or "per" is what another currency is priced in, not what moved. */
const COUNTER_BEFORE = /\b(?:against|versus|vs\.?|per|to\s+the)\s+(?:the\s+)?(?:US\s+|U\.S\.\s+|American\s+|single\s+)?$/i;

/** Name words that say nothing of which company or market: "The", a weekday, a month. */
const NOT_NAMES = /^(?:the|a|an|its|their|his|her|and|but|while|as|on|in|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/i;

/**
 * The moves a sentence tells; `currencyOfReport` resolves "the currency" where the report names one,
 * `company` resolves "its shares" and shares named without their firm (report-company.ts).
 */
export function marketMoves(text: string, currencyOfReport: string | null, company: string | null = null): MarketMove[] {
  if (!HAS_PERCENT.test(text)) return [];
  const out: MarketMove[] = [];
  for (const m of text.matchAll(MOVE)) {
    const before = text.slice(Math.max(0, m.index! - SUBJECT_SPAN), m.index!);
    const after = text.slice(m.index! + m[0].length);
    const quantity = listedFirmBefore(before, after) ?? subjectOf(before, currencyOfReport, company);
    if (!quantity) continue;
    out.push({ quantity, direction: m[1] ? 'fall' : 'rise', value: String(Number(m[3])), since: countedSince(after) });
  }
  return out;
}

/** A record the move is measured against ("its biggest fall since 2020") tells no period it is counted over. */
const RECORD_SINCE = /\b(?:biggest|largest|steepest|sharpest|worst|best|deepest|lowest|highest|weakest|strongest|first)\b[^.;,]{0,30}\bsince$/i;

function countedSince(after: string): boolean {
  const m = SINCE_AFTER.exec(after);
  return m !== null && !RECORD_SINCE.test(m[0]);
}

const LEGAL_FORM = String.raw`(?:SA|S\.A\.|NV|N\.V\.|AG|SE|plc|PLC|Inc\.?|Ltd\.?|Corp\.?|Tbk|GmbH|SpA|ASA|AB|Oyj|Bhd)`;
const TICKER = String.raw`\([A-Z]{2,8}:\s?[A-Z0-9.]{1,10}\)`;
/**
 * A listed firm, known as one by its legal form or its ticker, right before the verb: "Ostrava Glass SA
 * (PSE: OSG) closed down 4%" tells its shares' move though the word "shares" is not written. Only
 * right before it, so that "Ostrava Glass SA said its sales fell 4%" is no move of its shares.
 */
const LISTED_FIRM = new RegExp(String.raw`((?:\p{Lu}[\p{L}&-]*\s+){1,4}?)(?:${LEGAL_FORM}\s+(?:${TICKER}\s+)?|${TICKER}\s+)(?:(?:closed|ended|finished|opened|traded|was|were|is|has|had)\s+)?$`, 'u');

function listedFirmBefore(before: string, after: string): string | null {
  // "lost 5% of its staff": a share of something the firm had, not its shares' move.
  if (/^\s+of\b/.test(after)) return null;
  const m = LISTED_FIRM.exec(before);
  const name = m ? nameOf(m[1]!) : '';
  return name ? `${name} shares` : null;
}

/** The last thing before the verb that can move: the nearest names the subject. */
function subjectOf(before: string, currencyOfReport: string | null, company: string | null): string | null {
  let found: string | null = null;
  for (const m of before.matchAll(SUBJECT)) {
    const head = before.slice(0, m.index!);
    if (m[1]) {
      if (!COUNTER_BEFORE.test(head)) found = normalCurrency(m[1]);
    } else if (m[2]) found = currencyOfReport;
    else if (m[4]) found = `${nameOf(m[3] ?? '')} index`.trim();
    else if (m[5] || m[6]) {
      // "Its shares": no name written, so the report's firm, as for shares named alone.
      const name = nameOf(m[5] ?? m[6]!) || (company ? nameOf(company) : '');
      found = name ? `${name} shares` : null;
    } else if (m[7]) {
      const name = company ? nameOf(company) : '';
      found = name ? `${name} shares` : null;
    }
  }
  return found;
}

/** A company's or market's first name word, lower-cased: "Lisbon's" and "Lisbon" alike. */
function nameOf(words: string): string {
  for (const word of words.trim().split(/\s+/)) {
    const bare = word.replace(/['’]s$/, '');
    if (bare && !NOT_NAMES.test(bare)) return bare.toLowerCase();
  }
  return '';
}

function normalCurrency(word: string): string {
  const w = word.toLowerCase();
  return w === 'ruble' ? 'rouble' : w === 'renminbi' ? 'yuan' : w === 'sterling' ? 'pound' : w;
}

const NAMED_CURRENCY = new RegExp(String.raw`\b(${CURRENCY})s?\b`, 'g');

/**
 * The one currency a report tells of, not counting those others are priced in ("against the dollar",
 * "16,200 per dollar"): what its "the currency" means. Null where it names none or several.
 */
export function reportCurrency(body: string): string | null {
  let found: string | null = null;
  for (const m of body.matchAll(NAMED_CURRENCY)) {
    if (COUNTER_BEFORE.test(body.slice(Math.max(0, m.index! - 30), m.index!))) continue;
    // "$4.2 billion" is no currency named; "US dollars" sold to steady a currency are what it is priced in.
    const currency = normalCurrency(m[1]!);
    if (currency === 'dollar' && /\b(?:sold|sell|selling|bought|buy|buying|in|of)\s+(?:US\s+)?$/i.test(body.slice(Math.max(0, m.index! - 20), m.index!))) continue;
    if (found && found !== currency) return null;
    found = currency;
  }
  return found;
}
