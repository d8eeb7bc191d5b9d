/**
 * Counts the facts credited to a report that does not state them: for each gold event of ECB+ or GVA
 * (articles grouped by their gold event, so that clustering's errors are left out), the facts are grouped
 * as build-event groups them, and each source of a fact after its first report is checked against the
 * fact as shown: every figure it gives must be in the sentence the source was grouped by, and every name
 * it gives in the source's text. A credit that fails either is a false corroboration an analyst would
 * count. Prints the counts and a seeded sample of the failing credits, for reading.
 * Usage: node dist/bench/fact-credits.js [--set ecbplus|gva] [--n 20] [--seed 7] [--limit N]
 */
import { groupFacts, numberDiscrepancies } from '../src/consolidate/facts.js';
import { sourceGroups } from '../src/consolidate/sources.js';
import { FUNCTION_WORDS } from '../src/enrich/entities/lexicon.js';
import type { ClusterSetName } from './cluster-data.js';
import { goldEvents } from './gold-events.js';

const option = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const setName = (option('--set') ?? 'ecbplus') as ClusterSetName;
const n = Number(option('--n') ?? 20);
let seed = Number(option('--seed') ?? 7);
const limit = Number(option('--limit') ?? Infinity);

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
/** A sentence's figures in digits ("1,200" as 1200, "three" as 3), days and years left out (they say when). */
function figuresOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\w,]\d)/g)) {
    const value = m[1]!.replace(/,/g, '');
    if (/^(?:19|20)\d\d$/.test(value)) continue;
    const before = text.slice(Math.max(0, m.index! - 12), m.index!);
    if (/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*$/i.test(before)) continue;
    out.add(value);
  }
  for (const m of text.toLowerCase().matchAll(/\b[a-z]+\b/g)) {
    const i = NUMBER_WORDS.indexOf(m[0]);
    if (i >= 2) out.add(String(i));
  }
  return out;
}

const CALENDAR = new Set('monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december mr mrs ms dr'.split(' '));
/** Capitalised words after a sentence's first word: the names a claim is about. */
function namesOf(text: string): Set<string> {
  const out = new Set<string>();
  const words = [...text.matchAll(/[\p{L}][\p{L}'’-]*/gu)].map((m) => ({ word: m[0], at: m.index! }));
  for (const { word, at } of words.slice(1)) {
    if (!/^\p{Lu}\p{Ll}/u.test(word)) continue;
    // A word that opens a sentence inside the fact's text is no name.
    if (/[.!?:"“]\s*$/.test(text.slice(Math.max(0, at - 3), at))) continue;
    const lower = word.toLowerCase().replace(/['’]s$/, '');
    if (FUNCTION_WORDS.has(lower) || CALENDAR.has(lower) || lower.length < 3) continue;
    out.add(lower);
  }
  return out;
}

interface Failing {
  fact: string;
  first: string;
  credited: string;
  missing: string[];
}

const events = goldEvents(setName, limit);

let facts = 0;
let shared = 0;
let credits = 0;
const failingFacts = new Set<string>();
const failing: Failing[] = [];
let figureFails = 0;
let nameFails = 0;
for (const articles of events) {
  if (articles.length < 2) continue;
  const groups = sourceGroups(articles);
  const grouped = groupFacts(articles, groups);
  numberDiscrepancies(grouped, groups);
  const body = new Map(articles.map((a) => [a.id, `${a.headline ?? ''}\n${a.body}`.toLowerCase()]));
  facts += grouped.length;
  for (const group of grouped) {
    // (Two items of a set with the same text are one article, which a fact may list twice.)
    const sources = new Set(group.fact.sources);
    if (sources.size < 2) continue;
    shared++;
    const first = group.members[0]!;
    const figures = figuresOf(group.fact.text);
    const names = namesOf(group.fact.text);
    for (const id of sources) {
      if (id === first.article) continue;
      credits++;
      const member = group.members.find((m) => m.article === id);
      if (!member) continue;
      const own = figuresOf(member.text);
      const missingFigures = [...figures].filter((f) => !own.has(f));
      const text = body.get(id)!;
      const missingNames = [...names].filter((w) => !text.includes(w));
      if (missingFigures.length > 0) figureFails++;
      if (missingNames.length > 0) nameFails++;
      if (missingFigures.length + missingNames.length === 0) continue;
      failingFacts.add(`${first.article}:${group.fact.text}`);
      failing.push({ fact: group.fact.text, first: first.article, credited: member.text, missing: [...missingFigures, ...missingNames] });
    }
  }
}

console.log(`${setName}: gold events of two reports or more ${events.filter((a) => a.length > 1).length}, facts ${facts}, facts of more than one source ${shared}, credits past the first ${credits}`);
console.log(`credits whose sentence lacks a figure of the fact ${figureFails}, whose report lacks a name of the fact ${nameFails}; facts with such a credit ${failingFacts.size}`);
const random = (): number => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const picked = failing.map((f) => ({ f, k: random() })).sort((a, b) => a.k - b.k).slice(0, n).map((x) => x.f);
picked.forEach((f, i) => {
  console.log(`\n#${i + 1} missing ${f.missing.join(', ')}`);
  console.log(`  fact:     ${f.fact.replace(/\s+/g, ' ').slice(0, 260)}`);
  console.log(`  credited: ${f.credited.replace(/\s+/g, ' ').slice(0, 260)}`);
});
