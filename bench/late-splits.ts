/**
 * Why a later report of a GVA incident starts an event of its own (issue 5's date target): the bench's
 * GVA stream run through the real pipeline with its cluster stage watched. For every article it keeps
 * the candidates the stage scored and, where reports of its gold incident were stored before it, the
 * score against the event holding most of them (found or not by the lookup), with the pair features.
 * At the end, each event of one report first published more than three days after its incident, whose
 * date is wrong and whose incident's other reports formed an event, is classed: never a candidate,
 * ruled out (which rule), scored under the threshold, or joined another event.
 *
 * `node dist/bench/late-splits.js [--limit N] [--out FILE.jsonl] [--all] [--members FILE.jsonl]` prints the classes, even and odd
 * gold ids apart (even looked at, odd held out, as the censuses in docs/benchmarks.md), and writes one
 * JSON line per case to FILE (default /tmp/late-splits.jsonl). `--all` lists every split report, wrong on
 * date or not.
 */
import { writeFileSync } from 'node:fs';
import { loadClusterSet } from './cluster-data.js';
import { runPipeline } from './cluster-pipeline.js';
import { extendProfile, type ArticleFeatures } from '../src/cluster/features.js';
import { scoreCandidates } from '../src/cluster/index.js';
import { clusterLookup } from '../src/cluster/lock-keys.js';
import { PAIR_FEATURES } from '../src/cluster/pair-features.js';
import { joinThreshold, similarity, type Score } from '../src/cluster/similarity.js';
import { createStages } from '../src/pipeline.js';
import type { EventProfile } from '../src/store/store.js';
import { relaunchWithPipelineFlags } from '../src/util/v8-flags.js';

relaunchWithPipelineFlags();

const args = process.argv.slice(2);
const option = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const limit = option('--limit') === undefined ? Infinity : Number(option('--limit'));
const out = option('--out') ?? '/tmp/late-splits.jsonl';
const all = args.includes('--all');
/** Where to write every scored item's gold incident and final event, one JSON line each, to compare two builds' decisions. */
const members = option('--members');

interface Seen {
  id: string;
  gold: string | null;
  publishedAt: string | null;
  title: string | null;
  features: Pick<ArticleFeatures, 'date' | 'scene' | 'ages' | 'datedInText' | 'looksBack' | 'harm'> & { people: string[] };
  candidates: { eventId: string; total: number; rank: number; incident: boolean }[];
  /** Whether the lookup offered the incident's event at all (the list above keeps the best five only). */
  offered: boolean;
  /** The score against the event holding most of the incident's earlier reports, when there is one. */
  incident: { eventId: string; size: number; dates: string[]; ages: number[]; total: number; ruled: string[]; x: Record<string, number> } | null;
  chose: string;
}

const set = loadClusterSet('gva', limit, 0);
const goldOf = new Map(set.items.map((i) => [i.id, i.gold]));
const itemOf = new Map(set.items.map((i) => [i.id, i]));
const threshold = joinThreshold();
// What the real stage will store for each event, mirrored (consolidate extends the same profiles).
const profiles = new Map<string, EventProfile>();
const survivor = new Map<string, string>();
const current = (id: string): string => {
  let at = id;
  while (survivor.has(at)) at = survivor.get(at)!;
  return at;
};
/** Each incident's earlier reports, by the event they were put in at the time. */
const reportsOf = new Map<string, string[]>();
const eventAtTime = new Map<string, string>();
const seen: Seen[] = [];

function ruledBy(x: readonly number[]): string[] {
  const at = (name: string) => x[PAIR_FEATURES.indexOf(name as (typeof PAIR_FEATURES)[number])]!;
  const why: string[] = [];
  if (at('beyond6Days') === 1 && at('people') === 0 && at('lateTownAge') === 0) why.push('sixDayPeople');
  for (const rule of ['namedEarlier', 'actsApart', 'lateOneWord']) if (at(rule) === 1) why.push(rule);
  return why;
}

const stages = createStages().map((stage) =>
  stage.name !== 'cluster'
    ? stage
    : {
        ...stage,
        run: async (doc: Parameters<typeof stage.run>[0], context: Parameters<typeof stage.run>[1]) => {
          const lookup = doc.lookup ?? (await clusterLookup(doc, context));
          doc.lookup = lookup;
          const id = doc.raw.source.id ?? '';
          const gold = goldOf.get(id) ?? null;
          const { candidates } = await scoreCandidates(doc, context, { windowDays: 30, limit: 25 });
          // The event holding most of the incident's earlier reports, as it stands now.
          let incident: Seen['incident'] = null;
          const counts = new Map<string, number>();
          for (const other of gold ? (reportsOf.get(gold) ?? []) : []) {
            const e = current(eventAtTime.get(other)!);
            counts.set(e, (counts.get(e) ?? 0) + 1);
          }
          const top = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
          if (top && profiles.has(top)) {
            const profile = profiles.get(top)!;
            const score: Score = similarity(lookup.features, profile, lookup.stats);
            incident = {
              eventId: top,
              size: profile.size,
              dates: profile.dates,
              ages: profile.ages ?? [],
              total: score.total,
              ruled: ruledBy(score.features),
              x: Object.fromEntries(PAIR_FEATURES.map((f, i) => [f, Number(score.features[i]!.toFixed(3))]).filter(([, v]) => v !== 0)),
            };
          }
          await stage.run(doc, context);
          const chose = doc.article.eventId!;
          for (const merged of doc.mergedEventIds) survivor.set(merged, chose);
          const before = [chose, ...doc.mergedEventIds].map((e) => profiles.get(e)).filter((p): p is EventProfile => p !== undefined);
          for (const merged of doc.mergedEventIds) profiles.delete(merged);
          profiles.set(chose, extendProfile(before, lookup.features));
          const f = lookup.features;
          seen.push({
            id,
            gold,
            publishedAt: doc.article.publishedAt,
            title: doc.article.headline,
            features: { date: f.date, scene: f.scene, ages: f.ages ?? [], datedInText: f.datedInText ?? false, looksBack: f.looksBack ?? null, harm: f.harm ?? null, people: f.names.filter((n) => n.startsWith('p:')) },
            offered: incident !== null && candidates.some((c) => c.eventId === incident!.eventId),
            candidates: candidates.slice(0, 5).map((c, rank) => ({ eventId: c.eventId, total: Number(c.score.total.toFixed(3)), rank, incident: incident !== null && c.eventId === incident.eventId })),
            incident,
            chose,
          });
          if (gold) {
            reportsOf.set(gold, [...(reportsOf.get(gold) ?? []), id]);
            eventAtTime.set(id, chose);
          }
        },
      },
);

const run = await runPipeline(set.items, { stages, onProgress: (n) => process.stderr.write(`${n} `) });
process.stderr.write('\n');
const membersOf = new Map<string, string[]>();
for (const [item, event] of run.eventOf) membersOf.set(event, [...(membersOf.get(event) ?? []), item]);

const days = (a: string, b: string): number => Math.round((Date.parse(`${a.slice(0, 10)}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000);
const classes = new Map<string, [number, number]>();
const lines: string[] = [];
for (const s of seen) {
  const event = run.eventOf.get(s.id);
  const incident = s.gold ? set.incidents.get(s.gold) : undefined;
  if (!event || !incident || (membersOf.get(event) ?? []).length !== 1 || !s.publishedAt) continue;
  const after = days(s.publishedAt, incident.date);
  const otherEvents = new Set((set.items.filter((i) => i.gold === s.gold && i.id !== s.id).map((i) => run.eventOf.get(i.id)).filter((e) => e !== undefined)));
  const wrong = run.events.get(event)!.date !== incident.date;
  if (after <= 3 || otherEvents.size === 0 || (!wrong && !all)) continue;
  let why: string;
  if (!s.incident) why = 'incident event not yet stored';
  else if (!s.offered && s.incident.ruled.length === 0 && s.incident.total < threshold) why = 'never a candidate (also under the threshold)';
  else if (!s.offered) why = s.incident.ruled.length > 0 ? `never a candidate (ruled: ${s.incident.ruled.join('+')})` : 'never a candidate (would join)';
  else if (s.incident.ruled.length > 0) why = `ruled out: ${s.incident.ruled.join('+')}`;
  else if (s.incident.total < threshold) why = 'under the threshold';
  else why = 'joined another event';
  if (s.chose !== run.eventOf.get(s.id) && why === 'joined another event') why = 'joined, later split';
  const even = Number(s.gold!.replace(/\D/g, '')) % 2 === 0;
  const tally = classes.get(why) ?? [0, 0];
  tally[even ? 0 : 1]++;
  classes.set(why, tally);
  const item = itemOf.get(s.id)!;
  lines.push(JSON.stringify({ why, even, wrong, after, gva: { date: incident.date, city: incident.city, killed: incident.killed, injured: incident.injured }, eventDate: run.events.get(event)!.date, ...s, lead: item.text.slice(0, 400) }));
}
writeFileSync(out, `${lines.join('\n')}\n`);
if (members) writeFileSync(members, set.items.map((i) => JSON.stringify({ id: i.id, gold: i.gold, event: run.eventOf.get(i.id) ?? null, date: run.events.get(run.eventOf.get(i.id) ?? '')?.date ?? null })).join('\n') + '\n');
console.log(`late lone reports (more than 3 days after the incident, event of one report, incident's other reports in an event${all ? '' : ', date wrong'}): even / odd`);
for (const [why, [even, odd]] of [...classes].sort((a, b) => b[1][0] - a[1][0])) console.log(`  ${why}: ${even} / ${odd}`);
console.log(`(${lines.length} cases written to ${out})`);
