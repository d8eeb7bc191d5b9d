/**
 * Sums of money as sentences write them ("$5 million", "US$1.2bn", "€40,000", "2 billion won", "50
 * bitcoin"), each read to a currency and a value, so that two outlets' "$5 million" and "5 million
 * dollars" agree and "$5 million" against "$7 million" is a discrepancy. A bare "$" is taken as US
 * dollars, as English-language news writes it unless it says otherwise ("A$", "C$", "HK$").
 */

export interface MoneyAmount {
  /** ISO 4217 code (or BTC, ETH), then the value in whole units: "USD:5000000". */
  key: string;
  /** As the sentence writes it: "$5 million". */
  written: string;
  start: number;
  end: number;
}

const SYMBOLS: Record<string, string> = {
  $: 'USD', us$: 'USD', 'u.s.$': 'USD', a$: 'AUD', au$: 'AUD', c$: 'CAD', ca$: 'CAD', hk$: 'HKD', nz$: 'NZD', s$: 'SGD',
  '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₩': 'KRW', '₹': 'INR', '₽': 'RUB',
};
const CODES = ['usd', 'eur', 'gbp', 'jpy', 'krw', 'cny', 'rmb', 'inr', 'rub', 'chf', 'aud', 'cad', 'hkd', 'btc', 'eth'];
/** Words after a sum naming its currency ("5 million dollars"); "pounds" is left out: it also weighs. */
const WORDS: Record<string, string> = {
  dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', yen: 'JPY', won: 'KRW', yuan: 'CNY', renminbi: 'CNY',
  rupee: 'INR', rupees: 'INR', roubles: 'RUB', rubles: 'RUB', sterling: 'GBP', francs: 'CHF', bitcoin: 'BTC', bitcoins: 'BTC', ether: 'ETH',
};
const SCALES: Record<string, number> = { thousand: 1e3, k: 1e3, million: 1e6, mn: 1e6, m: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12 };

const NUMBER = String.raw`(?<whole>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?<fraction>\d+))?`;
/** "m", "k" and "b" alone are scales only straight after the number ("$5m", not "$5 m"). */
const SCALE = String.raw`(?:\s?(?<scaleWord>thousand|million|billion|trillion|bn|mn|tn)\b|(?<scaleLetter>[mkb])\b)?`;
const symbol = Object.keys(SYMBOLS).map((s) => s.replace(/[$.]/g, '\\$&')).sort((a, b) => b.length - a.length).join('|');
/** "$5 million", "US$1.2bn", "USD 40,000" (a code before the number needs a space or nothing). */
const BEFORE = new RegExp(String.raw`(?<![\p{L}\d])(?:(?<symbol>${symbol})\s?|\b(?<code>${CODES.join('|')})\s?)${NUMBER}${SCALE}`, 'giu');
/** "5 million dollars", "40,000 USD", "2 billion won". */
const AFTER = new RegExp(String.raw`(?<![\p{L}\d$€£¥₩₹₽.,])${NUMBER}${SCALE}\s(?:(?<word>${Object.keys(WORDS).join('|')})|(?<code>${CODES.join('|')}))\b`, 'giu');

export function moneyAmounts(text: string): MoneyAmount[] {
  const found: MoneyAmount[] = [];
  for (const m of text.matchAll(BEFORE)) {
    const g = m.groups!;
    push(found, m, g.symbol ? SYMBOLS[g.symbol.toLowerCase()] : g.code!.toUpperCase());
  }
  for (const m of text.matchAll(AFTER)) {
    if (found.some((f) => f.start <= m.index! && m.index! < f.end)) continue;
    const g = m.groups!;
    push(found, m, g.word ? WORDS[g.word.toLowerCase()] : g.code!.toUpperCase());
  }
  return found.sort((a, b) => a.start - b.start);
}

function push(found: MoneyAmount[], m: RegExpMatchArray, currency: string | undefined): void {
  const { whole, fraction, scaleWord, scaleLetter } = m.groups!;
  if (!currency || !whole) return;
  const scale = (scaleWord ?? scaleLetter)?.toLowerCase();
  const value = Number(`${whole.replace(/,/g, '')}${fraction ? `.${fraction}` : ''}`) * (scale ? (SCALES[scale] ?? 1) : 1);
  if (!Number.isFinite(value) || value <= 0) return;
  const key = `${currency === 'RMB' ? 'CNY' : currency}:${Math.round(value * 100) / 100}`;
  found.push({ key, written: m[0].trim(), start: m.index!, end: m.index! + m[0].length });
}
