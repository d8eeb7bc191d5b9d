/**
 * The city a United States federal court of appeals sits in, from its name as a body: the appeals court of
 * the Second Circuit sits in New York. A report of an appeal filed there
 * often names no town but the one its appellant is held in ("remains in custody at the detention
 * center in Brooklyn"), which place.ts only keeps as a last resort, so the appeal was placed in Brooklyn
 * (review ux70a). The court is where the step happens. (New York's own case is not solved by this alone:
 * the place stage still prefers the borough named as a part of the city.)
 */

/** Each circuit by its ordinal word or number, and the city of its seat. */
const SEATS: Readonly<Record<string, string>> = {
  first: 'Boston', '1st': 'Boston',
  second: 'New York City', '2nd': 'New York City',
  third: 'Philadelphia', '3rd': 'Philadelphia',
  fourth: 'Richmond', '4th': 'Richmond',
  fifth: 'New Orleans', '5th': 'New Orleans',
  sixth: 'Cincinnati', '6th': 'Cincinnati',
  seventh: 'Chicago', '7th': 'Chicago',
  eighth: 'St. Louis', '8th': 'St. Louis',
  ninth: 'San Francisco', '9th': 'San Francisco',
  tenth: 'Denver', '10th': 'Denver',
  eleventh: 'Atlanta', '11th': 'Atlanta',
  'district of columbia': 'Washington', dc: 'Washington', 'd.c.': 'Washington', federal: 'Washington',
};

/** "Court of Appeals for the Second Circuit", "2nd U.S. Circuit Court of Appeals", "Ninth Circuit". */
const CIRCUIT = /\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|1st|2nd|3rd|4th|5th|6th|7th|8th|9th|10th|11th|federal|district\s+of\s+columbia|d\.c\.|dc)\s+(?:u\.s\.\s+)?circuit\b/i;

/** The seat's city of the federal appeals court a body's name names, or null when it names none. */
export function appealsCourtSeat(name: string): string | null {
  const m = CIRCUIT.exec(name);
  if (!m) return null;
  return SEATS[m[1]!.toLowerCase().replace(/\s+/g, ' ')] ?? null;
}
