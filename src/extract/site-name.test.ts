import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { outletFromSite, splitSiteName } from './site-name.js';

describe('splitSiteName', () => {
  it('should cut a station, a domain or a newspaper after the headline, with whatever follows it', () => {
    assert.deepEqual(splitSiteName('1 dead, 3 injured in Shreveport shooting - KSLA News 12 Shreveport, Louisiana News Weather & Sports'), { headline: '1 dead, 3 injured in Shreveport shooting', site: 'KSLA News 12 Shreveport, Louisiana News Weather & Sports' });
    assert.deepEqual(splitSiteName('Man shot outside store - WMC Action News 5 - Memphis, Tennessee'), { headline: 'Man shot outside store', site: 'WMC Action News 5 - Memphis, Tennessee' });
    assert.equal(splitSiteName('Three bursts of gunfire, three dead, three injured :: WRAL.com').headline, 'Three bursts of gunfire, three dead, three injured');
    assert.equal(splitSiteName('Four men shot near the park | WBTV Charlotte').headline, 'Four men shot near the park');
    assert.equal(splitSiteName('Council passes the budget - The Springfield Gazette').headline, 'Council passes the budget');
    assert.equal(splitSiteName('1 Dead, 4 Injured In Birthday Party Shooting « CBS Philly').headline, '1 Dead, 4 Injured In Birthday Party Shooting');
  });

  it('should cut a site named before the headline only on plain evidence', () => {
    assert.deepEqual(splitSiteName('CBS 58 - Milwaukee police investigate early morning double homicide'), { headline: 'Milwaukee police investigate early morning double homicide', site: 'CBS 58' });
    assert.equal(splitSiteName('Wichita, Kansas News, Weather, Sports - 1 dead after north Wichita shooting').headline, '1 dead after north Wichita shooting');
    assert.equal(splitSiteName('Times Square shooting - two hurt near the theatre').headline, 'Times Square shooting - two hurt near the theatre');
    assert.equal(splitSiteName('Teenage girl shot during turkey hunt : Times Argus Online').headline, 'Teenage girl shot during turkey hunt');
  });

  it('should cut a site the address or the outlet names, whatever its words', () => {
    assert.equal(splitSiteName('Teen hurt in crash on Route 9 - Acadiana-Lafayette', { url: 'https://www.acadiana-lafayette.example/story/1' }).headline, 'Teen hurt in crash on Route 9');
    assert.equal(splitSiteName('Teen hurt in crash on Route 9 - DoingItLocal', { url: 'https://doingitlocal.com/story/1' }).headline, 'Teen hurt in crash on Route 9');
    assert.equal(splitSiteName('Teen hurt in crash on Route 9 | The Daily Planet', { outlet: 'The Daily Planet' }).headline, 'Teen hurt in crash on Route 9');
  });

  it('should keep a title whose parts are the headline\'s own', () => {
    for (const title of [
      'Police: 8 people shot after getting a flat tire',
      'Obituary - John Smith',
      'Syria talks stall - opposition walks out of Geneva meeting',
      'Storm hits the coast – thousands without power for a second day',
      'No separator in this headline at all',
    ]) assert.deepEqual(splitSiteName(title), { headline: title, site: null });
  });

  it('should keep quotations, story tags, acronyms and headline clauses that only look like sites', () => {
    for (const title of [
      'Le maire dénonce une « agression » contre la police',
      "Mort de Nahel : ce que l'on sait",
      'Hurricane Ian makes landfall in Florida | Live updates',
      'Measles cases surge across Europe - WHO',
      'WWII - Last surviving Doolittle Raider dies at 103',
      'Police arrest three - Times Square attack suspect named',
      'Migrant boat sinks off northern France - Channel deaths rise to 27',
      'Police chief resigns - Press conference at noon',
    ]) assert.deepEqual(splitSiteName(title), { headline: title, site: null }, title);
    assert.equal(splitSiteName('Storm hits the coast - Timeline of events', { url: 'https://time.com/1' }).site, null);
    assert.equal(splitSiteName('Senate votes today - Vice President Harris meets Zelensky', { url: 'https://www.vice.com/1' }).site, null);
    assert.equal(splitSiteName('Man shot dead on South Side - Chicago police seek suspect', { url: 'https://chicago.suntimes.com/1' }).site, null);
  });

  it('should take the outlet from the site part up to its first comma or colon', () => {
    assert.equal(outletFromSite('KSLA News 12 Shreveport, Louisiana News Weather & Sports'), 'KSLA News 12 Shreveport');
    assert.equal(outletFromSite('WTOC-TV: Savannah, Beaufort, SC, News, Weather & Sports'), 'WTOC-TV');
    assert.equal(outletFromSite('WMC Action News 5 - Memphis, Tennessee'), 'WMC Action News 5');
  });
});
