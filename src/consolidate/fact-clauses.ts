/**
 * The claims of a sentence that makes two, joined by "and": "Police arrested two men and seized three
 * rifles" claims the arrests and the seizure, and another report may state either alone ("Two men were
 * arrested"; "Three rifles were seized"). Each claim is read with the words the sentence gives it: a
 * second verb that shares the first one's subject is read with that subject ("Police seized three
 * rifles"), a clause with a subject of its own as it stands ("..., and a night watchman was hit").
 * The reading is careful rather than complete: "and" between nouns ("four men and two women were
 * detained", "women and wounded children") is no second claim, and a sentence read wrongly as two
 * would credit a report with half of what it said.
 */

/** One claim of a sentence: where it lies in the sentence, and the text it is read (and shown) as. */
export interface ClaimClause {
  /** Offsets within the sentence of the words that are this claim's own. */
  start: number;
  end: number;
  /** Offsets within the sentence of the subject (and auxiliary) it shares with the other claim, when it borrows one. */
  head?: { start: number; end: number };
  /** The claim as read: its subject and its own words ("Police seized three rifles at the farmhouse."). */
  read: string;
  /** The claim as shown: the sentence's words, a left-out stretch marked "…" ("Police … seized three rifles at the farmhouse."). */
  shown: string;
  /** Its verb as written ("seized"): the act another report must tell for the claim to be its. */
  verb: string;
}

/**
 * Past forms that do not end in "-ed", of verbs news tells acts by: a second act after "and" is told in
 * the form of the first ("arrested two men and seized", "stole the files and sent them").
 */
const IRREGULAR_PAST = new Set([
  'took', 'made', 'shot', 'hit', 'struck', 'stole', 'froze', 'sent', 'set', 'told', 'said', 'gave', 'left', 'fled', 'threw',
  'began', 'caught', 'brought', 'fought', 'sought', 'won', 'lost', 'fell', 'rose', 'held', 'kept', 'cut', 'shut', 'broke',
  'found', 'went', 'came', 'put', 'ran', 'led', 'met', 'paid', 'sold', 'bought', 'built', 'spent', 'wrote', 'drove', 'beat',
  'hurt', 'quit', 'freed', 'laid', 'tore', 'blew', 'sank', 'swept', 'knocked', 'stabbed', 'slain', 'taken', 'given', 'stolen', 'frozen',
  'shaken', 'broken', 'driven', 'written', 'thrown', 'blown', 'sunk', 'torn', 'seen', 'known', 'shown',
]);

/**
 * Words in "-ed" that news writes as adjectives before a noun ("armed men", "masked gunmen"), or that
 * are no verb: never read as the verb of a second claim.
 */
const NOT_VERBS = new Set([
  'armed', 'masked', 'unidentified', 'wanted', 'alleged', 'suspected', 'related', 'based', 'licensed', 'trained', 'experienced',
  'qualified', 'marked', 'unmarked', 'concerned', 'interested', 'detailed', 'limited', 'united', 'advanced', 'supposed',
  'dedicated', 'talented', 'skilled', 'retired', 'married', 'divorced', 'naked', 'wicked', 'beloved', 'crowded', 'isolated',
  'red', 'bed', 'shed', 'hundred', 'need', 'speed', 'feed', 'seed', 'weed', 'breed', 'greed', 'creed', 'deed', 'sled', 'fled',
  'dead', 'disabled', 'elderly', 'unarmed', 'undocumented', 'registered', 'unnamed', 'named', 'aged', 'used',
  'indeed', 'embed', 'proceed', 'exceed', 'succeed',
]);

/** Past forms of verbs of saying: a clause that only says ("Police said two men") makes no claim of its own. */
const SAYING = new Set(['said', 'told', 'stated', 'announced', 'added', 'reported', 'confirmed', 'claimed', 'warned', 'wrote', 'noted', 'explained']);

/** Words a second claim's verb may be followed by: what an object or a phrase of it begins with. */
const AFTER_VERB = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'him', 'them', 'it', 'us', 'me',
  'with', 'to', 'in', 'on', 'at', 'from', 'for', 'by', 'into', 'after', 'over', 'of', 'as', 'about', 'against', 'across', 'up',
  'down', 'off', 'out', 'away', 'back', 'more', 'all', 'some', 'another', 'several', 'dozens', 'hundreds', 'thousands', 'both',
  'each', 'any', 'nearly', 'almost', 'least', 'around', 'some', 'fire', 'responsibility', 'charges',
]);

const NUMBER_WORD = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|twenty|thirty|forty|fifty|hundred|\d[\d,.]*)$/;
/** Auxiliaries of a passive clause with a subject of its own ("three rifles were seized"). */
const PASSIVE = new Set(['was', 'were', 'is', 'are', 'been']);
/**
 * What may begin the subject of a clause of its own after "and": a determiner, a number or a name, or a
 * negation of its subject ("and no services were affected", "and nobody was hurt"): a report that tells
 * only the other claim must not be credited with the denial too.
 */
const SUBJECT_START = /^(?:the|a|an|no|nobody|none|his|her|their|its|two|three|four|five|six|seven|eight|nine|ten|several|dozens|hundreds|\d[\d,]*|\p{Lu}\p{L}*)$/u;

export interface Word {
  raw: string;
  lower: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\d][\p{L}\d'’.,-]*[\p{L}\d]|[\p{L}\d]/gu;

export function wordsOf(text: string): Word[] {
  return [...text.matchAll(WORD)].map((m) => ({ raw: m[0], lower: m[0].toLowerCase(), start: m.index!, end: m.index! + m[0].length }));
}

/** Pronouns of a relative clause. */
const RELATIVE = new Set(['who', 'which', 'whom', 'whose', 'that']);
/** Words after which a participle is no verb of the clause: an auxiliary makes it one ("was arrested"). */
const AUXILIARIES = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', 'has', 'have', 'had', 'and', 'then', 'later', 'also', 'not', 'never']);

/**
 * Whether the word at i is a participle that describes the noun before it ("a group linked to North
 * Korea", "rifles stolen from the base"): in "-ed" (or a participle of IRREGULAR_PAST), after a word that
 * is no auxiliary, no name and no punctuation, and before a preposition.
 */
function reducedRelative(words: readonly Word[], i: number): boolean {
  const prev = words[i - 1];
  const next = words[i + 1];
  if (!prev || !next || AUXILIARIES.has(prev.lower) || /^\p{Lu}/u.test(prev.raw) || /^(?:he|she|they|it|we|i|police)$/.test(prev.lower)) return false;
  return /^(?:to|by|in|with|as|from|at|on|for|of|near|after)$/.test(next.lower);
}

/** Whether a word reads as a verb in the past (or its participle). */
export function pastVerb(w: Word): boolean {
  if (NOT_VERBS.has(w.lower) || /^\p{Lu}/u.test(w.raw)) return IRREGULAR_PAST.has(w.lower) && !/^\p{Lu}/u.test(w.raw);
  return IRREGULAR_PAST.has(w.lower) || (w.lower.length >= 5 && /^[a-z]+ed$/.test(w.lower));
}

/**
 * The verb of a claim at i: the word itself, or after a verb of saying the first verb in the past of
 * what is said ("and said the attackers stole design files": stole).
 */
function actAfter(words: readonly Word[], i: number): string {
  if (!SAYING.has(words[i]!.lower)) return words[i]!.lower;
  for (let j = i + 1; j < words.length; j++) if (pastVerb(words[j]!) && !SAYING.has(words[j]!.lower)) return words[j]!.lower;
  return words[i]!.lower;
}

/** Content words of a stretch (three letters or more, not a function word of the few that matter here). */
export function contentCount(words: readonly Word[]): number {
  return words.filter((w) => w.lower.length >= 3 && !/^(?:the|and|was|were|has|have|had|been|its|his|her|their|with|for|from|into|that|this)$/.test(w.lower)).length;
}

/** Whether an offset of the text lies inside a quotation. */
function quotedAt(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const straight = (before.match(/"/g) ?? []).length;
  const curly = (before.match(/“/g) ?? []).length - (before.match(/”/g) ?? []).length;
  return straight % 2 === 1 || curly > 0;
}

/**
 * The two claims of a sentence joined by "and", or null where it makes one (or where its "and" is not
 * read as joining two). Only the first "and" that joins two claims is read: a third claim stays with the
 * second.
 */
export function claimClauses(text: string): [ClaimClause, ClaimClause] | null {
  // A page's address and headline run into its first sentence ("http://... Headline A woman died"): no
  // clause of it is read as a claim of its own.
  if (/https?:|www\./i.test(text)) return null;
  const words = wordsOf(text);
  for (let k = 1; k < words.length - 2; k++) {
    // ", adding that B" after "X said A" is a second thing said, as "and that B" is.
    const adding = words[k]!.lower === 'adding' && words[k + 1]!.lower === 'that' && /,\s*$/.test(text.slice(0, words[k]!.start));
    if ((words[k]!.lower !== 'and' && !adding) || quotedAt(text, words[k]!.start)) continue;
    // Two things said, the second after "and that": "Walsh said investigators were working with Europol and
    // that no ransom would be paid". The second is read with the speaker and the verb of saying ("Walsh
    // said no ransom would be paid"), as another report may tell it alone.
    if (words[k + 1]!.lower === 'that') {
      const said = reportedPair(text, words, k);
      if (said) return said;
      continue;
    }
    // The first claim's verb: the one verb in the past of the words before "and", a verb of saying before
    // it aside ("Police said they arrested two men and seized") and a participle after a noun ("a group
    // linked to North Korea"). Where there are more ("three guards died at a warehouse which burned after
    // looters smashed a door and threw"), which one the second verb shares a subject with is not read.
    let v1 = -1;
    let verbs = 0;
    for (let i = 1; i < k; i++) {
      if (!pastVerb(words[i]!) || SAYING.has(words[i]!.lower) || reducedRelative(words, i)) continue;
      v1 = i;
      verbs++;
    }
    if (verbs !== 1) continue;
    // A verb of a relative clause ("Dorsey, who played for the Hawks for nine seasons and served as") is no
    // claim of the sentence's own.
    if (words.slice(0, v1).some((w) => RELATIVE.has(w.lower))) continue;
    if (v1 < 1) continue;
    // Two verbs of one object ("was shot and killed", "were found and confiscated") tell one act.
    const adjacent = k - v1 === 1;
    const first = words.slice(0, k);
    const clauseEnd = text.slice(0, words[k]!.start).replace(/[\s,;]+$/, '').length;
    const firstClaim: ClaimClause = { start: 0, end: clauseEnd, read: text.slice(0, clauseEnd), shown: text.slice(0, clauseEnd), verb: words[v1]!.lower };
    // A verb that shares the first one's subject ("and seized three rifles", "and later charged with").
    let v2 = k + 1;
    if (words[v2] && /ly$/.test(words[v2]!.lower) && !pastVerb(words[v2]!)) v2++;
    else if (words[v2] && /^(?:then|later|also|subsequently)$/.test(words[v2]!.lower)) v2++;
    const verb2 = words[v2];
    if (verb2 && pastVerb(verb2)) {
      if (adjacent) continue;
      const next = words[v2 + 1];
      const object = next === undefined || AFTER_VERB.has(next.lower) || NUMBER_WORD.test(next.lower) || /^\p{Lu}/u.test(next.raw) || /ly$/.test(next.lower);
      if (!object) continue;
      const head = text.slice(0, words[v1]!.start);
      const own = text.slice(verb2.start);
      const read = `${head}${own}`;
      if (contentCount(wordsOf(read)) < 3 || contentCount(first) < 3) continue;
      return [firstClaim, { start: verb2.start, end: text.length, head: { start: 0, end: words[v1]!.start }, read, shown: `${head.trimEnd()} … ${own}`, verb: actAfter(words, v2) }];
    }
    // A clause with a subject of its own: "..., and a night watchman was hit", "and three rifles were seized".
    const subject = words[k + 1]!;
    if (!SUBJECT_START.test(subject.raw)) continue;
    // "between Malta and Tunisia in the Strait of Sicily were severed": "and" between two names, a place after them.
    if (words.slice(Math.max(0, k - 4), k).some((w) => w.lower === 'between' || w.lower === 'both')) continue;
    for (let j = k + 2; j < Math.min(words.length - 1, k + 7); j++) {
      if (words[j]!.lower === 'and' || /^(?:in|at|on|from|near|between)$/.test(words[j]!.lower)) break;
      if (PASSIVE.has(words[j]!.lower) && pastVerb(words[j + 1]!)) {
        const own = text.slice(subject.start);
        if (contentCount(wordsOf(own)) < 3 || contentCount(first) < 3) break;
        // Shown as a sentence of its own, its first letter a capital ("No services were affected, Holm said.").
        const shown = own.charAt(0).toUpperCase() + own.slice(1);
        return [firstClaim, { start: subject.start, end: text.length, read: own, shown, verb: words[j + 1]!.lower }];
      }
    }
  }
  return null;
}

/** The verb of what is said in words[from, to): the first in the past, else the first in "-ing" ("were working"). */
function saidVerb(words: readonly Word[], from: number, to: number): string | null {
  for (let i = from; i < to; i++) if (pastVerb(words[i]!) && !SAYING.has(words[i]!.lower)) return words[i]!.lower;
  for (let i = from; i < to; i++) if (/^[a-z]{3,}ing$/.test(words[i]!.lower)) return words[i]!.lower;
  return null;
}

/**
 * "X said A and that B" as two claims: A with the sentence's words up to "and", B with the speaker and
 * the verb of saying before it. Null unless a verb of saying comes before A and each side has a verb.
 */
function reportedPair(text: string, words: readonly Word[], k: number): [ClaimClause, ClaimClause] | null {
  let s = -1;
  for (let i = k - 1; i >= 1; i--) {
    if (SAYING.has(words[i]!.lower)) {
      s = i;
      break;
    }
  }
  if (s < 1 || k - s < 3) return null;
  const verb1 = saidVerb(words, s + 1, k);
  const verb2 = saidVerb(words, k + 2, words.length);
  if (!verb1 || !verb2) return null;
  const clauseEnd = text.slice(0, words[k]!.start).replace(/[\s,;]+$/, '').length;
  const head = text.slice(0, words[s]!.end);
  const own = text.slice(words[k + 2]!.start);
  const read = `${head} ${own}`;
  if (contentCount(words.slice(s + 1, k)) < 2 || contentCount(wordsOf(own)) < 2) return null;
  return [
    { start: 0, end: clauseEnd, read: text.slice(0, clauseEnd), shown: text.slice(0, clauseEnd), verb: verb1 },
    { start: words[k + 2]!.start, end: text.length, head: { start: 0, end: words[s]!.end }, read, shown: `${head} … ${own}`, verb: verb2 },
  ];
}
