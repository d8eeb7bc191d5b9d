/**
 * A crime of money and markets is also a story of the economy: a business desk filtering on `economy`
 * wants the securities fraud, the Ponzi scheme, the insider-trading case and the exchange that collapsed
 * with its customers' deposits, which the `crime` rule alone left to the crime desk. The cues name the
 * kind of fraud or the markets it was done in; "fraud" alone does not (benefits, voter or identity fraud).
 */
import type { GatedPattern } from './themes.js';

export const FINANCIAL_CRIME: GatedPattern = {
  pattern: /\b(?:(?:securities|investment|investor|accounting|bank|banking|financial|commodities|crypto(?:currency)?|mortgage|pension|market) fraud|ponzi(?: scheme)?|pyramid scheme|insider trading|market (?:manipulation|abuse|rigging)|(?:manipulat\w+|rigg\w+) (?:the )?(?:market|prices?|shares|stock|benchmark|libor)|embezzl\w+|misappropriat\w+ (?:of )?(?:customer|client|investor|company) (?:funds|money|deposits|assets)|(?:customer|client|investor)s?['’]? (?:funds|deposits|assets)|(?:crypto(?:currency)?|digital[- ]asset) (?:exchange|platform|lender)s?|(?:exchange|fund|bank|lender|platform|brokerage) (?:collapsed|failed|went bust|filed for bankruptcy)|(?:collapsed|failed|bankrupt|insolvent) (?:crypto(?:currency)? )?(?:exchange|fund|bank|lender|platform|brokerage)|bankruptcy|creditors)\b/gi,
  words: [
    ' fraud', 'ponzi', 'pyramid scheme', 'insider trading', 'market manipulation', 'market abuse', 'market rigging', 'manipulat', 'rigg',
    'embezzl', 'misappropriat', ' funds', ' deposits', ' assets', 'exchange', 'platform', 'lender', 'bankrupt', 'creditors',
    'collapsed', 'failed', 'went bust', 'insolvent',
  ],
};
