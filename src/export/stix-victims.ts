/**
 * The bodies an event's facts tell as a victim of an intrusion or a theft ("the theft of $9 million
 * from Orrin Bank", "hackers broke into Tallow Systems", "Orrin Bank lost about $9 million"), with the
 * reports that tell it. The STIX export ties a named group to such a body with `targets` where one
 * report names both. Read from the facts' sentences, which an export carries, so no article text is needed.
 */
import type { ExportedEvent } from '../model/source-article.js';

/** Words before a body's name that make it the one hit or robbed, in the same clause. */
const BEFORE = /\b(?:(?:thefts?|heists?|hacks?|breach(?:es)?|intrusions?|cyberattacks?|cyber-attacks?|ransomware attacks?)\s+(?:at|on|of|against|from)|(?:stole|stolen|steal(?:s|ing)?|drain(?:s|ed|ing)?|siphon(?:s|ed|ing)?|looted|took|taken|thefts?|heists?)\b[^.;:]{0,60}?\bfrom|hacked|breached|compromised|infiltrated|broke into|break into|(?:used|deployed|launched)\s+against|(?:hot\s+|crypto\s+)?wallets?\s+(?:at|of)|(?:systems?|networks?|servers?)\s+of)\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}$/i;
/** Words after a body's name that make it the one hit or robbed. */
const AFTER = /^(?:'s)?\s+(?:(?:was|were|has been|had been|is)\s+(?:hacked|breached|compromised|robbed)|lost\s+(?:about\s+|roughly\s+|nearly\s+|some\s+|more than\s+)?(?:US)?[$€£¥\d]|said\s+(?:it|hackers|attackers)\s+(?:was|were|had)\s+(?:hacked|breached|broken into))/i;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Each victim body's name (the record's), with the reports whose facts tell it as one. */
export function victimsOf(event: ExportedEvent): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const o of event.organizations ?? []) {
    const names = [o.name, ...o.aliases].filter((n) => n.length >= 3);
    const mention = new RegExp(`\\b(?:${names.map(escape).join('|')})\\b`, 'g');
    for (const fact of event.facts) {
      for (const m of fact.text.matchAll(mention)) {
        const before = fact.text.slice(Math.max(0, m.index! - 100), m.index!);
        const after = fact.text.slice(m.index! + m[0].length, m.index! + m[0].length + 60);
        if (!BEFORE.test(before) && !AFTER.test(after)) continue;
        const sources = out.get(o.name) ?? [];
        for (const s of fact.sources) if (!sources.includes(s)) sources.push(s);
        out.set(o.name, sources);
      }
    }
  }
  return out;
}
