import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enrichedArticle } from '../../test/articles.js';
import { arrestIsTheScene, namedAsTown } from './arrest-scene.js';

describe('arrestIsTheScene', () => {
  it('should take a detention as the act when the headline reports one', () => {
    assert.equal(arrestIsTheScene('Police detain rebel commander near the border', 'Border guards detained a rebel commander '), true);
  });

  it('should not take a detention as the act when the headline tells another story', () => {
    assert.equal(arrestIsTheScene('Bridge collapse kills four', 'The engineer, who was later detained '), false);
  });

  it('should leave a town where the suspect lives no scene', () => {
    assert.equal(arrestIsTheScene('Teacher arrested over fraud', 'Police arrested a teacher who lives '), false);
  });
});

describe('namedAsTown', () => {
  it('should see "the fishing town of" as naming a town', () => {
    assert.equal(namedAsTown('picked up at dawn in the fishing town of '), true);
    assert.equal(namedAsTown('picked up at dawn in '), false);
  });
});

describe('the scene of an arrest under a capital dateline', () => {
  it('should place an arrest in the town the wire lead names, not at the dateline', () => {
    const article = enrichedArticle('ACCRA, May 4 (WPA) -- Ghanaian police detained the union boss Kwesi Ampofo in the coastal town of Elmina late on Sunday, his deputy said on Monday, ahead of a planned strike.\n\nThe union called the arrest an attack on its members.', { title: 'Ghana detains union boss before planned strike', outlet: 'Westbridge Press Agency', publishedAt: '2026-05-04T10:00:00Z' });
    assert.equal(article.place?.name, 'Elmina');
    assert.equal(article.place?.country, 'GH');
  });

  it('should place an arrest in a town the gazetteer lacks when the lead calls it a town', () => {
    const article = enrichedArticle('ACCRA, May 4 (WPA) -- Ghanaian police detained the union boss Kwesi Ampofo in the coastal town of Nkwantabisa late on Sunday, his deputy said on Monday, ahead of a planned strike.\n\nThe union called the arrest an attack on its members.', { title: 'Ghana detains union boss before planned strike', outlet: 'Westbridge Press Agency', publishedAt: '2026-05-04T10:00:00Z' });
    assert.equal(article.place?.name, 'Nkwantabisa');
    assert.equal(article.place?.country, 'GH');
  });

  it('should keep the dateline for a report that only says where someone is held', () => {
    const article = enrichedArticle('ACCRA, May 4 (WPA) -- Floods swept through the capital overnight, and a driver detained in the fishing town of Elmina was freed, officials said on Monday.\n\nRain is expected to continue until Wednesday.', { title: 'Floods sweep Ghanaian capital', outlet: 'Westbridge Press Agency', publishedAt: '2026-05-04T10:00:00Z' });
    assert.equal(article.place?.name, 'Accra');
  });
});
