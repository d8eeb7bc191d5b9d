/**
 * The role written straight before a name the way local news writes it: "Detroit Police Chief James
 * Craig", "police spokesman Anthony Guglielmi", "Chicago Police Supt. Garry McCarthy", "City of Miami
 * public information officer Frederica Burden", "Chief of Detectives Robert Boyce". The recogniser's
 * titles (entities/recognize.ts) cover a run of capitalised title words; these phrases mix cases, put
 * a force or a town before the title, and are where most people in crime reports get their role.
 */

/** Words that end such a role: the title itself. */
const HEADS = new Set(
  `spokesman spokeswoman spokesperson officer chief superintendent supt. sergeant sgt. lieutenant lt. corporal cpl.
  detective det. captain capt. deputy dep. inspector commander cmdr. trooper sheriff coroner examiner marshal
  investigator agent commissioner director mayor prosecutor attorney detectives`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words that may stand inside the phrase before its head ("Assistant Police Chief", "public safety spokeswoman"). */
const INNER = new Set(
  `police sheriff's sheriff fire city county state public safety information assistant deputy chief executive
  department department's dept. office office's patrol highway school schools district transit university campus
  medical senior principal acting interim special media relations press homicide of detectives district's force`
    .split(/\s+/)
    .filter(Boolean),
);

/** Longest run of inner words and head taken. */
const MAX_WORDS = 8;

/**
 * The role phrase that ends right before `start` (the name's first character) within its paragraph, with
 * the force or town that leads it ("Santa Ana Police Corporal"), or null. Not within its sentence: the
 * sentence splitter ends one at "Supt." and "Cpl.", and a real sentence end ("a police officer.") ends
 * in a full stop that no head word has.
 */
export function titleBeforeName(body: string, start: number): string | null {
  const window = body.slice(Math.max(0, start - 120), start);
  const before = window.slice(window.lastIndexOf('\n') + 1);
  if (!/\s$/.test(before)) return null;
  const words = before.trimEnd().split(/\s+/);
  const head = words[words.length - 1];
  if (!head || !HEADS.has(head.toLowerCase())) return null;
  let first = words.length - 1;
  // Inner words, then at most three capitalised words naming the force or the town ("Santa Ana", "LMPD").
  while (first > 0 && words.length - first < MAX_WORDS && INNER.has(words[first - 1]!.toLowerCase())) first--;
  if (words[first]!.toLowerCase() === 'of') first++;
  let qualifiers = 0;
  while (first > 0 && qualifiers < 3 && isQualifier(words[first - 1]!)) {
    first--;
    qualifiers++;
    // "City of Miami public information officer": a town named with "of" inside the qualifier.
    if (first > 1 && words[first - 1] === 'of' && isQualifier(words[first - 2]!)) first -= 2;
  }
  // A qualifier is kept only when inner words tie it to the head ("Detroit Police Chief", not "Detroit Chief").
  if (qualifiers > 0 && first + qualifiers === words.length - 1) first += qualifiers;
  const phrase = words.slice(first).join(' ');
  return phrase.replace(/[,;:]$/, '') || null;
}

/** Words that open a sentence or a clause, and days and months: never the force or town of a role. */
const NOT_QUALIFIERS = new Set(
  `The A An And But Or Said Says When While After Before According On In At By For From To With Meanwhile Then Also Earlier Later Last
  This That Those These Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August
  September October November December`.split(/\s+/),
);

/**
 * A capitalised word naming the force or town ("Santa", "Ana", "LMPD"). One ending in a full stop or a
 * comma ends a sentence or a clause ("shot in Detroit. Police Chief James Craig"), save the
 * abbreviations of place names ("St.", "Ft.", "D.C.").
 */
function isQualifier(word: string): boolean {
  if (!/^[\p{Lu}][\p{L}.'’-]*$/u.test(word) || NOT_QUALIFIERS.has(word)) return false;
  return !word.endsWith('.') || /^(?:St|Ft|Mt|Pt)\.$|^(?:\p{Lu}\.){2,}$/u.test(word);
}
