/**
 * Themes from a documented keyword taxonomy (docs/themes.md). A theme needs two hits, or one in the
 * headline; a detail theme (`cyber.ransomware`) needs one hit and implies its parent. Cues are phrases
 * rather than single loose words where a word alone has a common other sense ("shot", "campaign",
 * "candidates", "drill", "virus"). Named threat actors come from the gazetteer in threat-actors.ts, and
 * their names are blanked before the other rules run, so "Volt Typhoon" is no storm.
 */
import { CVE_PATTERN } from './cve.js';
import { FINANCIAL_CRIME } from './financial-crime.js';
import { MARITIME_RULE } from './theme-maritime.js';
import { findThreatActors } from './threat-actors.js';
import { type ScannedWords, WordScan } from './word-scan.js';

/**
 * A pattern and its word gate (as in word-gate.ts): every match holds one of the words, lower-cased. Each
 * pattern is tried at every word of the body, and most bodies hold none of most rules' words.
 */
export interface GatedPattern {
  pattern: RegExp;
  words: readonly string[];
}

export interface ThemeRule {
  theme: string;
  /** Every match of every pattern is one hit. Patterns carry their own flags: "IT workers" is case-sensitive. */
  patterns: readonly GatedPattern[];
}

/** A market or monetary story's own words beside the `economy` rule's plain ones. */
const MOVED = String.raw`(?:has\s+|had\s+|have\s+)?(?:fell|fall|falls|fallen|slid|slipped|sank|sink|sinks|weakened|strengthened|rose|risen|rise|rises|gained|lost|tumbled|plunged|dropped|drop|drops|jumped|surged|climbed|slumped|depreciated|appreciated|closed)`;
const ECONOMY_MARKETS: GatedPattern = {
  pattern: new RegExp(String.raw`\b(?:(?:policy|benchmark|key|lending|repo)(?: interest)? rates?|rate (?:decisions?|cuts?|hikes?)|exchange rates?|(?:rupiah|ringgit|yuan|renminbi|baht|zloty|forint|lira|yen|peso|rupee|dollar|euro|sterling|currency|currencies) ${MOVED}|(?:steady|support|defend|prop up) the (?:currency|rupiah|ringgit|yuan|baht|lira|peso|rupee)|against the (?:US |U\.S\. )?(?:dollar|euro|yen)|currency (?:markets?|reserves?|interventions?)|profit (?:warnings?|forecasts?|outlook)|(?:operating|net|quarterly|annual|pre-tax) profits?|(?:shares|stocks?|share price) ${MOVED}|bond yields?|composite index)\b`, 'gi'),
  words: ['rate', 'rupiah', 'ringgit', 'yuan', 'renminbi', 'baht', 'zloty', 'forint', 'lira', 'yen', 'peso', 'rupee', 'dollar', 'euro', 'sterling', 'currenc', 'profit', 'shares', 'stock', 'share price', 'bond yield', 'composite index'],
};
/** Trade between states (the `economy.trade` detail). */
const TRADE: GatedPattern = {
  pattern: /\b(?:(?:export|import) (?:bans?|curbs?|restrictions?|quotas?|duties|dut(?:y|ies)|taxes|levies|licen[cs]es)|(?:ban|bans|banned|banning|curbs?|halt(?:ed|ing)?) (?:on )?(?:all )?(?:the )?exports?|tariffs? (?:on|against)|retaliatory (?:tariffs?|duties|measures)|(?:import|customs|anti-?dumping|countervailing) duties|anti-?dumping|trade (?:wars?|disputes?|rows?|deals?|agreements?|pacts?|talks|barriers?|tensions?|ministers?|ministry|commissioner|representative|policy|remedies|retaliation)|free[- ]trade|WTO|World Trade Organi[sz]ation|dispute settlement (?:body|panel|proceedings))\b/gi,
  words: ['export', 'import', 'tariff', 'retaliatory', 'customs', 'dumping', 'countervailing', 'trade', 'wto', 'world trade organi', 'dispute settlement'],
};

/** Buildings and works whose fire or blast is a disaster as disaster databases count it. */
const WORKS = String.raw`(?:factory|plant|refinery|warehouse|mill|depot|works|facility|data cent(?:re|er)|power station|substation)`;
/**
 * A fire or blast as a noun; not after a verb that makes it gunfire ("opened fire", "returned fire",
 * "exchanged fire", "came under fire") or arson ("set fire").
 */
const FIRE = String.raw`(?<!\b(?:open|opens|opened|opening|return|returned|returning|exchanged|exchanging|under|set|sets|setting) )(?:explosions?|blasts?|fires?|blazes?)`;

/**
 * Industrial accidents, which disaster databases count: "a factory fire", "the blast at a chemical
 * plant", "an explosion tore through a refinery", "a gas leak"; and fires of other buildings and works
 * as such ("a data centre blaze", "fire swept through a data centre", "a fire broke out at a
 * warehouse"). A fire or blast only at a building or works: "open fire", "a bomb blast in a market" are
 * not, nor a gunman who opened (or an officer who returned) fire at a building, nor "fired".
 */
const INDUSTRIAL: GatedPattern = {
  pattern: new RegExp(String.raw`\b(?:(?:${WORKS}|boiler|reactor|chemical|industrial|firecracker|fireworks) (?:explosions?|blasts?|fires?|blazes?|accidents?)|(?:gas|chemical|ammonia|chlorine) leaks?|${FIRE} (?:tore|ripped|swept|spread) through (?:a|an|the) (?:[\w-]+ ){0,2}${WORKS}|(?:${FIRE}(?: (?:broke out|started|erupted|raged))?|exploded|caught fire) (?:at|in) (?:(?:a|an|the) )?(?:[\w-]+ ){0,2}(?:${WORKS}|unit))\b`, 'gi'),
  words: ['explosion', 'blast', 'fire', 'blaze', 'accident', 'leak', 'exploded'],
};
/**
 * A works' blast told by what it did, as a follow-up recalls it: "the explosion that killed five
 * workers at the Teesmouth plant", "a valve at the plant ... before the explosion that killed five men".
 * The works and the blast in one sentence, the blast's harm right after it.
 */
const HARM_AFTER = String.raw`(?:that|which) (?:(?:has|had) )?(?:killed|injured|left|claimed|hurt)\b`;
const RECALLED_INDUSTRIAL: GatedPattern = {
  pattern: new RegExp(String.raw`\b(?:${FIRE} ${HARM_AFTER}[^.!?]{0,80}?\b${WORKS}\b|${WORKS}\b[^.!?]{0,120}?\b${FIRE} ${HARM_AFTER})`, 'gi'),
  words: ['explosion', 'blast', 'fire', 'blaze'],
};
/**
 * A headline naming a blast or a fire as its subject ("Safety valve behind Teesside blast"): one hit
 * of a works' blast in the body then makes the story a disaster's, though the body names it once.
 */
const HEADLINE_BLAST = new RegExp(String.raw`\b${FIRE}\b`, 'i');

const IT_WORKERS_GATED: GatedPattern = {
  pattern: /\b(?:IT|[Ii]nformation technology) (?:workers?|freelancers?|contractors?)\b|\blaptop farms?\b|\bremote IT (?:jobs|work)\b/g,
  words: ['it worker', 'it freelancer', 'it contractor', 'information technology', 'laptop farm', 'remote it'],
};
const CVE: GatedPattern = { pattern: CVE_PATTERN, words: ['cve'] };

/**
 * Sanctions told without the word: "EU blacklists tankers", "the EU listing hits 15 vessels",
 * "designated by the Treasury", "designated entities". Not "new listings" (shares, houses), nor assets
 * frozen (a court freezes a fraud suspect's).
 */
const SANCTIONS_OTHER_WORDS: GatedPattern = {
  pattern: /\b(?:blacklists|(?:EU|E\.U\.|UN|U\.N\.|sanctions) listings?|designated (?:by|under) (?:the )?(?:EU|European Union|UN|United Nations|US|U\.S\.|Treasury|OFAC|State Department|Security Council)|designated (?:entities|individuals|persons|companies|vessels|tankers))\b/gi,
  words: ['blacklists', 'listing', 'designated'],
};

/**
 * Energy and critical infrastructure (review ux73a fault 11): cables, pipelines, grids and their
 * operators, substations, power stations, refineries, LNG terminals, and the blackouts and outages of
 * their failure. Phrases: a "cable" is also a television service and a telegram, a "pipeline" a
 * company's deals, a "grid" a starting grid, a "blackout" a news or media one.
 */
const INFRASTRUCTURE: GatedPattern = {
  pattern: /\b(?:(?:undersea|subsea|submarine|seabed|power|electricity|high-voltage|transmission|data|internet|telecoms?|fib(?:re|er)[- ]optic|communications?) cables?|interconnectors?|(?:gas|oil|crude|fuel|natural gas|undersea|subsea|offshore) pipelines?|(?:power|electricity|energy|national|electric) grids?|grid operators?|transmission (?:lines?|system operators?|networks?)|(?:electrical )?substations?|power (?:stations?|plants?|lines?|outages?|cuts?|failures?)|electricity (?:outages?|cuts?|supply|supplies)|(?<!(?:media|news|information|reporting|communications|internet) )blackouts?|refinery|refineries|LNG (?:terminals?|plants?|carriers?|tankers?)|gas (?:terminals?|storage|compressor stations?)|(?:oil|fuel) depots?)\b/gi,
  words: ['cable', 'interconnector', 'pipeline', 'grid', 'transmission', 'substation', 'power', 'electricity', 'blackout', 'refiner', 'lng', 'gas', 'depot'],
};

export const THEME_RULES: readonly ThemeRule[] = [
  {
    theme: 'cyber',
    patterns: [
      { pattern: /\b(?:cyber\w*|hack(?:er|ers|ing|ed)?(?! (?:to death|off)\b)|malware|ransomware|phishing|ddos|data breach(?:es)?|spyware|zero-day|cryptocurrency theft|crypto heist|infostealers?)\b/gi, words: ['cyber', 'hack', 'ware', 'phishing', 'ddos', 'data breach', 'zero-day', 'crypto', 'infostealer'] },
      { pattern: /\bAPT ?-?\d{1,3}\b/g, words: ['apt'] },
      CVE,
      IT_WORKERS_GATED,
    ],
  },
  { theme: 'cyber.it-workers', patterns: [IT_WORKERS_GATED] },
  { theme: 'cyber.ransomware', patterns: [{ pattern: /\bransomware\b/gi, words: ['ransomware'] }] },
  {
    theme: 'cyber.vulnerability',
    patterns: [
      CVE,
      { pattern: /\bzero-days?\b/gi, words: ['zero-day'] },
      { pattern: /\b(?:security|software|critical|remote code execution|unpatched) (?:flaws?|holes?|bugs?|vulnerabilit(?:y|ies))\b/gi, words: [' flaw', ' hole', ' bug', ' vulnerabilit'] },
      { pattern: /\bexploit(?:ed|ing)? (?:a |the |an )?(?:flaw|bug|vulnerabilit(?:y|ies))\b/gi, words: ['exploit'] },
    ],
  },
  {
    theme: 'diplomacy',
    patterns: [
      { pattern: /\b(?:diplomat\w*|summit|foreign minist\w+|ministry of foreign affairs|ambassadors?|envoys?|bilateral|trilateral|embass(?:y|ies)|consulates?|negotiat\w+)\b/gi, words: ['diplomat', 'summit', 'foreign minist', 'ministry of foreign affairs', 'ambassador', 'envoy', 'bilateral', 'trilateral', 'embass', 'consulate', 'negotiat'] },
      // "talks" is also a verb ("she talks about"): the noun is known by the words around it.
      { pattern: /\b(?:(?:after|during|before|of|held|hold|holding|peace|trade|nuclear|ceasefire|high-level|direct|summit) talks|talks (?:in|at|with|between))\b/gi, words: ['talks'] },
      { pattern: /\b[A-Z][\w-]+ talks(?=[:,.;]|$)/g, words: [' talks'] },
    ],
  },
  {
    theme: 'sanctions',
    patterns: [
      { pattern: /\b(?:sanctions|sanctioned (?:by|under|for|entities|individuals|companies|firms)|under sanction|illicit (?:sources of )?revenue|export controls?|asset freezes?|blacklist(?:ed|ing)?|Specially Designated Nationals)\b/gi, words: ['sanction', 'illicit', 'export control', 'asset freeze', 'blacklist', 'specially designated nationals'] },
      { pattern: /\b(?:OFAC|Office of Foreign Assets Control)\b/g, words: ['ofac', 'office of foreign assets control'] },
      // A sanctions act in its other words (review ux73a fault 11): a bloc's listing, bodies designated
      // by a sanctioning government. "Listing" alone is a share's, "designated" alone a driver's or an
      // area's, so each needs the words that make it a sanction.
      SANCTIONS_OTHER_WORDS,
    ],
  },
  {
    theme: 'military',
    patterns: [
      { pattern: /\b(?:military|missiles?|troops|army|navy|air force|warships?|artillery|airstrikes?|air strikes?|nuclear weapons?|ballistic)\b/gi, words: ['military', 'missile', 'troops', 'army', 'navy', 'air force', 'warship', 'artillery', 'airstrike', 'air strike', 'nuclear weapon', 'ballistic'] },
      // Air raids told by their aircraft ("warplanes struck six sites"), a maritime desk's strikes ashore.
      { pattern: /\b(?:warplanes?|fighter jets?|fighter-bombers?)\b/gi, words: ['warplane', 'fighter'] },
      // "Coalition jets strike ...": in lower case, as the New York Jets are a team.
      { pattern: /\bjets (?:strike|struck|bomb|bombed|pound|pounded|raid|raided)\b/g, words: ['jets '] },
      { pattern: /\b(?:military|joint|naval|coast guard|live-fire|air|war) (?:drills?|exercises?)\b/gi, words: [' drill', ' exercise'] },
      // The words of wars and armed conflicts that name no army: "a drone strike hit a mosque", "the RSF paramilitary".
      { pattern: /\b(?:drones? (?:strikes?|attacks?|attacked|struck|hit)|(?:attack|armed|suicide|kamikaze) drones?|shell(?:ing|ed)(?! out)|bombardment|paramilitar(?:y|ies)|militias?|rebel (?:forces|fighters|groups?)|insurgents?|ceasefire|cease-fire)\b/gi, words: ['drone', 'shell', 'bombardment', 'paramilitar', 'militia', 'rebel ', 'insurgent', 'ceasefire', 'cease-fire'] },
    ],
  },
  // Attacks on ships, piracy and seizures at sea (theme-maritime.ts).
  MARITIME_RULE,
  // Energy and critical infrastructure: cables, pipelines, grids, refineries and their outages.
  { theme: 'infrastructure', patterns: [INFRASTRUCTURE] },
  {
    theme: 'crime',
    patterns: [
      { pattern: /\b(?:arrest(?:ed|s|ing)?|police|charged with|indicted|indictment|suspects?|murder\w*|robbery|robberies|fraud|gunman|gunmen|homicide|stabbing|theft|kidnapp\w*)\b/gi, words: ['arrest', 'police', 'charged with', 'indict', 'suspect', 'murder', 'robber', 'fraud', 'gunm', 'homicide', 'stabbing', 'theft', 'kidnapp'] },
      { pattern: /\b(?:shot dead|shot and killed|fatally shot|gunshot wounds?|(?:mass|school|fatal|drive-by) shootings?)\b/gi, words: ['shot dead', 'shot and killed', 'fatally shot', 'gunshot wound', 'shooting'] },
      // Thefts told by their plural, their heists or by the money taken ("hackers steal $214 million"):
      // "steal" alone is also a basketball play and "stolen" a base, so the sum must follow.
      { pattern: /\b(?:thefts|heists?|st(?:eal|eals|ole|olen)\s+(?:about\s+|nearly\s+|more than\s+|an estimated\s+)?(?:US)?[$€£¥])/gi, words: ['theft', 'heist', 'steal', 'stole'] },
      // Money siphoned, looted or made off with is taken; money drained only where thieves or hackers
      // drain it ("Hackers drain $212 million from an exchange"), since a strike or a subsidy also
      // "drains $40 million" from a budget, and "drain" alone is a pipe or a reservoir's emptying.
      { pattern: /\b(?:(?:hackers?|thie(?:f|ves)|attackers?|criminals?|fraudsters?|scammers?)\b[^.!?\n]{0,40}?\bdrain(?:s|ed|ing)?|siphon(?:s|ed|ing)?(?:\s+off)?|loot(?:s|ed|ing)?|ma(?:de|ke|kes|king) off with)\s+(?:about\s+|nearly\s+|more than\s+|an estimated\s+|some\s+|roughly\s+)?(?:US)?[$€£¥]/gi, words: ['drain', 'siphon', 'loot', 'off with'] },
    ],
  },
  {
    theme: 'disaster',
    patterns: [
      { pattern: /\b(?:earthquakes?|quakes?|aftershocks?|wildfires?|hurricanes?|tsunamis?|landslides?|tornado(?:es)?|volcan\w+|evacuat\w+)\b/gi, words: ['quake', 'aftershock', 'wildfire', 'hurricane', 'tsunami', 'landslide', 'tornado', 'volcan', 'evacuat'] },
      { pattern: /\bmagnitude[- ]\d/gi, words: ['magnitude'] },
      { pattern: /\b(?:floods?|flooding|flooded)\b(?! (?:of|with)\b)/gi, words: ['flood'] },
      { pattern: /(?<!Eurofighter )\b(?:typhoons?|cyclones?|storms?)\b(?! (?:of|jets?|fighters?)\b)/gi, words: ['typhoon', 'cyclone', 'storm'] },
      // Accidents of transport and structures, as disaster databases count them: "the train derailed".
      { pattern: /\b(?:derail(?:ed|ment|ments|s)?|(?:train|plane|air|helicopter|bus|ferry|rail) (?:crash(?:es)?|disaster|accident)s?|capsiz\w+|shipwrecks?|(?:building|bridge|mine|dam) collapse[ds]?)\b/gi, words: ['derail', ' crash', ' disaster', ' accident', 'capsiz', 'shipwreck', ' collapse'] },
      // An aircraft that crashed, told by its verb ("a passenger jet crashed on approach"); "jets" only in
      // lower case, as the New York Jets are a team that "crashed out".
      { pattern: /\b(?:[Pp]lanes?|[Aa]irliners?|[Jj]etliners?|[Aa]ircraft|[Aa]irplanes?|[Hh]elicopters?|jets?) (?:crashed|crashes|crash-landed)\b/g, words: [' crashed', ' crashes', ' crash-landed'] },
      // Industrial accidents (INDUSTRIAL), and a works' blast a follow-up recalls by its harm.
      INDUSTRIAL,
      RECALLED_INDUSTRIAL,
    ],
  },
  {
    theme: 'economy',
    patterns: [
      { pattern: /\b(?:economy|economic|inflation|gdp|stock markets?|stock exchanges?|financial markets?|share prices?|tariffs?|trade (?:deficit|surplus)|interest rates?|central bank|recession|unemployment)\b/gi, words: ['econom', 'inflation', 'gdp', 'stock market', 'stock exchange', 'financial market', 'share price', 'tariff', 'trade deficit', 'trade surplus', 'interest rate', 'central bank', 'recession', 'unemployment'] },
      // A central bank's rates, a currency's moves, a company's profit and shares: a markets or monetary story.
      // A currency only where it moves or is traded against another ("the zloty has lost 2.1%", "against
      // the dollar"): a sum of rupees or pesos is a crime story's as often (a bribe, a ransom).
      ECONOMY_MARKETS,
      // A fraud of markets or investors, or an exchange that collapsed (financial-crime.ts): crime and economy both.
      FINANCIAL_CRIME,
    ],
  },
  {
    // Trade between states: bans and duties on exports and imports, tariffs on goods, the WTO and its
    // disputes. A detail of `economy` (one hit, implies it), not a theme of its own: every such story is one
    // of the economy, and a filter on `economy` should keep finding it.
    theme: 'economy.trade',
    patterns: [TRADE],
  },
  {
    theme: 'elections',
    patterns: [
      { pattern: /\b(?:elections?|electoral|voters?|ballots?|polling stations?|campaign trail|re-election|reelection)\b/gi, words: ['election', 'electoral', 'voter', 'ballot', 'polling station', 'campaign trail'] },
      { pattern: /\b(?:election|presidential|mayoral|gubernatorial|parliamentary|senate) (?:campaigns?|candidates?|race)\b/gi, words: [' campaign', ' candidate', ' race'] },
      { pattern: /\bcandidates? for (?:president|mayor|governor|parliament|the senate|office)\b/gi, words: ['candidate'] },
    ],
  },
  {
    // Protests and unrest as conflict-event datasets code them: demonstrations, riots, strikes of labour,
    // curfews and the means of dispersing crowds. Phrases where one word has other senses: "strike" is
    // also a military or a lightning strike, "rally" a market's, "march" the month, "demonstrated" a proof.
    theme: 'protest',
    patterns: [
      { pattern: /\b(?:protest(?:s|ers?|ors?|ed|ing)?(?! (?:vote|votes|song|songs)\b)|demonstrations?(?! of\b)|demonstrators|riot(?:s|ers|ing|ed)?|(?:anti-government|opposition|street|mass|pro-democracy) (?:rall(?:y|ies)|marches|march)|marchers|sit-ins?|curfews?|tear gas|tear-gas|water cannons?|rubber bullets)\b/gi, words: ['protest', 'demonstrat', 'riot', 'rall', 'march', 'sit-in', 'curfew', 'tear gas', 'tear-gas', 'water cannon', 'rubber bullet'] },
      { pattern: /\b(?:general strikes?|(?:went|go|going|goes|are|were|is) on strike|strike action|(?:national|nationwide|labou?r|workers'?|teachers'?|transport|dockers'?|miners'?|hunger) strikes?|striking (?:workers|teachers|drivers|miners|dockers|nurses|doctors|unions?)|walkouts?)\b/gi, words: ['strike', 'striking', 'walkout'] },
    ],
  },
  {
    theme: 'health',
    patterns: [
      { pattern: /\b(?:public health|health (?:ministry|minister|officials?|authorities|care|system|workers?|emergency)|healthcare|hospitals?|disease|vaccin\w+|outbreaks?|pandemic|epidemic|patients?|coronavirus|covid(?:-19)?|influenza|measles|cholera|ebola|mpox)\b/gi, words: ['health', 'hospital', 'disease', 'vaccin', 'outbreak', 'pandemic', 'epidemic', 'patient', 'coronavirus', 'covid', 'influenza', 'measles', 'cholera', 'ebola', 'mpox'] },
    ],
  },
];

/** Every theme an event can carry (docs/themes.md): the rules' and the threat actors' one. */
export const THEMES: readonly string[] = [...THEME_RULES.map((r) => r.theme), 'cyber.threat-actor'];

/**
 * Hits of the rule in the text, counted no further than `enough`: a theme needs one or two, and a
 * common one ("police", "military") would otherwise have every match of the body read.
 */
function countHits(rule: ThemeRule, text: Text, enough: number, found: ScannedWords): number {
  let n = 0;
  for (const { pattern, words } of rule.patterns) {
    if (!found.holdsAny(words)) continue;
    // Every pattern is global (one hit per match); two rules share some, so each scan starts afresh.
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text.text); m; m = n < enough ? pattern.exec(text.text) : null) {
      n++;
      if (m[0] === '') pattern.lastIndex++;
    }
    pattern.lastIndex = 0;
    if (n >= enough) break;
  }
  return n;
}

/**
 * The gates' words found in one pass over a text (word-scan.ts), the same answers as a search per
 * word: one scanner for headlines and one for bodies, as every rule asks the headline and then the body.
 */
const GATE_WORDS = THEME_RULES.flatMap((rule) => rule.patterns.map((p) => p.words));
const HEADLINE_WORDS = new WordScan(GATE_WORDS);
const BODY_WORDS = new WordScan(GATE_WORDS);

/** A text as the patterns read it and lower-cased once for the word gates. */
interface Text {
  text: string;
  lower: string;
}

/** The text with threat-actor names blanked out (same length, so nothing else shifts). */
function withoutActors(text: string): Text & { actors: number } {
  const found = findThreatActors(text);
  let out = text;
  for (const a of found) out = out.slice(0, a.start) + ' '.repeat(a.end - a.start) + out.slice(a.end);
  return { text: out, lower: out.toLowerCase(), actors: found.length };
}

/** A headline's blast or fire and one works' blast or fire in the body (HEADLINE_BLAST). */
function worksBlastStory(headline: string, body: Text, found: ScannedWords): boolean {
  if (!HEADLINE_BLAST.test(headline)) return false;
  return countHits({ theme: 'disaster', patterns: [INDUSTRIAL, RECALLED_INDUSTRIAL] }, body, 1, found) >= 1;
}

export function detectThemes(headline: string, body: string): string[] {
  const h = withoutActors(headline);
  const b = withoutActors(body);
  const themes: string[] = [];
  const inHeadline = HEADLINE_WORDS.scan(h.lower);
  const inBodyText = BODY_WORDS.scan(b.lower);
  for (const rule of THEME_RULES) {
    // One hit in the headline is enough; else two in the body, or one for a detail theme.
    const inBody = rule.theme.includes('.') ? 1 : 2;
    if (countHits(rule, h, 1, inHeadline) >= 1 || countHits(rule, b, inBody, inBodyText) >= inBody || (rule.theme === 'disaster' && worksBlastStory(h.text, b, inBodyText))) themes.push(rule.theme);
  }
  if (h.actors + b.actors > 0) themes.push('cyber.threat-actor');
  // A detail theme implies its parent.
  for (const theme of [...themes]) {
    const parent = theme.split('.')[0]!;
    if (parent !== theme && !themes.includes(parent)) themes.push(parent);
  }
  return themes;
}
