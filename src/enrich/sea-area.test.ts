import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { seaAreaOf } from './sea-area.js';

describe('seaAreaOf', () => {
  it("should give the sea a report's opening places the act in (review ux73a fault 2)", () => {
    const body = 'A subsea data cable between Norrvik and Saaremaa was cut on Tuesday, and the coastguard held a bulk carrier seen dragging its anchor across the floor of the Gulf of Riga.\nThe operator said repairs would take weeks.';
    assert.deepEqual(seaAreaOf('Data cable cut, freighter held', body), { name: 'Gulf of Riga' });
    assert.deepEqual(seaAreaOf('Coastguard seizes tanker in international waters', 'The tanker was taken to port on Sunday.'), { name: 'international waters' });
  });

  it('should give a distance off a town, in kilometres', () => {
    const body = 'An undersea power link between Gotland and Ventspils failed on Monday, its operator said.\nThe navy sent a corvette to the cable route some 25 nautical miles off Ventspils.';
    assert.deepEqual(seaAreaOf('Power link fails', body), { name: null, off: 'Ventspils', km: 46 });
  });

  it('should not take a sea of an earlier incident, a sea named as a region, or one in a story on land', () => {
    const earlier = 'An undersea cable between Norrvik and Saaremaa failed on Friday, the operator said.\nThe fault comes a week after a trawler damaged a pipeline in the Gulf of Riga.';
    assert.equal(seaAreaOf('Cable fails', earlier), null);
    assert.equal(seaAreaOf('Tanker fire at Black Sea port', 'A tanker caught fire at the Black Sea port of Tuapse on Friday.'), null);
    assert.equal(seaAreaOf('Bloc blacklists tankers', 'The bloc on Friday blacklisted nine tankers.\nLatvia said it would press for a ban on fuel transfers between ships in the Baltic Sea.'), null);
    assert.equal(seaAreaOf('Tanker seized', 'The coastguard seized a tanker on Friday.\nLatvia said it would press for a ban on fuel transfers between ships in the Baltic Sea.'), null);
    assert.equal(seaAreaOf('Storm hits coast', 'A storm in the North Sea brought floods to Esbjerg on Friday.'), null);
  });
});
