import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createRequire } from 'node:module';
import { cityCandidates, cityIn, cityKey, resolveCity, sectionOfCityNamed, sectionWrittenWithItsCity } from './cities.js';

describe('cities', () => {
  it('should list every place of a name, with coordinates and population', () => {
    const springfields = cityCandidates('Springfield');
    assert.ok(springfields.length >= 5);
    assert.ok(springfields.every((c) => c.country.length === 2 && Number.isFinite(c.lat) && c.population >= 0));
    assert.ok(springfields.some((c) => c.population > 100_000));
  });

  it('should hold a US post office town too small for GeoNames, with its state and no population', () => {
    const [town] = cityCandidates('Rickreall');
    assert.deepEqual([town?.country, town?.admin1, town?.population], ['US', 'OR', 0]);
    assert.ok(Math.abs(town!.lat - 44.9) < 0.2 && Math.abs(town!.lon + 123.2) < 0.2);
  });

  it('should fold accents and take the most populous place when nothing else is known', () => {
    assert.equal(cityKey('Zürich'), 'zurich');
    assert.equal(resolveCity('Zurich')?.country, 'CH');
    assert.equal(resolveCity('Paris')?.country, 'FR');
    assert.equal(resolveCity('Phoenix')?.admin1, 'AZ');
  });

  it('should find a place whichever way Saint, Mount or Fort is written', () => {
    assert.equal(cityKey('Port St. Lucie'), cityKey('Port Saint Lucie'));
    assert.equal(resolveCity('Port St. Lucie')?.name, 'Port Saint Lucie');
    assert.equal(resolveCity('Mt. Juliet')?.admin1, 'TN');
    assert.equal(resolveCity('Saint Louis', { countries: new Set(['US']), admin1: new Set(['US-MO']) })?.name, 'St. Louis');
    // Not inside a word: "Fortuna" and "Mountain View" keep their letters.
    assert.equal(cityKey('Mountain View'), 'mountain view');
  });

  it('should take the English-named city abroad where the text names another country besides the US and no state', () => {
    const hints = (countries: string[], admin1: string[] = []) => ({ countries: new Set(countries), admin1: new Set(admin1) });
    // "Senior American and Russian diplomats met in Geneva"
    assert.equal(resolveCity('Geneva', hints(['US', 'RU']))?.country, 'CH');
    assert.equal(resolveCity('Geneva', hints(['US', 'RU'], ['US-IL']))?.admin1, 'IL');
    assert.equal(resolveCity('Geneva', hints(['US']))?.country, 'US');
  });

  it('should take a national capital abroad over a US town of its name where the text names the US among other countries and no state', () => {
    const hints = (countries: string[], admin1: string[] = []) => ({ countries: new Set(countries), admin1: new Set(admin1) });
    // "Washington and Brussels imposed sanctions on two commanders in Mali": not Brussels, Wisconsin.
    assert.equal(resolveCity('Brussels', hints(['US', 'ML', 'FR']))?.country, 'BE');
    assert.equal(resolveCity('Athens', hints(['US', 'KE', 'SO']))?.country, 'GR');
    // One other country is a US local story's as often ("a Mexican national" in a Lima, Ohio, report).
    assert.equal(resolveCity('Lima', hints(['US', 'MX']))?.country, 'US');
    // A state named, or the US alone, still means the American town.
    assert.equal(resolveCity('Athens', hints(['US', 'KE'], ['US-GA']))?.admin1, 'GA');
    assert.equal(resolveCity('Athens', hints(['US']))?.country, 'US');
    // A town of the name in another country the text names is that town.
    assert.equal(resolveCity('London', hints(['US', 'CA']))?.country, 'CA');
  });

  it('should follow the hints before population', () => {
    assert.equal(resolveCity('Paris', { countries: new Set(['US']), admin1: new Set(['US-TX']) })?.admin1, 'TX');
    assert.equal(resolveCity('Nice'), null);
  });

  it('should know the English names of cities GeoNames writes in their own language, keeping the English name', () => {
    assert.equal(cityKey('Wrocław'), 'wroclaw');
    assert.equal(resolveCity('Wroclaw')?.country, 'PL');
    const abroad = (country: string) => ({ countries: new Set([country]), admin1: new Set<string>() });
    const geneva = resolveCity('Geneva', abroad('CH'));
    assert.equal(geneva?.country, 'CH');
    assert.equal(geneva?.name, 'Geneva');
    assert.equal(resolveCity('Marseilles', abroad('FR'))?.country, 'FR');
    // "Berne", the older English name of Bern (a capital thirty times Berne, Indiana); the town where the text points there.
    assert.equal(resolveCity('Berne', abroad('CH'))?.capital, true);
    assert.equal(resolveCity('Berne')?.country, 'CH');
    assert.equal(resolveCity('Berne', { countries: new Set(['US']), admin1: new Set(['US-IN']) })?.admin1, 'IN');
    assert.equal(resolveCity('Basra')?.country, 'IQ');
    // A US town of the name comes first where nothing points abroad (a local story names its county, not its state).
    assert.equal(resolveCity('Geneva')?.country, 'US');
    assert.equal(resolveCity('St. Petersburg')?.admin1, 'FL');
    // Unless the town is a village beside the city: the port of Antwerp, not Antwerp, Ohio (1,700 people).
    assert.equal(resolveCity('Antwerp')?.country, 'BE');
    assert.equal(resolveCity('Seville')?.country, 'ES');
    assert.equal(resolveCity('Hanover')?.country, 'US');
    // A US hint still means the village.
    assert.equal(resolveCity('Antwerp', { countries: new Set(['US']), admin1: new Set(['US-OH']) })?.admin1, 'OH');
    // Two spellings of one city are one place, under the name GeoNames gives it.
    assert.equal(resolveCity('Kharkov')?.name, 'Kharkiv');
    assert.equal(resolveCity('Bombay')?.name, 'Mumbai');
  });

  it('should find an Irish town GeoNames records in Irish by its English name, with its point', () => {
    const galway = resolveCity('Galway');
    assert.deepEqual([galway?.name, galway?.country], ['Galway', 'IE']);
    assert.ok(Math.abs(galway!.lat - 53.27) < 0.05);
    // Its own name competes on population: the Irish city of 90,000 over the Pennsylvania township.
    assert.equal(resolveCity('Limerick')?.country, 'IE');
    assert.equal(resolveCity('Limerick', { countries: new Set(['US']), admin1: new Set(['US-PA']) })?.admin1, 'PA');
    assert.equal(resolveCity('Aarhus')?.country, 'DK');
    // The Irish name still finds it too.
    assert.equal(resolveCity('Gaillimh')?.country, 'IE');
  });

  it('should read the short news forms of Cebu City and Cluj-Napoca', () => {
    assert.equal(resolveCity('Cebu')?.name, 'Cebu City');
    assert.equal(resolveCity('Cluj')?.name, 'Cluj-Napoca');
    assert.equal(resolveCity('Frankfurt')?.country, 'DE');
  });

  it('should read a section written with its city or borough after it as that section', () => {
    const jamaica = sectionWrittenWithItsCity('Jamaica', ', Queens, that wounded two');
    assert.equal(jamaica?.country, 'US');
    assert.equal(jamaica?.admin1, 'NY');
    assert.equal(sectionWrittenWithItsCity('Sunset Park', ', Brooklyn, on Thursday')?.admin1, 'NY');
    assert.equal(sectionWrittenWithItsCity('Jamaica', ' on Friday'), null);
    assert.equal(sectionWrittenWithItsCity('Paris', ', Texas, police said'), null);
    assert.equal(sectionOfCityNamed('Jackson Heights', 'a man from Jackson Heights was hurt in Queens')?.within, 'Queens');
    assert.equal(sectionOfCityNamed('Jackson Heights', 'a man from Jackson Heights was hurt'), null);
  });

  it('should know the districts of London that local news names alone', () => {
    const hackney = resolveCity('Hackney');
    assert.equal(hackney?.country, 'GB');
    assert.equal(hackney?.within, 'London');
    // A district with a namesake abroad is London's where the text says so, and the namesake's otherwise.
    assert.equal(sectionWrittenWithItsCity('Tottenham', ', north London, on Friday')?.country, 'GB');
    assert.notEqual(resolveCity('Tottenham')?.country, 'GB');
  });

  it("should hold a large US city's neighbourhoods the extract lacks as sections of that city, chosen only where the text names the city", () => {
    assert.equal(sectionOfCityNamed('Frayser', 'A man was shot in Frayser, Memphis police said.')?.within, 'Memphis');
    assert.equal(sectionOfCityNamed('Mt. Washington', 'A girl was shot in Mt. Washington, Pittsburgh police said.')?.within, 'Pittsburgh');
    // Named alone, Germantown is still the Maryland town.
    assert.equal(resolveCity('Germantown')?.admin1, 'MD');
  });

  it('should give every country\'s capital, by the name the country list gives it, a point in that country', () => {
    const countries = createRequire(import.meta.url)('world-countries') as { cca2: string; capital?: string[] }[];
    const missing: string[] = [];
    for (const country of countries) {
      for (const capital of country.capital ?? []) {
        const city = cityIn(capital, { countries: new Set([country.cca2]), admin1: new Set() });
        if (!city || !Number.isFinite(city.lat) || !Number.isFinite(city.lon)) missing.push(`${capital} (${country.cca2})`);
      }
    }
    assert.deepEqual(missing, []);
  });

  it('should find a renamed capital by its current name, alone, and keep its former name', () => {
    const astana = resolveCity('Astana');
    assert.equal(astana?.country, 'KZ');
    assert.ok(Math.abs(astana!.lat - 51.18) < 0.05 && Math.abs(astana!.lon - 71.45) < 0.05);
    assert.equal(resolveCity('Nur-Sultan')?.country, 'KZ');
    assert.equal(resolveCity("Sana'a")?.country, 'YE');
    assert.equal(resolveCity('Port Vila')?.country, 'VU');
    // Former names written in older reports lead to the city under its current one.
    assert.deepEqual(['Kiev', 'Madras', 'Bombay', 'Rangoon'].map((n) => resolveCity(n)?.name), ['Kyiv', 'Chennai', 'Mumbai', 'Yangon']);
    assert.equal(resolveCity('Mbabane')?.country, 'SZ');
  });

  it('should leave a capital\'s added name to its namesake when nothing points to the capital\'s country', () => {
    assert.equal(resolveCity('Panama City')?.country, 'US');
    assert.equal(cityIn('Panama City', { countries: new Set(['PA']), admin1: new Set() })?.country, 'PA');
  });
});

describe('cityCandidates of names that are no place', () => {
  it('should answer a fresh empty list each time a name is asked again', () => {
    const first = cityCandidates('Zqxw Vorpal Gulch');
    const second = cityCandidates('Zqxw Vorpal Gulch');
    assert.deepEqual(second, []);
    assert.notEqual(first, second);
  });

  it('should still find names the loader added after searching the lines for them (a London district, a city section)', () => {
    // The loader looks each added name up in the lines before it adds it: a name remembered as no place
    // there must still answer from the added list.
    assert.ok(cityCandidates('Walthamstow').some((c) => c.country === 'GB' && c.within === 'London'));
    assert.ok(cityCandidates('Nicetown').some((c) => c.country === 'US' && c.within === 'Philadelphia'));
  });

  it('should find a place asked for after many names that are none', () => {
    for (let i = 0; i < 200; i++) cityCandidates(`Nowhere Hollow ${i}`);
    assert.ok(cityCandidates('Chicago').some((c) => c.country === 'US'));
  });
});
