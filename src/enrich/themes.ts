/**
 * Themes from a documented keyword taxonomy (docs/themes.md). A theme needs two hits, or one in the
 * headline; cyber themes carry detail analysts filter on (IT-worker schemes, ransomware, named actors).
 */

interface ThemeRule {
  theme: string;
  pattern: RegExp;
}

export const THEME_RULES: readonly ThemeRule[] = [
  { theme: 'cyber', pattern: /\b(cyber\w*|hack(?:er|ers|ing|ed)?|malware|ransomware|phishing|ddos|data breach|spyware|zero-day|cve-\d{4}-\d+|apt\s?\d+|it workers?|information technology workers?|cryptocurrency theft|crypto heist)\b/gi },
  { theme: 'cyber.it-workers', pattern: /\b(it workers?|information technology workers?|remote (?:it )?workers?|disguised identities|fake identities)\b/gi },
  { theme: 'cyber.ransomware', pattern: /\bransomware\b/gi },
  { theme: 'cyber.vulnerability', pattern: /\b(cve-\d{4}-\d+|zero-day|vulnerabilit(?:y|ies)|exploit(?:ed|s)?)\b/gi },
  { theme: 'cyber.threat-actor', pattern: /\b(lazarus|kimsuky|andariel|bluenoroff|apt\s?\d+|fancy bear|cozy bear|sandworm|volt typhoon|scattered spider|lockbit)\b/gi },
  { theme: 'diplomacy', pattern: /\b(diplomat\w*|talks|summit|foreign minist\w+|ministry of foreign affairs|ambassador|envoy|bilateral|trilateral|working group|cooperation|embassy|consulate|negotiat\w+)\b/gi },
  { theme: 'sanctions', pattern: /\b(sanction\w*|illicit (?:sources of )?revenue|export controls?|asset freeze|blacklist\w*)\b/gi },
  { theme: 'military', pattern: /\b(military|missiles?|troops|army|navy|air force|drills?|warships?|artillery|airstrikes?|nuclear weapons?|ballistic)\b/gi },
  { theme: 'crime', pattern: /\b(arrest\w*|police|charged|indicted|suspects?|murder\w*|robbery|fraud|shooting|shot|gunman|homicide|stabbing|theft|kidnapp\w*)\b/gi },
  { theme: 'disaster', pattern: /\b(earthquakes?|quakes?|aftershocks?|magnitude|flood\w*|wildfire|hurricane|typhoon|tsunami|landslide|storm|evacuat\w+|tornado|volcan\w+)\b/gi },
  { theme: 'economy', pattern: /\b(economy|economic|inflation|gdp|markets?|stocks?|shares|tariffs?|trade deficit|interest rates?|central bank|recession)\b/gi },
  { theme: 'elections', pattern: /\b(elections?|electoral|voters?|ballots?|polling stations?|voting|campaign|candidates?)\b/gi },
  { theme: 'health', pattern: /\b(health|hospitals?|disease|virus|vaccin\w+|outbreak|pandemic|patients?|medical)\b/gi },
];

export function detectThemes(headline: string, body: string): string[] {
  const themes: string[] = [];
  for (const rule of THEME_RULES) {
    const inBody = body.match(rule.pattern)?.length ?? 0;
    const inHeadline = headline.match(rule.pattern)?.length ?? 0;
    if (inBody >= 2 || inHeadline >= 1 || (rule.theme.includes('.') && inBody >= 1)) themes.push(rule.theme);
  }
  // A detail theme implies its parent.
  for (const theme of [...themes]) {
    const parent = theme.split('.')[0]!;
    if (parent !== theme && !themes.includes(parent)) themes.push(parent);
  }
  return themes;
}
