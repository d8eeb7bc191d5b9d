/**
 * When a syndicated copy's figures were first told: a site that reposts a wire story hours later still
 * tells the wire's figures as of the wire's time. Timed by its own publication, a late copy of the first
 * story ("2 dead" reposted after a live page said 3) looked like a report that went back on the revised
 * toll, and the rising count was shown as a dispute (build-event.ts overTime).
 */
import type { Article } from '../model/types.js';

/** Below this many characters two equal bodies may be one stock line, not one story. */
const MIN_COPY_CHARS = 200;

const normalized = (body: string): string => body.replace(/\s+/g, ' ').trim();

/**
 * For each article whose body another of the set carries word for word and published earlier, the
 * earliest publication among those copies (ms). Live pages are left out: their entries carry their own
 * times (reported-at.ts).
 */
export function firstCopyTimes(articles: readonly Article[]): Map<string, number> {
  const earliest = new Map<string, number>();
  const keyOf = (a: Article): string | null => {
    if (a.liveEntries?.length) return null;
    const body = normalized(a.body);
    return body.length >= MIN_COPY_CHARS ? body : null;
  };
  for (const a of articles) {
    const key = keyOf(a);
    const at = a.publishedAt ? Date.parse(a.publishedAt) : NaN;
    if (key === null || !Number.isFinite(at)) continue;
    earliest.set(key, Math.min(earliest.get(key) ?? Infinity, at));
  }
  const out = new Map<string, number>();
  for (const a of articles) {
    const key = keyOf(a);
    const at = a.publishedAt ? Date.parse(a.publishedAt) : NaN;
    const first = key === null ? undefined : earliest.get(key);
    if (first !== undefined && Number.isFinite(at) && first < at) out.set(a.id, first);
  }
  return out;
}
