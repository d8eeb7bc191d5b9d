/**
 * Sums of money as sentences write them ("$5 million", "US$1.2bn", "€40.000", "2 billion won", "₹500
 * crore", "50 bitcoin"), each read to a currency and a value, so that two outlets' "$5 million" and
 * "5 million dollars" agree and "$5 million" against "$7 million" is a discrepancy. A bare "$" is
 * taken as US dollars, as English-language news writes it unless it says otherwise ("A$", "C$",
 * "HK$"). What is not a sum is left out: a range's bounds ("$5-7 million"), a year before a currency
 * word ("in 2020 dollars"), a name ("Dollar General", "the Euro final"), "won" the verb ("in 2019 won
 * the title").
 */

export interface MoneyAmount {
  /** ISO 4217 code (or BTC, ETH), then the value in whole units: "USD:5000000". */
  key: string;
  currency: string;
  /** As the sentence writes it: "$5 million". */
  written: string;
  start: number;
  end: number;
}

const SYMBOLS: Record<string, string> = {
  $: 'USD', us$: 'USD', 'u.s.$': 'USD', a$: 'AUD', au$: 'AUD', c$: 'CAD', ca$: 'CAD', hk$: 'HKD', nz$: 'NZD', s$: 'SGD',
  '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₩': 'KRW', '₹': 'INR', '₽': 'RUB',
};
const CODES = ['USD', 'EUR', 'GBP', 'JPY', 'KRW', 'CNY', 'RMB', 'INR', 'RUB', 'CHF', 'AUD', 'CAD', 'HKD', 'BTC', 'ETH'];
/**
 * Words after a sum naming its currency ("5 million dollars"), in lower case only ("3 Dollar General
 * stores" names shops); "pounds" is left out: it also weighs.
 */
const WORDS: Record<string, string> = {
  dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', yen: 'JPY', won: 'KRW', yuan: 'CNY', renminbi: 'CNY',
  rupee: 'INR', rupees: 'INR', roubles: 'RUB', rubles: 'RUB', sterling: 'GBP', francs: 'CHF', birr: 'ETB', naira: 'NGN', rupiah: 'IDR', ringgit: 'MYR', baht: 'THB', bitcoin: 'BTC', bitcoins: 'BTC', ether: 'ETH',
};
const SCALES: Record<string, number> = {
  thousand: 1e3, k: 1e3, lakh: 1e5, lakhs: 1e5, million: 1e6, mn: 1e6, mln: 1e6, m: 1e6, crore: 1e7, crores: 1e7, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12,
};

/** Digits with thousands separators of either kind and a decimal part of either kind; parsed in `valueOf`. */
const NUMBER = String.raw`(?<number>\d[\d.,]*\d|\d)`;
/** "m", "k" and "b" alone are scales only straight after the number ("$5m", not "$5 m"). */
const SCALE = String.raw`(?:\s?(?<scaleWord>thousand|lakhs?|million|crores?|billion|trillion|bn|mn|mln|tn)\b|(?<scaleLetter>[mkb])\b)?`;
const symbol = Object.keys(SYMBOLS).map((s) => s.replace(/[$.]/g, '\\$&')).sort((a, b) => b.length - a.length).join('|');
/** "$5 million", "US$1.2bn", "USD 40,000" (a code before the number needs a space or nothing). */
const BEFORE = new RegExp(String.raw`(?<![\p{L}\d])(?:(?<symbol>${symbol})\s?|\b(?<code>${CODES.join('|')})\s?)${NUMBER}${SCALE}`, 'giu');
/** "5 million dollars", "40,000 USD", "2 billion won"; not "50 bitcoin ATMs". */
const AFTER = new RegExp(
  String.raw`(?<![\p{L}\d$€£¥₩₹₽.,])${NUMBER}${SCALE}\s(?:(?<word>${Object.keys(WORDS).join('|')})|(?<code>${CODES.join('|')}))\b(?!\s+(?:ATMs?|machines?|wallets?|miners?|mining|addresses|transactions|holders|investors|prices?|exchanges?|funds?)\b)`,
  'gu',
);
const HAS_DIGIT = /\d/;
/** A range's other bound right before or after: "$5-7 million", "between $5 million and $7 million" stays. */
const RANGE_AFTER = /^\s?(?:-|–|to)\s?[$€£¥₩₹₽]?\d/;
const RANGE_BEFORE = /\d\s?(?:-|–|to)\s?$/;

export function moneyAmounts(text: string): MoneyAmount[] {
  const found: MoneyAmount[] = [];
  // Every sum has a digit (NUMBER): most sentences have none, and the two patterns cost a scan each.
  if (!HAS_DIGIT.test(text)) return found;
  for (const m of text.matchAll(BEFORE)) {
    const g = m.groups!;
    push(found, text, m, g.symbol ? SYMBOLS[g.symbol.toLowerCase()] : g.code!.toUpperCase(), false);
  }
  for (const m of text.matchAll(AFTER)) {
    if (found.some((f) => f.start <= m.index! && m.index! < f.end)) continue;
    const g = m.groups!;
    push(found, text, m, g.word ? WORDS[g.word] : g.code!.toUpperCase(), g.word !== undefined);
  }
  return found.sort((a, b) => a.start - b.start);
}

function push(found: MoneyAmount[], text: string, m: RegExpMatchArray, currency: string | undefined, byWord: boolean): void {
  const { number, scaleWord, scaleLetter } = m.groups!;
  if (!currency || !number) return;
  const start = m.index!;
  const end = start + m[0].length;
  if (RANGE_AFTER.test(text.slice(end, end + 4)) || RANGE_BEFORE.test(text.slice(Math.max(0, start - 4), start))) return;
  const scale = (scaleWord ?? scaleLetter)?.toLowerCase();
  const amount = valueOf(number, scale !== undefined);
  if (amount === null || amount <= 0) return;
  // "in 2020 dollars", "who in 2019 won": a year, not a sum; "won" after a bare small number is the verb.
  if (byWord && !scale && ((amount >= 1900 && amount <= 2100 && !number.includes(',')) || (currency === 'KRW' && amount < 1000))) return;
  const value = amount * (scale ? (SCALES[scale] ?? 1) : 1);
  const code = currency === 'RMB' ? 'CNY' : currency;
  found.push({ key: `${code}:${Math.round(value * 100) / 100}`, currency: code, written: m[0].trim(), start, end });
}

/**
 * A number as written: "40,000" and "1,234.56" (English), "40.000" and "1.234,56" (much of Europe),
 * "5.5". Dots as thousands separators only when no scale word follows: "$1.234 billion" is a decimal.
 */
function valueOf(written: string, scaled: boolean): number | null {
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(written)) return Number(written.replace(/,/g, ''));
  if (!scaled && /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(written)) return Number(written.replace(/\./g, '').replace(',', '.'));
  if (/^\d+(?:\.\d+)?$/.test(written)) return Number(written);
  if (/^\d+,\d{1,2}$/.test(written)) return Number(written.replace(',', '.'));
  return null;
}
