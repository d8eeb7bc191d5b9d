import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { creditedStation } from './credited-station.js';

const city = (text: string): string | null => {
  const home = creditedStation(text);
  return home ? `${home.city}, ${home.state}` : null;
};

describe('creditedStation', () => {
  it('should read the station a closing copyright line credits', () => {
    assert.equal(city('Gunfire hurt a man on Elm Street.\n\nCopyright 2017 WIS. All rights reserved.'), 'Columbia, SC');
    assert.equal(city('Two men were charged on Friday.\n\nCopyright 2015 WGCL-TV (Peachtree Media Group). All rights reserved.'), 'Atlanta, GA');
  });

  it('should read an opening credit in brackets', () => {
    assert.equal(city('(WMC) - A teenager was shot at a park on Saturday afternoon, police said.'), 'Memphis, TN');
  });

  it('should credit no station for an unknown call, another kind of credit, or two stations of different cities', () => {
    assert.equal(city('Copyright 2018 MSNewsNow. All rights reserved.'), null);
    assert.equal(city('(AP) - A ferry sank off the coast.'), null);
    assert.equal(city('Copyright 2015 KXYZ. All rights reserved.'), null);
    assert.equal(city('Story one.\nCopyright 2017 WIS. All rights reserved.\nStory two.\nCopyright 2017 WMC. All rights reserved.'), null);
    assert.equal(city('The Copyright Office said the filing was late.'), null);
  });

  it('should take two credits of one city as one', () => {
    assert.equal(city('(WSB) - Detectives are hunting a gunman.\nCopyright 2016 WGCL. All rights reserved.'), 'Atlanta, GA');
  });
});
