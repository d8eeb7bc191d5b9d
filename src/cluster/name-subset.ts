/**
 * Whether two reports name one person in other forms: one gives a middle name, an initial or a
 * suffix the other leaves out ("Ruben Okafor" and "Ruben Ellis Okafor", "Tomas Reyna" and "Tomas
 * Reyna Jr.", "Dale Whitfield" and "Dale R. Whitfield"). Person keys are a name's words
 * sorted (features.ts), so one form's words are then all among the other's. Read for peopleConflict
 * only: such a pair names one person, and is no conflict of people.
 */

/** A generational suffix: the word that tells a son from his father of the same name. */
const GENERATION = /^(?:jr\.?|sr\.?|junior|senior|ii|iii|iv)$/;

/** Words that tell no one apart on their own: suffixes and initials. */
const NOT_DISTINCT = /^(?:jr\.?|sr\.?|junior|senior|ii|iii|iv|\p{L}\.?)$/u;

/** A person key's words ("p:okafor ruben" -> okafor, ruben), and how many of them tell people apart. */
function wordsOf(key: string): { words: string[]; distinct: number } {
  const words = key.slice(2).split(' ').map(foldSuffix);
  let distinct = 0;
  for (const w of words) if (!NOT_DISTINCT.test(w)) distinct++;
  return { words, distinct };
}

/** One spelling of each suffix: "Jr", "Jr." and "Junior" are one word, as are "Sr", "Sr." and "Senior". */
function foldSuffix(word: string): string {
  if (word === 'jr.' || word === 'junior') return 'jr';
  if (word === 'sr.' || word === 'senior') return 'sr';
  return word;
}

/** The suffix that names the other man of a father and a son: a bare name beside "Jr." is "Sr.", and beside "Sr." is "Jr.". */
const OTHER_GENERATION: Readonly<Record<string, string>> = { jr: 'sr', sr: 'jr' };

/** A name's words without its generational suffix. */
function baseOf(words: readonly string[]): string[] {
  return words.some((w) => GENERATION.test(w)) ? words.filter((w) => !GENERATION.test(w)) : (words as string[]);
}

/**
 * A name's words without its generational suffix, or null when it gives none or nothing but a surname
 * would be left: the key a report that leaves the suffix out files the same man under ("Corwin
 * Tallis Jr." charged, "Corwin Tallis" pleading guilty nine months on).
 */
export function withoutGeneration(words: readonly string[]): string[] | null {
  if (!words.some((w) => GENERATION.test(w))) return null;
  const bare = words.filter((w) => !GENERATION.test(w));
  return bare.length >= 2 ? bare : null;
}

/**
 * Whether two forms, one within the other, differ by a generational suffix one gives and the other does
 * not, where a side names both the father and the son ("John Smith" beside "John Smith Jr."): then the
 * bare form is the other man, not the suffixed one written short. The other man may be the one the
 * suffix names, though: the bare name beside "Jr." is the father, whom another report calls "Sr.".
 */
function toldApartBySuffix(x: readonly string[], y: readonly string[], left: People, right: People): boolean {
  const bx = baseOf(x);
  const by = baseOf(y);
  if ((bx.length < x.length) === (by.length < y.length)) return false;
  const xBare = bx.length === x.length;
  const bare = (xBare ? x : y).join(' ');
  const suffixes = (xBare ? y : x).filter((w) => GENERATION.test(w));
  for (const side of [left, right]) {
    const named = side.fatherAndSon.get(bare);
    if (!named) continue;
    const other = suffixes.length === 1 ? OTHER_GENERATION[suffixes[0]!] : undefined;
    if (other === undefined || !named.has(other) || named.has(suffixes[0]!)) return true;
  }
  return false;
}

/** Every word of `small` is among `large`'s. */
function within(small: readonly string[], large: readonly string[]): boolean {
  return small.length <= large.length && small.every((w) => large.includes(w));
}

/**
 * The people of a list of names who give two words or more, as word lists. Kept per list: an article's names are
 * scored against 25 events, and the store hands out one frozen profile per event for every article that
 * scores it, so each list is split once rather than at every pair (split at every pair, pairFeatures took
 * 1.29 times as long on GVA's candidate pairs).
 */
interface People {
  /** Each person's words. */
  people: readonly string[][];
  /** Every word of them: a person of the other side with fewer than two words here is no form of theirs. */
  words: ReadonlySet<string>;
  /**
   * The names (their words but the suffix, sorted and joined) this list gives both with and without a
   * generational suffix, each with the suffixes it is given: "John Smith" and "John Smith Jr." named side
   * by side are a father and a son.
   */
  fatherAndSon: ReadonlyMap<string, ReadonlySet<string>>;
}

const peopleCache = new WeakMap<readonly string[], People>();

function peopleOf(names: readonly string[]): People {
  let found = peopleCache.get(names);
  if (!found) {
    const people: string[][] = [];
    const words = new Set<string>();
    const plain = new Set<string>();
    const suffixed = new Map<string, Set<string>>();
    for (const key of names) {
      if (!key.startsWith('p:') || !key.includes(' ')) continue;
      const w = wordsOf(key);
      if (w.distinct < 2) continue;
      people.push(w.words);
      for (const x of w.words) words.add(x);
      const base = baseOf(w.words);
      if (base.length === w.words.length) plain.add(base.join(' '));
      else {
        const given = suffixed.get(base.join(' ')) ?? new Set<string>();
        for (const x of w.words) if (GENERATION.test(x)) given.add(x);
        suffixed.set(base.join(' '), given);
      }
    }
    const fatherAndSon = new Map<string, ReadonlySet<string>>();
    for (const [base, given] of suffixed) if (plain.has(base)) fatherAndSon.set(base, given);
    found = { people, words, fatherAndSon };
    peopleCache.set(names, found);
  }
  return found;
}

/**
 * Whether some person (`p:` key) of `a` and some of `b` are forms of one name: the words of one are all
 * among the other's, and each gives two words or more that are neither an initial nor a suffix (a
 * first name alone, or "Jr. Smith", tells no one apart). A suffix one form gives and the other lacks
 * joins them only where neither side names both forms (a father and a son: toldApartBySuffix).
 */
export function namesOnePerson(a: readonly string[], b: readonly string[]): boolean {
  const left = peopleOf(a);
  if (left.people.length === 0) return false;
  const right = peopleOf(b);
  for (const words of right.people) {
    // Two forms of one name share two words at least; most people of another story share none.
    let shared = 0;
    for (const w of words) if (left.words.has(w)) shared++;
    if (shared < 2) continue;
    for (const other of left.people) if ((within(other, words) || within(words, other)) && !toldApartBySuffix(other, words, left, right)) return true;
  }
  return false;
}
