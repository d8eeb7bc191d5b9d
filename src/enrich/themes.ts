/**
 * Themes from a documented keyword taxonomy (docs/themes.md). A theme needs two hits, or one in the
 * headline; a detail theme (`cyber.ransomware`) needs one hit and implies its parent. Cues are phrases
 * rather than single loose words where a word alone has a common other sense ("shot", "campaign",
 * "candidates", "drill", "virus"). Named threat actors come from the gazetteer in threat-actors.ts, and
 * their names are blanked before the other rules run, so "Volt Typhoon" is no storm.
 */
import { CVE_PATTERN } from './cve.js';
import { findThreatActors } from './threat-actors.js';

export interface ThemeRule {
  theme: string;
  /** Every match of every pattern is one hit. Patterns carry their own flags: "IT workers" is case-sensitive. */
  patterns: readonly RegExp[];
}

const IT_WORKERS = /\b(?:IT|[Ii]nformation technology) (?:workers?|freelancers?|contractors?)\b|\blaptop farms?\b|\bremote IT (?:jobs|work)\b/g;

export const THEME_RULES: readonly ThemeRule[] = [
  {
    theme: 'cyber',
    patterns: [
      /\b(?:cyber\w*|hack(?:er|ers|ing|ed)?(?! (?:to death|off)\b)|malware|ransomware|phishing|ddos|data breach(?:es)?|spyware|zero-day|cryptocurrency theft|crypto heist|infostealers?)\b/gi,
      /\bAPT ?-?\d{1,3}\b/g,
      CVE_PATTERN,
      IT_WORKERS,
    ],
  },
  { theme: 'cyber.it-workers', patterns: [IT_WORKERS] },
  { theme: 'cyber.ransomware', patterns: [/\bransomware\b/gi] },
  {
    theme: 'cyber.vulnerability',
    patterns: [
      CVE_PATTERN,
      /\bzero-days?\b/gi,
      /\b(?:security|software|critical|remote code execution|unpatched) (?:flaws?|holes?|bugs?|vulnerabilit(?:y|ies))\b/gi,
      /\bexploit(?:ed|ing)? (?:a |the |an )?(?:flaw|bug|vulnerabilit(?:y|ies))\b/gi,
    ],
  },
  {
    theme: 'diplomacy',
    patterns: [
      /\b(?:diplomat\w*|summit|foreign minist\w+|ministry of foreign affairs|ambassadors?|envoys?|bilateral|trilateral|embass(?:y|ies)|consulates?|negotiat\w+)\b/gi,
      // "talks" is also a verb ("she talks about"): the noun is known by the words around it.
      /\b(?:(?:after|during|before|of|held|hold|holding|peace|trade|nuclear|ceasefire|high-level|direct|summit) talks|talks (?:in|at|with|between))\b/gi,
      /\b[A-Z][\w-]+ talks(?=[:,.;]|$)/g,
    ],
  },
  {
    theme: 'sanctions',
    patterns: [
      /\b(?:sanctions|sanctioned (?:by|under|for|entities|individuals|companies|firms)|under sanction|illicit (?:sources of )?revenue|export controls?|asset freezes?|blacklist(?:ed|ing)?|Specially Designated Nationals)\b/gi,
      /\b(?:OFAC|Office of Foreign Assets Control)\b/g,
    ],
  },
  {
    theme: 'military',
    patterns: [
      /\b(?:military|missiles?|troops|army|navy|air force|warships?|artillery|airstrikes?|air strikes?|nuclear weapons?|ballistic)\b/gi,
      /\b(?:military|joint|naval|coast guard|live-fire|air|war) (?:drills?|exercises?)\b/gi,
      // The words of wars and armed conflicts that name no army: "a drone strike hit a mosque", "the RSF paramilitary".
      /\b(?:drones? (?:strikes?|attacks?|attacked|struck|hit)|(?:attack|armed|suicide|kamikaze) drones?|shell(?:ing|ed)(?! out)|bombardment|paramilitar(?:y|ies)|militias?|rebel (?:forces|fighters|groups?)|insurgents?|ceasefire|cease-fire)\b/gi,
    ],
  },
  {
    theme: 'crime',
    patterns: [
      /\b(?:arrest(?:ed|s|ing)?|police|charged with|indicted|indictment|suspects?|murder\w*|robbery|robberies|fraud|gunman|gunmen|homicide|stabbing|theft|kidnapp\w*)\b/gi,
      /\b(?:shot dead|shot and killed|fatally shot|gunshot wounds?|(?:mass|school|fatal|drive-by) shootings?)\b/gi,
      // Thefts told by their plural, their heists or by the money taken ("hackers steal $214 million"):
      // "steal" alone is also a basketball play and "stolen" a base, so the sum must follow.
      /\b(?:thefts|heists?|st(?:eal|eals|ole|olen)\s+(?:about\s+|nearly\s+|more than\s+|an estimated\s+)?(?:US)?[$€£¥])/gi,
    ],
  },
  {
    theme: 'disaster',
    patterns: [
      /\b(?:earthquakes?|quakes?|aftershocks?|wildfires?|hurricanes?|tsunamis?|landslides?|tornado(?:es)?|volcan\w+|evacuat\w+)\b/gi,
      /\bmagnitude[- ]\d/gi,
      /\b(?:floods?|flooding|flooded)\b(?! (?:of|with)\b)/gi,
      /(?<!Eurofighter )\b(?:typhoons?|cyclones?|storms?)\b(?! (?:of|jets?|fighters?)\b)/gi,
      // Accidents of transport and structures, as disaster databases count them: "the train derailed".
      /\b(?:derail(?:ed|ment|ments|s)?|(?:train|plane|air|helicopter|bus|ferry|rail) (?:crash(?:es)?|disaster|accident)s?|capsiz\w+|shipwrecks?|(?:building|bridge|mine|dam) collapse[ds]?)\b/gi,
      // Industrial accidents, which the same databases count: "a factory fire", "the blast at a chemical
      // plant", "an explosion tore through a refinery", "a gas leak". A fire or blast only at a works:
      // "open fire", "a bomb blast in a market" are not.
      /\b(?:(?:factory|plant|refinery|warehouse|mill|boiler|reactor|chemical|industrial|firecracker|fireworks) (?:explosions?|blasts?|fires?|accidents?)|(?:gas|chemical|ammonia|chlorine) leaks?|(?:explosions?|blasts?|fires?) (?:tore|ripped|swept) through (?:a|an|the) (?:[\w-]+ ){0,2}(?:factory|plant|refinery|warehouse|mill|depot|works)|(?:explosions?|blasts?|fires?|exploded|caught fire) (?:at|in) (?:(?:a|an|the) )?(?:[\w-]+ ){0,2}(?:factory|plant|refinery|warehouse|mill|depot|works|unit))\b/gi,
    ],
  },
  {
    theme: 'economy',
    patterns: [
      /\b(?:economy|economic|inflation|gdp|stock markets?|stock exchanges?|financial markets?|share prices?|tariffs?|trade (?:deficit|surplus)|interest rates?|central bank|recession|unemployment)\b/gi,
    ],
  },
  {
    theme: 'elections',
    patterns: [
      /\b(?:elections?|electoral|voters?|ballots?|polling stations?|campaign trail|re-election|reelection)\b/gi,
      /\b(?:election|presidential|mayoral|gubernatorial|parliamentary|senate) (?:campaigns?|candidates?|race)\b/gi,
      /\bcandidates? for (?:president|mayor|governor|parliament|the senate|office)\b/gi,
    ],
  },
  {
    theme: 'health',
    patterns: [
      /\b(?:public health|health (?:ministry|minister|officials?|authorities|care|system|workers?|emergency)|healthcare|hospitals?|disease|vaccin\w+|outbreaks?|pandemic|epidemic|patients?|coronavirus|covid(?:-19)?|influenza|measles|cholera|ebola|mpox)\b/gi,
    ],
  },
];

/** Every theme an event can carry (docs/themes.md): the rules' and the threat actors' one. */
export const THEMES: readonly string[] = [...THEME_RULES.map((r) => r.theme), 'cyber.threat-actor'];

/**
 * Hits of the rule in the text, counted no further than `enough`: a theme needs one or two, and a
 * common one ("police", "military") would otherwise have every match of the body read.
 */
function countHits(rule: ThemeRule, text: string, enough: number): number {
  let n = 0;
  for (const pattern of rule.patterns) {
    // Every pattern is global (one hit per match); two rules share some, so each scan starts afresh.
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = n < enough ? pattern.exec(text) : null) {
      n++;
      if (m[0] === '') pattern.lastIndex++;
    }
    pattern.lastIndex = 0;
    if (n >= enough) break;
  }
  return n;
}

/** The text with threat-actor names blanked out (same length, so nothing else shifts). */
function withoutActors(text: string): { text: string; actors: number } {
  const found = findThreatActors(text);
  let out = text;
  for (const a of found) out = out.slice(0, a.start) + ' '.repeat(a.end - a.start) + out.slice(a.end);
  return { text: out, actors: found.length };
}

export function detectThemes(headline: string, body: string): string[] {
  const h = withoutActors(headline);
  const b = withoutActors(body);
  const themes: string[] = [];
  for (const rule of THEME_RULES) {
    // One hit in the headline is enough; else two in the body, or one for a detail theme.
    const inBody = rule.theme.includes('.') ? 1 : 2;
    if (countHits(rule, h.text, 1) >= 1 || countHits(rule, b.text, inBody) >= inBody) themes.push(rule.theme);
  }
  if (h.actors + b.actors > 0) themes.push('cyber.threat-actor');
  // A detail theme implies its parent.
  for (const theme of [...themes]) {
    const parent = theme.split('.')[0]!;
    if (parent !== theme && !themes.includes(parent)) themes.push(parent);
  }
  return themes;
}
