/**
 * Where an appealed case was tried, not where the appeal was decided: "upheld the conviction of the
 * founder, who was tried in Brooklyn", "which a Brooklyn jury returned", "the trial judge in Brooklyn". An
 * appeals court sits elsewhere (the Second Circuit in Manhattan), and a court step is placed at the court
 * that acted (review ux70a: the appeal was placed in Brooklyn). Only in a report that leads with an
 * appeal, of a case that harmed no one: a shooting's appeal stays with the shooting's town, as GVA's gold
 * places a trial with its incident. Such a town is a last resort, as a jail's town is (suspect-held.ts).
 */
import { nonViolentCase } from '../cluster/case-steps.js';

/** Characters of the page read for the appeal: the headline and the lead. */
const LEAD = 600;

/** A report of an appeal decided: a court of appeals, an appellate panel, a conviction upheld or an appeal lost. */
const APPEAL = /\b(?:appeals?\s+court|courts?\s+of\s+appeals?|appellate|(?:upheld|upholds?|overturned|overturns?|quashed|quashes)\b[^.!?]{0,60}?\b(?:conviction|verdict|sentence)|(?:lost|loses|rejected|rejects|denied|denies|dismissed|dismisses)\b[^.!?]{0,60}?\bappeal)\b/i;

/** A step of the trial, then the town in the same sentence: "was tried in", "convicted in", "the trial judge in", "a jury in". */
const TRIED_IN = /\b(?:tried|convicted|found\s+guilty|trial\s+(?:judge|court)|jury|jurors)\b(?:(?!\bappeal)[^.!?]){0,40}?\b(?:in|at)\s+(?:the\s+)?$/i;

/** The town as the trial's: "a Brooklyn jury", "Brooklyn federal court". */
const TRIAL_AFTER = /^\s+(?:federal\s+|district\s+|county\s+)?(?:jury|jurors|trial|federal\s+court|district\s+court)\b/i;

/** Whether the place written at text[start, end) is where an appealed case that harmed no one was tried. */
export function whereTheAppealedCaseWasTried(text: string, start: number, end: number): boolean {
  if (!TRIED_IN.test(text.slice(Math.max(0, start - 80), start)) && !TRIAL_AFTER.test(text.slice(end, end + 30))) return false;
  return APPEAL.test(text.slice(0, LEAD)) && nonViolentCase('', text);
}
