/**
 * Which shared person keys a pair may count when one side's key is a name with its generational suffix
 * left out (features.ts files "Corwin Tallis Jr." under "Corwin Tallis" too). "Jr." on one side and "Sr."
 * on the other (or "II" against "III") name a son and his father: the shared bare key is a contradiction,
 * not a person in common. A bare name on one side against the suffixed name on the other is the Fort Wayne
 * plea's shape (a report months on that drops "II"), but also a father named plainly in another story
 * of his town: it counts only where the pair agrees on something besides, another person named in full
 * by both, or the suffix itself given by both sides for forms of one name.
 */

/** A suffix word in a key, in the forms nameTokens leaves: "jr." and "jr" and "junior" are one. */
const SUFFIX: Readonly<Record<string, string>> = { 'jr.': 'jr', jr: 'jr', junior: 'jr', 'sr.': 'sr', sr: 'sr', senior: 'sr', ii: 'ii', iii: 'iii', iv: 'iv' };

interface Suffixed {
  /** The bare key ("p:corwin tallis") of each suffixed name, with the suffixes the list gives it. */
  byBare: ReadonlyMap<string, ReadonlySet<string>>;
  /** Each suffixed name: its words but the suffix, and its suffix. */
  names: readonly { words: readonly string[]; suffix: string }[];
}

const NONE: Suffixed = { byBare: new Map(), names: [] };
const cache = new WeakMap<readonly string[], Suffixed>();

function suffixedOf(keys: readonly string[]): Suffixed {
  let found = cache.get(keys);
  if (found) return found;
  let byBare: Map<string, Set<string>> | null = null;
  const names: { words: string[]; suffix: string }[] = [];
  for (const key of keys) {
    if (!(key.startsWith('p:') || key.startsWith('q:')) || !key.includes(' ')) continue;
    const words = key.slice(2).split(' ');
    const suffix = words.map((w) => SUFFIX[w]).find((s) => s !== undefined);
    if (suffix === undefined) continue;
    const bare = words.filter((w) => SUFFIX[w] === undefined);
    if (bare.length < 2) continue;
    byBare ??= new Map();
    const bareKey = `${key.slice(0, 2)}${bare.join(' ')}`;
    const given = byBare.get(bareKey) ?? new Set<string>();
    given.add(suffix);
    byBare.set(bareKey, given);
    names.push({ words: bare, suffix });
  }
  found = byBare ? { byBare, names } : NONE;
  cache.set(keys, found);
  return found;
}

/**
 * The two name lists without the bare keys the pair may not share, or null when it may share them all
 * (most pairs: neither side names anyone with a suffix).
 */
export function withoutContradictedBareKeys(article: readonly string[], event: readonly string[]): { article: readonly string[]; event: readonly string[] } | null {
  const a = suffixedOf(article);
  const e = suffixedOf(event);
  if (a === NONE && e === NONE) return null;
  const fromArticle = new Set<string>();
  const fromEvent = new Set<string>();
  for (const bare of new Set([...a.byBare.keys(), ...e.byBare.keys()])) {
    if (!article.includes(bare) || !event.includes(bare)) continue;
    const inA = a.byBare.get(bare);
    const inE = e.byBare.get(bare);
    if (inA && inE) {
      // Both give a suffix: one man only where they give one in common.
      if (![...inA].some((s) => inE.has(s))) {
        fromArticle.add(bare);
        fromEvent.add(bare);
      }
    } else if (!agreesBesides(article, event, bare, a, e)) {
      // The bare key is a written name on one side and the suffixed name's other key on the other:
      // leave out the latter, so the pair is as it was before such keys were filed.
      (inA ? fromArticle : fromEvent).add(bare);
    }
  }
  if (fromArticle.size === 0 && fromEvent.size === 0) return null;
  return { article: article.filter((n) => !fromArticle.has(n)), event: event.filter((n) => !fromEvent.has(n)) };
}

/** Another person named in full by both, or one suffix both give to forms of one name ("Corwin Tallis II" and "Corwin Ames Tallis II"). */
function agreesBesides(article: readonly string[], event: readonly string[], bare: string, a: Suffixed, e: Suffixed): boolean {
  for (const n of article) if (n !== bare && (n.startsWith('p:') || n.startsWith('q:')) && n.includes(' ') && !a.byBare.has(n) && !e.byBare.has(n) && event.includes(n)) return true;
  for (const x of a.names) for (const y of e.names) if (x.suffix === y.suffix && (within(x.words, y.words) || within(y.words, x.words))) return true;
  return false;
}

function within(small: readonly string[], large: readonly string[]): boolean {
  return small.length <= large.length && small.every((w) => large.includes(w));
}
