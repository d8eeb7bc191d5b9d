/**
 * ECB+ text comes tokenised, one sentence a line ("the actress 's rep , `` We ... '' said ."); our
 * extractor reads written text, so spacing is put back the way a page would have it: punctuation on
 * the word before, quotes on the words they enclose, numbers and compounds split by the tokeniser
 * ("6 . 1 - magnitude", "120 , 000", "http : / / news . bbc") joined again.
 */

/** One tokenised line back to written text. */
export function detokeniseLine(line: string): string {
  let text = ` ${line.trim()} `;
  // An address split at every symbol: one token again.
  if (/^ https? : \/ \//.test(text)) return text.replace(/\s+/g, '');
  text = text
    // Numbers cut at their separators: 6 . 1, 120 , 000, 02 : 24.
    .replace(/(\d) \. (?=\d)/g, '$1.')
    .replace(/(\d) , (?=\d{3}\b)/g, '$1,')
    .replace(/(\d) : (?=\d{2}\b)/g, '$1:')
    // Compounds cut at the hyphen: two - thirds, 6.1 - magnitude.
    .replace(/([\p{L}\p{N}]) - (?=[\p{L}\p{N}])/gu, '$1-')
    // PTB quotes: `` opens, '' closes.
    .replace(/ `` /g, ' “')
    .replace(/ '' /g, '” ');
  text = pairStraightQuotes(text)
    // Clitics and closing punctuation lean on the word before.
    .replace(/ ’ s(?= )/g, '’s')
    .replace(/ (n't|'s|'re|'ve|'m|'ll|'d|’s)(?=[\s"”’])/gi, '$1')
    .replace(/ ([.,;:?!%)\]”’]|\.\.\.)(?=[\s"”’])/g, '$1')
    // Opening brackets and currency lean on the word after.
    .replace(/ ([([$“‘]) /g, ' $1');
  return text.replace(/\s+/g, ' ').trim();
}

/** A free-standing " opens when it is the first, third... on the line and closes otherwise. */
function pairStraightQuotes(text: string): string {
  let open = true;
  return text.replace(/ " /g, () => {
    const out = open ? ' "' : '" ';
    open = !open;
    return out;
  });
}

export function detokenise(text: string): string {
  return text
    .split('\n')
    .map(detokeniseLine)
    .filter((line) => line !== '')
    .join('\n');
}
