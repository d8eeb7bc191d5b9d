/**
 * A round that is a bullet: "a stray round struck a girl", "hit by an errant round", "a round grazed
 * his arm". The readings of one person hit name bullets and gunfire; "round" is the same thing in
 * reporters' words, and was read as nothing. Each such "round" is read as "bullet" (one letter
 * longer: nothing after this step keeps offsets into the text before it). A round of talks, of
 * voting or of a game is left alone: only after a stray-like word, after "by" or "from", or before
 * a verb of hitting.
 */

const STRAY = String.raw`\b((?:stray|errant|wayward|ricochet(?:ing|ed)?|random)\s+)round(s?)\b`;
const BY_A = String.raw`\b((?:by|from)\s+(?:a|an|one|another|the|a\s+single)\s+)round\b(?!\s+(?:of|trip|table|robin|up|two|three|four|five|six|seven|eight|nine|ten)\b)`;
const HITTING = String.raw`\b((?:a|one|another|the)\s+)round(?=\s+(?:struck|hit|grazed|pierced|went|tore|entered|ripped|lodged|passed)\b)`;
const ROUND = new RegExp(`${STRAY}|${BY_A}|${HITTING}`, 'gi');

/** The text with each "round" that is a bullet read as "bullet". */
export function roundsAsBullets(text: string): string {
  if (!/round/i.test(text)) return text;
  return text.replace(ROUND, (m: string, stray?: string, plural?: string, by?: string, before?: string) => {
    const lead = stray ?? by ?? before ?? '';
    const bullet = m.charAt(lead.length) === 'R' ? 'Bullet' : 'bullet';
    return `${lead}${bullet}${plural ?? ''}`;
  });
}
