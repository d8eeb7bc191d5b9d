/**
 * Words after a figure that make it a clock time or a measure, not a count of anything: "at 2315 UTC",
 * "1410 GMT", "24 nautical miles off the coast", "12 km east", "doing 14 knots". Two reports giving
 * two such figures tell two moments or two positions (often of two incidents), never a dispute over
 * how many of a thing there were; read as counts they showed as "number of utcs: 2315 vs 1410".
 */
export const TIME_AND_MEASURE_WORDS: readonly string[] = [
  'utc', 'gmt', 'zulu', 'hrs', 'lt',
  'nautical', 'nm', 'mile', 'miles', 'km', 'kms', 'kilometre', 'kilometres', 'kilometer', 'kilometers',
  'metre', 'metres', 'meter', 'meters', 'feet', 'foot', 'ft', 'yards', 'knots', 'kts', 'degrees',
];
