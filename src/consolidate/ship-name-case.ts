/**
 * Whether a report writes a ship's name, and in which cases. Wire and maritime copy often writes a
 * ship's name in capitals in mixed-case text ("struck the bulk carrier MV RUBYMAR"), and later reports
 * write "Rubymar": such a name is matched case aside (review72 fault 3). Only a name with a word that is
 * a common English word ("Hope", "Sea Lark") keeps to its written, capital and title-case forms, so
 * "they hope the crew is safe" is no report of the MV Hope (review71); a text all in capitals matches
 * any case.
 */
import { isCommonWord } from '../util/common-words.js';
import { escapeRegExp } from '../util/regexp.js';

/** Each word with a capital first and the rest in lower case: "SEA LARK" is "Sea Lark". */
function titleCase(name: string): string {
  return name.toLowerCase().replace(/(^|[\s-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/** Whether a word of the name is a common English word when written in lower case. */
function hasCommonWord(name: string): boolean {
  return name.toLowerCase().split(/[\s-]+/).some(isCommonWord);
}

/** The name as matched in a text: any space between its words. */
function escape(text: string): string {
  return escapeRegExp(text).replace(/\s+/g, '\\s+');
}

/** Whether `text` writes the ship's name `name` (as its first report wrote it) as a whole name. */
export function writesShipName(text: string, name: string): boolean {
  const anyCase = !/\p{Ll}/u.test(text) || !hasCommonWord(name);
  const forms = anyCase ? [name] : [...new Set([name, name.toUpperCase(), titleCase(name)])];
  return new RegExp(String.raw`(?<![\p{L}\d])(?:${forms.map(escape).join('|')})(?![\p{L}\d])`, anyCase ? 'iu' : 'u').test(text);
}
