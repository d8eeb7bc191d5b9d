/**
 * An insurance premium stated as a share of what it insures, read so that the reports of one day can
 * be compared (measure-discrepancies.ts): "war-risk premiums rose to 0.7% of hull value", "insurers
 * raised war-risk premiums for vessels calling at Port Kesh to 1%", "a premium of 0.5% of a ship's
 * value", "underwriters now charge 1% of hull value". Brokers quoted by two outlets on one day gave
 * different rates and nothing compared them.
 *
 * Only the rate a premium stands at is read (after "to", "at", "of", or as a share "of hull value"):
 * never its change ("rose by 0.2 points", "jumped 50%"), the rate it came from ("from 0.5%"), nor any
 * other percentage of the story (a fall in traffic, a share of trade, a tariff rate), which names no
 * premium. What kind of premium (war-risk, hull, cargo) is part of the quantity: a war-risk premium is
 * never compared with a hull premium.
 */
import { BOUND, DIGITS, RANGE_AFTER, numberOf, boundOf, type Measured } from './measure-figures.js';
import { slackOf } from './measure-tolerance.js';

const PERCENT = String.raw`\s*(?:%|percent\b|per\s+cent\b)`;
/** What the premium is of: "war-risk", "war risk", "additional war risk", "hull", "cargo", "kidnap and ransom". */
const TYPE = String.raw`((?:additional\s+)?war[\s-]risks?|hull|cargo|marine|kidnap[\s-]and[\s-]ransom|insurance)\s+`;
/** Up to a few words between the premium and its verb: "for ships calling at Port Kesh", "on Red Sea transits". */
const FOR = String.raw`(?:\s+(?:for|on|of|charged\s+to|paid\s+by)\s+[^,.;:%]{1,60}?)?`;
const RISE = String.raw`(?:rose|risen|climbed|jumped|increased|went\s+up|gone\s+up|soared|surged|spiked|doubled|tripled|fell|dropped|eased|declined|stood|stand|stands|were|are|was|is|reached|hit|now\s+(?:stand|stood|are|were)|have\s+(?:risen|climbed|jumped|increased|gone\s+up|soared|doubled|reached)|had\s+(?:risen|climbed|jumped|increased|gone\s+up|soared|doubled|reached))`;
/** The rate a premium came from, passed over: "rose from 0.5% to 0.7%" gives 0.7%. */
const FROM = String.raw`(?:from\s+(?:about\s+|around\s+|roughly\s+)?(?:${DIGITS})${PERCENT}\s+)?`;
/** "war-risk premiums rose to 0.7% of hull value", "premiums for ships calling at Kesh stood at about 1%". */
const PREMIUM_ROSE = new RegExp(String.raw`\b${TYPE}?premiums?${FOR}\s+(?:have\s+|had\s+)?${RISE}\s+(?:(?:sharply|again|further)\s+)?${FROM}(?:to|at)\s+${BOUND}(${DIGITS})${PERCENT}`, 'giu');
/** "raised war-risk premiums for vessels calling at Port Kesh to 1%", "put premiums at 0.8%". */
const RAISED = new RegExp(String.raw`\b(?:raised|lifted|increased|hiked|pushed|put|set|quoted|quoting|cut|lowered)\s+(?:their\s+|its\s+|the\s+)?${TYPE}?premiums?${FOR}\s+${FROM}(?:to|at)\s+${BOUND}(${DIGITS})${PERCENT}`, 'giu');
/** "a war-risk premium of 0.5% of a ship's value", "premiums of around 1% of hull value". */
const PREMIUM_OF = new RegExp(String.raw`\b${TYPE}?premiums?\s+of\s+${BOUND}(${DIGITS})${PERCENT}`, 'giu');
/** "underwriters now charge 1% of hull value": a premium by its base, in a sentence of premiums or cover. */
const SHARE_OF_VALUE = new RegExp(String.raw`\b(?:charg(?:e|es|ed|ing)|quot(?:e|es|ed|ing)|demand(?:s|ed|ing)?|ask(?:s|ed|ing)?)\s+(?:(?:as\s+much\s+as|up\s+to)\s+)?${BOUND}(${DIGITS})${PERCENT}\s+of\s+(?:the\s+|a\s+)?(?:ship['’]s\s+|vessel['’]s\s+)?hull\s+value\b`, 'giu');

function typeOf(word: string | undefined): string {
  const w = (word ?? '').toLowerCase().replace(/\s+/g, ' ');
  if (!w || w === 'insurance') return '';
  if (/war[\s-]risk/.test(w)) return 'war-risk';
  return w.replace(/[\s-]/g, '-');
}

/** The premium rates one clause states. */
export function premiumRatesIn(text: string): Measured[] {
  if (!/\bpremiums?\b|\bhull\s+value\b/i.test(text) || !/%|percent|per\s+cent/i.test(text)) return [];
  const out: Measured[] = [];
  const push = (m: RegExpMatchArray, type: string | undefined, bound: string | undefined, raw: string): void => {
    const start = m.index!;
    const end = start + m[0].length;
    if (out.some((o) => o.start < end && start < o.end)) return;
    // "premiums of 0.5% to 1%": a range, no one rate.
    if (RANGE_AFTER.test(text.slice(end))) return;
    const { value, decimals } = numberOf(raw);
    if (!Number.isFinite(value)) return;
    const b = boundOf(bound);
    const kind = typeOf(type);
    const written = [bound?.toLowerCase().replace(/\s+/g, ' '), `${raw}%`].filter(Boolean).join(' ');
    // A rate is quoted, not rounded: "1%" is one percent, and "0.7%" another rate.
    const figure: Measured = { kind: 'premium', thing: '', written, start, end, reading: { value, decimals, bound: b, slack: b === 'exact' ? 1e-6 : slackOf(value, decimals, b) } };
    if (kind) figure.qualifier = { one: '', of: kind, ofShown: kind };
    out.push(figure);
  };
  for (const m of text.matchAll(PREMIUM_ROSE)) push(m, m[1], m[2], m[3]!);
  for (const m of text.matchAll(RAISED)) push(m, m[1], m[2], m[3]!);
  for (const m of text.matchAll(PREMIUM_OF)) push(m, m[1], m[2], m[3]!);
  if (/\bpremiums?\b|\binsur|\bunderwrit|\bcover\b/i.test(text)) for (const m of text.matchAll(SHARE_OF_VALUE)) push(m, undefined, m[1], m[2]!);
  return out.sort((a, b) => a.start - b.start);
}
