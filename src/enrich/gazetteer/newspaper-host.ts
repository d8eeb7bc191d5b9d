/**
 * The town a local newspaper's web address is named after: "delrionewsherald.com" (the Del Rio
 * News-Herald), "goldsborodailynews.com". Such a paper reports its own town: where a page names no
 * place at all (its text lost to a paywall or a page's clutter), the paper's town is the likeliest
 * scene, a guess marked as such. outlet-city.ts reads large cities anywhere in an address; a small
 * town's name is only read where the rest of the label is a newspaper's title word.
 */
import { type City, cityCandidates } from './cities.js';
import { isStateWord } from './us-states.js';

/** A newspaper's title words at the end of a host's label ("newsherald", "dailynews", "times"). */
const PAPER_TITLE = /(?:daily)?(?:news|herald|times|gazette|tribune|journal|courier|record|register|star|sun|post|press|chronicle|dispatch|ledger|observer|sentinel|examiner|enterprise|democrat|republican|independent|citizen|eagle|leader|messenger|telegram|telegraph|review|bulletin|banner|beacon|standard|reporter|mirror){1,2}(?:online)?$/;
/** A town this small, or a name this short, is too often a word ("post" of "postregister.com": Post, Texas). */
const SMALLEST_TOWN = 10_000;
const SHORTEST_NAME = 4;

/** The US town a newspaper's address names before its title words, or null. */
export function newspaperTown(address: string | null | undefined): City | null {
  if (!address) return null;
  let host: string;
  try {
    host = new URL(address).hostname.toLowerCase();
  } catch {
    return null;
  }
  for (const label of host.split('.').slice(0, -1)) {
    const title = PAPER_TITLE.exec(label);
    if (!title) continue;
    const town = label.slice(0, title.index).replace(/^the/, '');
    if (town.length < SHORTEST_NAME || !/^[a-z]+$/.test(town)) continue;
    const city = townOfLetters(town);
    if (city) return city;
  }
  return null;
}

/** The largest US town whose name, spaces left out, is these letters ("delrio": Del Rio), in up to three words. */
function townOfLetters(letters: string): City | null {
  let best: City | null = null;
  for (const name of spacings(letters, 3)) {
    if (isStateWord(name)) continue;
    for (const c of cityCandidates(name)) {
      if (c.country !== 'US' || c.word || c.population < SMALLEST_TOWN || c.within) continue;
      if (!best || c.population > best.population) best = c;
    }
  }
  return best;
}

/** The letters written as one to `words` words. */
function spacings(letters: string, words: number): string[] {
  if (words === 1) return [letters];
  const out = [letters];
  for (let i = 1; i < letters.length; i++) for (const rest of spacings(letters.slice(i), words - 1)) out.push(`${letters.slice(0, i)} ${rest}`);
  return out;
}
