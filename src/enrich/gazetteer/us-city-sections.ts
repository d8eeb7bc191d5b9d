/**
 * Neighbourhoods of large US cities that local news names alone ("shot in Frayser", "a Germantown home",
 * "in Mount Washington") and that the GeoNames extract behind data/cities.tsv lacks or holds only as a
 * town elsewhere (Germantown, Maryland; Mount Washington, Kentucky; Washington Park, Illinois, by East
 * St. Louis). Incident records name the city. Each joins the towns of its name as one more namesake
 * with no population, placed within its city: it is chosen only where the text names that city ("Chicago
 * police said") or the outlet is the city's own (home-section.ts), as London's districts are.
 * Not names that records give as places of their own (Pittsburgh's Knoxville and Larimer, written so in
 * the GVA incident records). Points are rough centres, to two decimals.
 */
export const US_CITY_SECTIONS: Readonly<Record<string, readonly { name: string; admin1: string; lat: number; lon: number }[]>> = {
  Philadelphia: [
    { name: 'Germantown', admin1: 'PA', lat: 40.04, lon: -75.17 }, { name: 'Kensington', admin1: 'PA', lat: 39.99, lon: -75.13 },
    { name: 'Frankford', admin1: 'PA', lat: 40.02, lon: -75.08 }, { name: 'Nicetown', admin1: 'PA', lat: 40.01, lon: -75.16 },
    { name: 'Tioga', admin1: 'PA', lat: 40.0, lon: -75.16 }, { name: 'Olney', admin1: 'PA', lat: 40.03, lon: -75.12 },
    { name: 'Fishtown', admin1: 'PA', lat: 39.97, lon: -75.13 }, { name: 'Hunting Park', admin1: 'PA', lat: 40.01, lon: -75.14 },
    { name: 'Strawberry Mansion', admin1: 'PA', lat: 39.99, lon: -75.18 }, { name: 'Kingsessing', admin1: 'PA', lat: 39.94, lon: -75.22 },
  ],
  Memphis: [
    { name: 'Frayser', admin1: 'TN', lat: 35.22, lon: -90.01 }, { name: 'Orange Mound', admin1: 'TN', lat: 35.12, lon: -89.98 },
    { name: 'Hickory Hill', admin1: 'TN', lat: 35.05, lon: -89.82 }, { name: 'Binghampton', admin1: 'TN', lat: 35.15, lon: -89.96 },
    { name: 'Parkway Village', admin1: 'TN', lat: 35.07, lon: -89.9 }, { name: 'Berclair', admin1: 'TN', lat: 35.17, lon: -89.92 },
  ],
  Pittsburgh: [
    { name: 'Mount Washington', admin1: 'PA', lat: 40.43, lon: -80.01 }, { name: 'Sheraden', admin1: 'PA', lat: 40.46, lon: -80.06 },
    { name: 'East Hills', admin1: 'PA', lat: 40.45, lon: -79.87 }, { name: 'Homewood', admin1: 'PA', lat: 40.46, lon: -79.9 },
    { name: 'Hill District', admin1: 'PA', lat: 40.45, lon: -79.98 }, { name: 'Beltzhoover', admin1: 'PA', lat: 40.42, lon: -79.99 },
    { name: 'Carrick', admin1: 'PA', lat: 40.4, lon: -79.98 }, { name: 'Lincoln-Lemington', admin1: 'PA', lat: 40.47, lon: -79.9 },
  ],
  Chicago: [{ name: 'Washington Park', admin1: 'IL', lat: 41.79, lon: -87.62 }],
  Cincinnati: [{ name: 'Mount Auburn', admin1: 'OH', lat: 39.12, lon: -84.51 }, { name: 'Price Hill', admin1: 'OH', lat: 39.11, lon: -84.58 }],
};
