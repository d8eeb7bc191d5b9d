import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { outletFromSite, splitSiteName } from './site-name.js';

describe('splitSiteName', () => {
  it('should cut a station, a domain or a newspaper after the headline, with whatever follows it', () => {
    assert.deepEqual(splitSiteName('2 hurt as car hits porch in Alexandria - KTBZ News 9 Alexandria, Louisiana News Weather & Sports'), { headline: '2 hurt as car hits porch in Alexandria', site: 'KTBZ News 9 Alexandria, Louisiana News Weather & Sports' });
    assert.deepEqual(splitSiteName('Man shot outside store - WJXQ Action News 4 - Jackson, Mississippi'), { headline: 'Man shot outside store', site: 'WJXQ Action News 4 - Jackson, Mississippi' });
    assert.equal(splitSiteName('Two fires, one night, one street evacuated :: KQZT.com').headline, 'Two fires, one night, one street evacuated');
    assert.equal(splitSiteName('Four men shot near the park | WBTV Charlotte').headline, 'Four men shot near the park');
    assert.equal(splitSiteName('Council passes the budget - The Springfield Gazette').headline, 'Council passes the budget');
    assert.equal(splitSiteName('2 Hurt In Garage Fire On Elm Street « CBS Philly').headline, '2 Hurt In Garage Fire On Elm Street');
  });

  it('should cut a site named before the headline only on plain evidence', () => {
    assert.deepEqual(splitSiteName('CBS 41 - Racine detectives look into late night stabbing'), { headline: 'Racine detectives look into late night stabbing', site: 'CBS 41' });
    assert.equal(splitSiteName('Topeka, Kansas News, Weather, Sports - 2 hurt after east Topeka crash').headline, '2 hurt after east Topeka crash');
    assert.equal(splitSiteName('Times Square shooting - two hurt near the theatre').headline, 'Times Square shooting - two hurt near the theatre');
    assert.equal(splitSiteName('Hiker hurt in fall on Mount Hale : Valley Sentinel Online').headline, 'Hiker hurt in fall on Mount Hale');
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
    assert.equal(outletFromSite('KTBZ News 9 Alexandria, Louisiana News Weather & Sports'), 'KTBZ News 9 Alexandria');
    assert.equal(outletFromSite('KQZT-TV: Macon, Warner Robins, GA, News, Weather & Sports'), 'KQZT-TV');
    assert.equal(outletFromSite('WJXQ Action News 4 - Jackson, Mississippi'), 'WJXQ Action News 4');
  });
});
