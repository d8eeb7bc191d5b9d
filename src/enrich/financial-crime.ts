/**
 * A crime of money and markets is also a story of the economy: a business desk filtering on `economy`
 * wants the securities fraud, the Ponzi scheme, the insider-trading case and the exchange that collapsed
 * with its customers' deposits, which the `crime` rule alone left to the crime desk. The cues name the
 * kind of fraud or the markets it was done in; "fraud" alone does not (benefits, voter or identity fraud).
 */
import type { GatedPattern } from './themes.js';

/**
 * Words of money markets and their customers. An embezzlement, a collapse, a bankruptcy or creditors
 * count only in a sentence with one of them: a church treasurer's embezzling, a stage "platform
 * collapsed" or a club's creditors are no market's story.
 */
const MARKET = String.raw`(?:markets?|investors?|investments?|exchanges?|securities|stocks?|shares|shareholders?|deposits?|depositors?|savers|crypto(?:currency)?|brokerage|trading|bonds?|customers['’]? (?:funds|money|assets))`;
const LOOSE = String.raw`(?:embezzl\w+|(?:exchange|fund|bank|lender|platform|brokerage) (?:collapsed|failed|went bust|filed for bankruptcy)|(?:collapsed|failed|bankrupt|insolvent) (?:crypto(?:currency)? )?(?:exchange|fund|bank|lender|platform|brokerage)|bankruptcy|creditors)`;
/** The market word before the clause (the clause's own words included) or after it, in its sentence. */
const IN_MARKET_SENTENCE = String.raw`(?:(?<=\b${MARKET}\b[^.!?]{0,200})|(?=[^.!?]{0,200}\b${MARKET}\b))`;

export const FINANCIAL_CRIME: GatedPattern = {
  pattern: new RegExp(
    String.raw`\b(?:(?:securities|investment|investor|accounting|bank|banking|financial|commodities|crypto(?:currency)?|mortgage|pension|market) fraud|ponzi(?: scheme)?|pyramid scheme|insider trading|market (?:manipulation|abuse|rigging)|(?:manipulat\w+|rigg\w+) (?:the )?(?:market|prices?|shares|stock|benchmark|libor)|misappropriat\w+ (?:of )?(?:customer|client|investor|company) (?:funds|money|deposits|assets)|(?:customer|client|investor)s?['’]? (?:funds|deposits|assets)|(?:crypto(?:currency)?|digital[- ]asset) (?:exchange|platform|lender)s?|${LOOSE}\b${IN_MARKET_SENTENCE})\b`,
    'gi',
  ),
  words: [
    ' fraud', 'ponzi', 'pyramid scheme', 'insider trading', 'market manipulation', 'market abuse', 'market rigging', 'manipulat', 'rigg',
    'embezzl', 'misappropriat', ' funds', ' deposits', ' assets', 'exchange', 'platform', 'lender', 'bankrupt', 'creditors',
    'collapsed', 'failed', 'went bust', 'insolvent',
  ],
};
