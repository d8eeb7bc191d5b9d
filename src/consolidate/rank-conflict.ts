/**
 * A person's rank as each report writes it before the name ("Commander Mikko Rantanen", "Capt. Ida
 * Brekke"), and the ranks that disagree between reports: one outlet's commander is another's captain.
 * Review ux73a: the rank was lost wherever the report also gave a job ("Commander ..., a Border Guard
 * spokesman"), so a conflict of ranks never showed, while a job told in more or fewer words
 * ("spokesman" / "Navy spokesman") is no conflict and is left to the roles (participants.ts).
 *
 * Only graded ranks of a service are compared, by their last word: "Lieutenant Colonel" and "Colonel",
 * "Rear Admiral" and "Admiral" are one rank written in full or short, as outlets do; "Captain" and
 * "Commander" are two. Titles that are posts, not grades (Director, Judge, Officer, Deputy, Chief,
 * Detective), are never compared here.
 */
import type { PersonMention } from '../model/types.js';
import { splitRank } from './rank-in-name.js';

/** A rank's last word, spelled out, for the graded ranks only. */
const GRADES: Readonly<Record<string, string>> = {
  lieutenant: 'lieutenant', lt: 'lieutenant', lieut: 'lieutenant',
  sergeant: 'sergeant', sgt: 'sergeant',
  captain: 'captain', capt: 'captain',
  corporal: 'corporal', cpl: 'corporal',
  colonel: 'colonel', col: 'colonel',
  general: 'general', gen: 'general',
  brigadier: 'brigadier', brig: 'brigadier',
  major: 'major', maj: 'major',
  admiral: 'admiral', adm: 'admiral',
  commodore: 'commodore', cmdre: 'commodore',
  commander: 'commander', cmdr: 'commander', cdr: 'commander',
  private: 'private', pvt: 'private',
  inspector: 'inspector', insp: 'inspector',
  superintendent: 'superintendent', supt: 'superintendent',
  constable: 'constable',
};

/** The graded rank a written rank ends in ("Lt. Col." is a colonel's grade), or null. */
function gradeOf(rank: string): string | null {
  const last = rank.trim().split(/\s+/).at(-1)?.replace(/\.$/, '').toLowerCase() ?? '';
  return GRADES[last] ?? null;
}

/** Up to three capitalised words right before a mention: "Lieutenant Commander " before "Ida Brekke". */
const WORDS_BEFORE = /((?:\p{Lu}[\p{L}]*\.?\s+){1,3})$/u;

/** The ranks one report writes for a person: before a mention, inside it, or as the role it gives. */
export function ranksIn(body: string, person: Pick<PersonMention, 'name' | 'role' | 'mentions'>): string[] {
  const found: string[] = [];
  const add = (rank: string | undefined): void => {
    if (rank && gradeOf(rank) && !found.includes(rank)) found.push(rank);
  };
  if (person.role) add(splitRank(`${person.role} ${person.name}`)?.name === person.name ? person.role : undefined);
  for (const m of person.mentions) {
    const text = body.slice(m.start, m.end);
    const inside = splitRank(text);
    if (inside) {
      add(inside.rank);
      continue;
    }
    const words = WORDS_BEFORE.exec(body.slice(Math.max(0, m.start - 40), m.start))?.[1]?.trim().split(/\s+/) ?? [];
    // The longest run of the words before that is a rank over the name as written.
    for (let i = 0; i < words.length; i++) {
      const candidate = words.slice(i).join(' ');
      const split = splitRank(`${candidate} ${text}`);
      if (split && split.rank === candidate && split.name === text) {
        add(candidate);
        break;
      }
    }
  }
  return found;
}

/**
 * The ranks the reports give a person, as variants with their reports, where two reports give ranks of
 * different grades; none where every report's rank is one grade, or where one report gives two.
 */
export function conflictingRanks(told: readonly { ranks: readonly string[]; source: string }[]): { value: string; sources: string[] }[] {
  const byGrade = new Map<string, { value: string; sources: string[] }>();
  for (const { ranks, source } of told) {
    const grades = new Set(ranks.map(gradeOf));
    // "Capt. ... later Commander ...": one report giving two grades says nothing sure of either.
    if (grades.size > 1) return [];
    for (const rank of ranks) {
      const grade = gradeOf(rank)!;
      const variant = byGrade.get(grade) ?? { value: rank, sources: [] };
      // The fuller writing stands for the grade: "Lieutenant Commander" over "Commander".
      if (rank.length > variant.value.length) variant.value = rank;
      if (!variant.sources.includes(source)) variant.sources.push(source);
      byGrade.set(grade, variant);
    }
  }
  return byGrade.size > 1 ? [...byGrade.values()] : [];
}
