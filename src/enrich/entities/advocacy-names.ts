/**
 * The names rights and press groups take: "Committee to Protect Writers", "Reporters Without Limits",
 * "Foundation for Press Liberty". Their lower-case "to", "for" or the capitalised "Without" cut them
 * where the tagger reads them ("Protect Writers", or nothing), and a press-freedom story lost the group
 * that spoke for the victim. Read whole as a body, replacing the pieces the tagger read inside them.
 * Only where the group's word opens the name, and only the shapes such names take: a group's word, then "to" and a verb or "for" and a capitalised
 * cause; or a capitalised word before "Without Borders", "Without Limits", "Without Frontiers".
 */
import type { Entity } from '../../model/types.js';

const CAP = String.raw`\p{Lu}[\p{L}'’-]*`;
const GROUP = String.raw`(?:Committee|Campaign|Coalition|Foundation|Fund|Alliance|League|Society|Centre|Center|Council|Movement|Network|Association|Institute|Union)`;
const NAMES = new RegExp(String.raw`\b(?:${GROUP}\s+(?:to\s+${CAP}|for\s+(?:the\s+)?${CAP})(?:\s+${CAP}){0,3}|${CAP}(?:\s+${CAP})?\s+Without\s+(?:Borders|Limits|Frontiers))(?![\p{L}-])`, 'gu');

export function advocacyNames(body: string, entities: Entity[]): void {
  for (const match of body.matchAll(NAMES)) {
    const start = match.index;
    const end = start + match[0].length;
    // A capitalised word before it opens a longer name ("Andy Warhol Foundation for the Visual Arts",
    // "Joint Council for the Welfare of ..."), which the tagger reads its own way; and a body the
    // tagger read reaching past it stays as read; pieces inside it ("Protect Writers") give way.
    if (/(?<![\p{L}'’-])(?!(?:The|A|An)\s)\p{Lu}[\p{L}'’-]*\s+$/u.test(body.slice(Math.max(0, start - 30), start))) continue;
    if (entities.some((e) => e.type === 'organization' && e.start < end && start < e.end && (e.start < start || e.end > end))) continue;
    for (let i = entities.length - 1; i >= 0; i--) if (entities[i]!.start < end && start < entities[i]!.end) entities.splice(i, 1);
    entities.push({ text: match[0], type: 'organization', start, end });
  }
}
