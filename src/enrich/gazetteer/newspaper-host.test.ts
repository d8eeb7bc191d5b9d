import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { newspaperTown } from './newspaper-host.js';

const town = (address: string): string | null => {
  const c = newspaperTown(address);
  return c ? `${c.name}, ${c.admin1}` : null;
};

describe('newspaperTown', () => {
  it("should read the town a local paper's address names before its title words", () => {
    assert.equal(town('http://delrionewsherald.com/news/article_1.html'), 'Del Rio, TX');
    assert.equal(town('http://goldsborodailynews.com:80/local/2017/05/11/story/'), 'Goldsboro, NC');
    assert.equal(town('https://www.paloaltotimes.com/a'), 'Palo Alto, CA');
  });

  it('should leave a label with no title words, a state, a short or small word, and a host that is no address', () => {
    assert.equal(town('http://www.kansas.com/sports/a.html'), null);
    assert.equal(town('http://www.idahopress.com/news/a'), null);
    assert.equal(town('http://www.postregister.com/articles/a'), null);
    assert.equal(town('http://www.rrdailyherald.com/news/a'), null);
    assert.equal(town('not an address'), null);
  });
});
