/**
 * "Arvane Capital", "Norrhamn Partners", "Vesterby Securities", "Kestrel Exchange": a closing finance
 * word marks a firm's name as surely as a legal form does, and such names are often written without
 * one. A market that is no one firm's ("the Stock Exchange", "the Mercantile Exchange") is left out:
 * its other words would find every report of that market.
 */
const FINANCE_WORD = /\s(?:capital|partners|holdings|securities|ventures|investments|asset\s+management|trading)$/iu;
const FIRM_EXCHANGE = /(?<!\s(?:stock|futures|commodity|commodities|mercantile|options|metal|metals|energy|power|grain|diamond))\sexchange$/iu;

/** Whether a name ends in a finance word that makes it a firm's. */
export function financeFirmName(name: string): boolean {
  return FINANCE_WORD.test(name) || FIRM_EXCHANGE.test(name);
}
