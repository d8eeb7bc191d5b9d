/**
 * "Shorten led Labor to victory", "Labor's Jack Lang", "Labor-held seats": Australia's and Israel's
 * Labor party named by its one word. The tagger learnt the British "Labour" as a party but reads
 * "Labor" alone as the common noun it is in American text. Capitalised inside a sentence, with no
 * capitalised word after it and not after "of" or an office ("Department of Labor", "Labor Day",
 * "Labor Secretary", "the Secretary of Labor"), the word names the party.
 */
import type { Entity } from '../../model/types.js';

const LABOR = /(?<=[\p{Ll}\p{N},;:] |[\p{Ll},;:] \( )Labou?r(?!\p{L}|-\p{Lu}| \p{Lu}| [-–] ?\p{Lu})/gu;
/** Words before "Labor" that make it the common noun's title: "Department of Labor", "organized Labor". */
const NOT_AFTER = /\b(?:of|for|and|organized|organised|Secretary|Department|Minister|Ministry|Bureau)\s+$/;

/** The entities, with "Labor" alone added as an organisation wherever the tagger left it out. */
export function laborParty(body: string, entities: readonly Entity[]): Entity[] {
  if (!body.includes('Labo')) return [...entities];
  const added: Entity[] = [];
  for (const m of body.matchAll(LABOR)) {
    const start = m.index;
    const end = start + m[0].length;
    if (entities.some((e) => e.start < end && start < e.end)) continue;
    if (NOT_AFTER.test(body.slice(Math.max(0, start - 14), start))) continue;
    added.push({ text: m[0], type: 'organization', start, end });
  }
  return added.length === 0 ? [...entities] : [...entities, ...added].sort((a, b) => a.start - b.start);
}
