/**
 * Names the tagger typed as organisations that name no body: a currency or token ("EUR", "USDT"), a
 * reporting period ("Q3", "H1", "FY2026"), a product by its initials ("EV", "LNG"), a bare "Union", a technical standard or scheme ("CVSS", "SHA" of "SHA-256"),
 * a stock ticker after its exchange ("(XETRA: ABCD)"), a country's formal name cut short ("Democratic
 * People" of "Democratic People's Republic of Korea"), a province or island group ("... Islands"), an
 * article of a treaty ("Article XI of ...") and a document's number ("Press Release No."). Listed as
 * bodies they filled the entity list and the STIX identities with things no analyst would look up.
 */
const NOT_BODY_WORDS = new Set([
  // Currencies and tokens, as written in money amounts.
  'eur', 'usd', 'gbp', 'jpy', 'cny', 'rmb', 'chf', 'krw', 'idr', 'inr', 'aud', 'cad', 'hkd', 'sgd', 'rub', 'brl', 'zar', 'myr', 'thb', 'vnd',
  'usdt', 'usdc', 'btc', 'eth', 'xrp', 'bnb',
  // Technical standards, schemes and formats.
  'cvss', 'sha', 'md5', 'sha1', 'sha256', 'cve', 'cwe', 'ioc', 'iocs', 'ttp', 'ttps', 'url', 'dns', 'http', 'https', 'tls', 'ssl', 'vpn', 'api', 'ip',
  // Products and goods by their initials, written before a noun ("EV tariffs", "LNG imports", "SUV sales": review ux77a fault 9).
  'ev', 'evs', 'suv', 'suvs', 'lng', 'lpg', 'gdp', 'gps', 'led', 'leds', 'atm', 'atms', 'usb',
  // A union's, a party's kind alone, capitalised as a sentence or a title opens ("Union leader Jo Alves said").
  'union', 'unions',
]);

/** "Q3", "H1", "FY2026", "FY26", "Q4 2025": a period of a firm's year. */
const PERIOD = /^(?:Q[1-4]|H[12]|FY\s?\d{2,4}|[QH][1-4]\s+\d{4})$/;
/** A province, island group or administrative area named by its kind at the end. */
const PLACE_TAIL = /\s(?:Islands?|Province|Regency|Prefecture|Archipelago|Peninsula)$/;
/** A part of a treaty or law, or a document's number. */
const DOCUMENT_PART = /^(?:Article|Section|Chapter|Paragraph|Clause|Annex)\s+(?:[IVXLC]+|\d+)\b|\bNo\.?$|^Press\s+Release\b/;

/** Whether `text`, tagged as an organisation ending at `end` in `body`, names no body. */
export function namesNoBody(text: string, body: string, start: number, end: number): boolean {
  const name = text.trim();
  if (NOT_BODY_WORDS.has(name.toLowerCase().replace(/-/g, ''))) return true;
  if (PERIOD.test(name) || PLACE_TAIL.test(name) || DOCUMENT_PART.test(name)) return true;
  // "SHA-256", "MD5-hashed": the tagged word is the head of a technical term joined by a hyphen.
  if (/^-\d/.test(body.slice(end, end + 2)) && /^\p{Lu}{2,5}$/u.test(name)) return true;
  // "(XETRA: ABCD)": a ticker after its exchange's code.
  if (/^\p{Lu}{2,6}$/u.test(name) && /\(\s*\p{Lu}{2,6}\s*:\s*$/u.test(body.slice(Math.max(0, start - 12), start))) return true;
  // "Democratic People's Republic of Korea": the first words of a country's formal name.
  if (/^(?:['’]s)?\s+Republic\b/.test(body.slice(end, end + 12)) && /(?:^|\s)People(?:['’]s)?$/.test(name)) return true;
  return false;
}
