/**
 * Districts of London that local news names alone ("stabbed in Hackney", "a man from Walthamstow") and
 * that the GeoNames extract behind data/cities.tsv lacks (it holds Brixton, Peckham and Lambeth, not
 * these). Each is a section of London, so the name reads as a place of London, GB, rather than nothing
 * or a guess. None that is as often something else in news ("Soho" is Manhattan's too; "West Ham" a
 * football club). Where a town elsewhere has the name (Tottenham, Ontario; Stratford, Connecticut),
 * the district joins it as one more namesake with no population: the text's hints choose ("in
 * Tottenham, north London", a story naming Britain), else the namesake does, as before.
 * Points are the districts' rough centres, to two decimals.
 */
export const LONDON_DISTRICTS: Readonly<Record<string, readonly [number, number]>> = {
  Hackney: [51.55, -0.06], Whitechapel: [51.52, -0.06], Walthamstow: [51.59, -0.02], Shoreditch: [51.53, -0.08],
  Dalston: [51.55, -0.08], 'Stoke Newington': [51.56, -0.08], Deptford: [51.48, -0.03], Hammersmith: [51.49, -0.23],
  Fulham: [51.47, -0.2], Clapham: [51.46, -0.14], Streatham: [51.43, -0.13], Tooting: [51.43, -0.17],
  Harlesden: [51.54, -0.25], Ilford: [51.56, 0.08], 'Wood Green': [51.6, -0.11], 'Kentish Town': [51.55, -0.14],
  'Notting Hill': [51.51, -0.2], Mayfair: [51.51, -0.15], Marylebone: [51.52, -0.15], Catford: [51.44, -0.02],
  Bermondsey: [51.5, -0.07], Leyton: [51.56, -0.01], Leytonstone: [51.57, 0.01], Thamesmead: [51.5, 0.12],
  Plumstead: [51.49, 0.08], Highgate: [51.57, -0.15], 'Canning Town': [51.51, 0.01], 'Forest Gate': [51.55, 0.02],
  'East Ham': [51.53, 0.05], Harrow: [51.58, -0.34], Twickenham: [51.45, -0.33],
  Tottenham: [51.6, -0.07], Wimbledon: [51.42, -0.21], Stratford: [51.54, 0.0], Kensington: [51.5, -0.19],
  Hampstead: [51.56, -0.18], Woolwich: [51.49, 0.07], Eltham: [51.45, 0.05], Paddington: [51.52, -0.18],
  Stockwell: [51.47, -0.12], Vauxhall: [51.49, -0.12], Kennington: [51.49, -0.11],
};
