/**
 * Sums of money that the reports of one event give differently for the same thing, in sentences worded
 * too unlike each other to be grouped as one fact: "Meridex loses $142 million in hack" in one outlet,
 * "the theft of about $138 million" in another. facts.ts compares the sums of one fact's sentences;
 * this compares the reports' sums of the same thing: a theft, a ransom, a fine, what a scheme earned.
 * Each report gives the first such sum of its headline and lead (later sentences are often background:
 * "North Korean hackers stole $1.3 billion in 2024"), or the only one it states.
 */
import type { Article, Discrepancy } from '../model/types.js';
import type { MoneyAmount } from './money.js';
import { moneyOfText } from './facts.js';
import { Lru } from '../util/lru.js';
import { courtKindOf, perPersonSum } from './court-sums.js';

/** What a sum is of, by the words around it. */
const KINDS: readonly (readonly [string, RegExp])[] = [
  // "drain" as a verb ("Hackers drain $212 million"), not the noun of "a $3 million drain on the budget".
  ['stolen', /\b(?:stole|stolen|steal(?:s|ing)?|theft|thefts|heist|hack|hacked|exploit|loses|lost|loss|drain(?:s|ed|ing)?(?!\s+on\b)|siphon(?:s|ed|ing)?|loot(?:s|ed|ing)?|ma(?:de|ke|kes|king)\s+off\s+with|robbed|robbery|swindled|embezzled)\b/i],
  ['ransom', /\bransoms?\b/i],
  ['fine', /\b(?:fined?|fines|penalty|penalties|settlement|settle[sd]?)\b/i],
  ['earned', /\b(?:earned|earns|earning|generated|generates|revenue|revenues|raised|funneled|funnelled)\b/i],
];
/**
 * A sum demanded, in a report of ransomware or extortion, is the ransom even where the word is not
 * beside it ("the criminals behind it are demanding €4 million", "The attackers have demanded €4.5
 * million").
 */
const DEMANDED = /\b(?:demand(?:s|ed|ing)?|asking for|asked for|extort(?:ed|ing)?)\b/i;
const RANSOM_STORY = /\b(?:ransom\w*|extortion|extort\w*)\b/i;
/**
 * Kinds whose reports are compared whatever the currency: a ransom note names one sum in one currency,
 * so "€4 million" against "$5 million" are two accounts of it, not one sum converted.
 */
const ACROSS_CURRENCIES = new Set(['ransom']);
/** Crypto-currencies: a ransom "of 50 bitcoin" is also given as its worth ("about $2 million"), so they are compared only among themselves. */
const CRYPTO = new Set(['BTC', 'ETH']);
/**
 * A sum that is no sum of its kind however near the kind's words: a worth lost on a market ("the token
 * lost $300 million in market value" beside a hack), a reward, money raised from investors.
 */
const NOT_OF_KIND = /\b(?:market\s+(?:value|cap\w*)|in\s+value|valuation|reward|bounty|investors?|funding|venture)\b/i;
/** How far from the sum its words may stand: a few words before ("the theft of about"), fewer after ("Meridex crypto heist"). */
const WORDS_BEFORE = 5;
const WORDS_AFTER = 3;
/** The headline and this many sentences are the report's own account; the rest is mostly context. */
const LEAD_SENTENCES = 3;

interface Stated {
  kind: string;
  amount: MoneyAmount;
}

/** The kind of the sum at [start, end) of `text`, from the words of its own clause. */
function kindOf(text: string, start: number, end: number, ransomStory = false): string | null {
  const before = text.slice(Math.max(0, start - 80), start).split(/[,;:()]|\.\s/).pop()!.trim().split(/\s+/).slice(-WORDS_BEFORE).join(' ');
  const after = text.slice(end, end + 60).split(/[,;:()]|\.\s/)[0]!.trim().split(/\s+/).slice(0, WORDS_AFTER).join(' ');
  if (NOT_OF_KIND.test(after) || NOT_OF_KIND.test(before)) return null;
  // A sum a court orders or sets is of its own kind (court-sums.ts); one set for each person ("bail of
  // 20,000 birr each") is compared only with sums set for each person (review ux72b). Any other share
  // per person is no total.
  const court = courtKindOf(before, after);
  const each = perPersonSum(before, after);
  if (court !== undefined) return court === null ? null : each ? `${court} each` : court;
  if (each) return null;
  for (const [kind, words] of KINDS) if (words.test(before) || words.test(after)) return kind;
  if (ransomStory && DEMANDED.test(before)) return 'ransom';
  return null;
}

/**
 * The first sum of each kind a report states in its headline and lead; of a kind the lead does not
 * give, the sum the rest states, where it states only one ("the workers earned at least $8.6 million"
 * in the eighth sentence, and no other earnings).
 */
function statedSums(article: Article): readonly Stated[] {
  const key = `${article.id} ${article.contentHash}`;
  let found = statedCache.get(key);
  if (!found) statedCache.set(key, (found = readStatedSums(article)));
  return found;
}

/** Each report's sums, kept for the reports read lately: an event is consolidated again at every report it gains. */
const statedCache = new Lru<string, readonly Stated[]>(4096);

function readStatedSums(article: Article): Stated[] {
  const texts = [article.headline ?? '', ...article.sentences.map((s) => article.body.slice(s.start, s.end))];
  const found = new Map<string, MoneyAmount>();
  const later = new Map<string, MoneyAmount[]>();
  const ransomStory = texts.some((text) => RANSOM_STORY.test(text));
  texts.forEach((text, i) => {
    // Through the sentence memo: building the event's facts has just read the same sentences.
    for (const amount of moneyOfText(text)) {
      const kind = kindOf(text, amount.start, amount.end, ransomStory);
      if (!kind) continue;
      if (i <= LEAD_SENTENCES) {
        if (!found.has(kind)) found.set(kind, amount);
      } else later.set(kind, [...(later.get(kind) ?? []), amount]);
    }
  });
  for (const [kind, amounts] of later) if (!found.has(kind) && new Set(amounts.map((a) => a.key)).size === 1) found.set(kind, amounts[0]!);
  return [...found].map(([kind, amount]) => ({ kind, amount }));
}

/** `listed`: the discrepancies already found; sums one of them gives are not listed again. */
export function reportMoneyDiscrepancies(articles: readonly Article[], listed: readonly Discrepancy[]): Discrepancy[] {
  // One report states one sum of each kind: nothing to differ from, and its sums need not be read yet
  // (an event of one report is most events, when they are first written).
  if (articles.length < 2) return [];
  const byKind = new Map<string, Map<string, { written: string; sources: string[] }>>();
  for (const article of articles) {
    for (const { kind, amount } of statedSums(article)) {
      const key = ACROSS_CURRENCIES.has(kind) && !CRYPTO.has(amount.currency) ? `${kind} *` : `${kind} ${amount.currency}`;
      const variants = byKind.get(key) ?? new Map<string, { written: string; sources: string[] }>();
      const variant = variants.get(amount.key) ?? { written: amount.written, sources: [] };
      variant.sources.push(article.id);
      variants.set(amount.key, variant);
      byKind.set(key, variants);
    }
  }
  const out: Discrepancy[] = [];
  for (const [key, variants] of byKind) {
    if (variants.size < 2) continue;
    const values = [...variants.values()];
    // The sums a fact's own discrepancy already lists.
    if (listed.some((d) => d.about.startsWith('amount') && values.every((v) => d.variants.some((w) => w.value === v.written)))) continue;
    out.push({ about: `amount ${key.slice(0, key.lastIndexOf(' '))} (across reports)`, variants: values.map((v) => ({ value: v.written, sources: v.sources })) });
  }
  return out;
}
