/**
 * How an event's reports bear on each other's casualty figures, beyond counting votes: a lone death
 * that later reports of a survivor contradict, and a follow-up telling of a victim who died that still
 * counts them among the wounded an earlier report gave.
 */
import type { Casualties } from '../model/types.js';

/** A report's figures and when it was published. */
export interface DatedFigures {
  casualties?: Casualties | null;
  publishedAt: string | null;
}

/** A day: a report of the wounded this long after the death's has news of them, not a stale copy. */
const A_DAY_MS = 24 * 3600 * 1000;

/**
 * One death read from fewer reports than tell of one person wounded and no one dead, with a report of
 * the wounding a day or more after the last report of the death: the person lived ("the teen shot in
 * the head is out of hospital"), and the death was a misreading ("charged with attempted manslaughter
 * and negligent manslaughter", "'They killed me!' she screamed"). A victim who died later is told so
 * last, and stays dead; so does one whose wounding a site retold the same day. The reports are the
 * event's in the order of their publication.
 */
export function deathNotBorneOut(reports: readonly DatedFigures[]): boolean {
  let dead = 0;
  let hurt = 0;
  let lastDeath = NaN;
  let hurtAfterDeath = false;
  for (const { casualties: f, publishedAt } of reports) {
    if (f?.killed != null && f.killed > 1) return false;
    const at = publishedAt ? Date.parse(publishedAt) : NaN;
    if (f?.killed === 1) {
      dead++;
      lastDeath = at;
      hurtAfterDeath = false;
    } else if (f && f.killed == null && f.injured === 1) {
      hurt++;
      if (at - lastDeath >= A_DAY_MS) hurtAfterDeath = true;
    }
  }
  return dead > 0 && hurt > dead && hurtAfterDeath;
}

/**
 * A victim's death told as news after the shooting: "has died", "later died", "died of his injuries",
 * "succumbed", "one of the five people hospitalized ... has died".
 */
const DIED_SINCE = /\b(?:later|since|subsequently|overnight)\s+died\b|\bdied\s+(?:later|overnight|in\s+(?:the\s+)?hospital|of\s+(?:his|her|their)\s+(?:injuries|wounds))\b|\bsuccumbed\b|\b(?:has|had)\s+(?:since\s+)?died\b/i;

/**
 * The wounded a follow-up gives, less its dead, where it tells of a death since and an earlier report
 * that told of no death gave the same number wounded: the follow-up repeats the first count, which
 * still held the victim who died ("A drive-by on Sunday injured five people" above "one of
 * the five has died"). GVA counts a victim who died as killed only.
 */
export function woundedLessTheDead(report: Casualties, text: string, earlier: readonly (Casualties | null | undefined)[]): number | null {
  const { killed, injured } = report;
  if (killed == null || killed === 0 || injured == null || injured <= killed) return null;
  if (!earlier.some((f) => f != null && f.killed == null && f.injured === injured)) return null;
  return DIED_SINCE.test(text) ? injured - killed : null;
}

/**
 * One wounded that fewer reports give than tell of the death with no one wounded: most often the dead,
 * told of before they died or in words of their wound ("the girl is in critical condition" above "the
 * girl has died"; "was badly injured" of the boy who died), not someone else. Reports of a death that
 * name no wounded outvote it. On GVA's events (even incident ids / odd) the injured figures went
 * 1110 -> 1112 of 1321 / 1156 -> 1159 of 1389 right. Not where a report that tells of no death counts
 * the dead and one more as hurt (`killed`, the event's deaths, plus one): written before the death,
 * it told of someone shot beside the one who died ("a girl and her mother were shot").
 */
export function loneWoundedIsTheDead(reports: readonly { casualties?: Casualties | null }[], killed: number | null = null): boolean {
  if (killed != null && killed > 0 && reports.some(({ casualties: f }) => f != null && f.killed == null && f.injured === killed + 1)) return false;
  let wounded = 0;
  let deathsAlone = 0;
  for (const { casualties: f } of reports) {
    if (f?.injured === 1) wounded++;
    else if (f && f.killed != null && f.killed > 0 && f.injured == null) deathsAlone++;
  }
  return deathsAlone > wounded;
}

/**
 * Between counts of the wounded given equally often, one the other plus the dead, the lower, where
 * reports of each count tell the same deaths: "one killed, four injured" beside "four shot, one
 * killed" counted the dead among the hurt. (Reports of no death that give the higher count told all
 * those shot, and are left to the vote: on GVA's events the dead they held were more often no death.)
 * Not down to one: one wounded is mostly a reading of one person's wound. Returns the wounded chosen.
 */
export function woundedApartFromTheDead(reports: readonly { casualties?: Casualties | null }[], killed: number | null, wounded: number | null): number | null {
  if (killed == null || killed <= 0 || wounded == null) return wounded;
  const lower = wounded - killed;
  if (lower < 2) return wounded;
  const given = (n: number): number => reports.filter((r) => r.casualties?.injured === n).length;
  const withTheDead = (n: number): boolean => reports.some((r) => r.casualties?.injured === n && r.casualties.killed === killed);
  return given(lower) === given(wounded) && withTheDead(lower) && withTheDead(wounded) ? lower : wounded;
}

/**
 * The wounded a report gives, less the deaths a later report tells beyond its own: where the event's
 * toll is higher than the report's and a later report gives that toll, the victims who died since were
 * among the report's wounded ("one killed, one wounded", then "the second victim has died": none left
 * wounded, as GVA counts a victim who died as killed only). Null where that leaves no one, or where the
 * rule does not apply (no death in the report, no later report of the event's toll). An earlier report
 * of the toll counts too where its dead and wounded make the same total as this one's ("2 dead, 3 hurt"
 * before "1 killed, 4 injured": the same five shot, one death not yet known). Not where the later
 * report of the toll still gives as many wounded: the deaths since were others' (the gunman's own, at
 * the end of a manhunt). On GVA's events (even
 * incident ids / odd) the injured figures went 1144 -> 1147 of 1310 / 1166 -> 1168 of 1383 right.
 */
export function woundedBeforeLaterDeaths(report: Casualties, killed: number | null, later: readonly (Casualties | null | undefined)[], earlier: readonly (Casualties | null | undefined)[] = []): number | null | undefined {
  const { killed: own, injured } = report;
  if (killed == null || own == null || own === 0 || own >= killed || injured == null) return undefined;
  const sameTotal = (f: Casualties | null | undefined): boolean => f?.killed === killed && f.injured != null && f.injured + killed === injured + own;
  if (!later.some((f) => f?.killed === killed && (f.injured == null || f.injured < injured)) && !earlier.some(sameTotal)) return undefined;
  const left = injured - (killed - own);
  return left > 0 ? left : null;
}

/**
 * A lone wounding told first and a death told after it, of no more people: the one shot died ("a girl,
 * 8, is in critical condition", days later "the girl has died"). The earliest report with a figure tells
 * one wounded and no death; every report of the death comes later (a report the same day may tell a
 * death beside a wounding the first missed), tells one death and at most one wounded (the dead in words
 * of their wound: "she remains in critical condition" kept from the first story), and they are at least
 * as many as the reports of the wounding alone (fewer may be a misread death: "a warrant for murder").
 * No report tells more than one hurt. GVA counts a victim who died as killed only.
 */
export function loneWoundedDiedSince(reports: readonly DatedFigures[]): boolean {
  const told = reports.filter(({ casualties: f }) => f != null && (f.killed != null || f.injured != null));
  const first = told[0];
  if (!first || first.casualties!.killed != null || first.casualties!.injured !== 1 || !first.publishedAt) return false;
  const firstAt = Date.parse(first.publishedAt);
  let deaths = 0;
  let woundings = 0;
  for (const { casualties: f, publishedAt } of told) {
    if ((f!.killed ?? 0) > 1 || (f!.injured ?? 0) > 1) return false;
    if (f!.killed === 1) {
      const at = publishedAt ? Date.parse(publishedAt) : NaN;
      if (!(at - firstAt >= A_DAY_MS / 2)) return false;
      deaths++;
    } else if (f!.injured === 1) woundings++;
  }
  return deaths > 0 && deaths >= woundings;
}
