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

  it('should not put a strike on a coastal town at sea, even where a later sentence names ships (review75 fault 2)', () => {
    const body = 'A drone hit a school in Burgas, on the Black Sea, early on Sunday, injuring four people. The coastguard said vessels in the harbour were not damaged.';
    assert.equal(seaAreaOf('Drone hits school in Burgas', body), null);
    assert.equal(seaAreaOf('Blaze in Varna', 'A blaze gutted a ferry terminal in Varna on the Black Sea on Sunday.'), null);
  });

  it('should still give the sea where the lead tells a vessel hit on it, or an act some way off a coast', () => {
    assert.deepEqual(seaAreaOf('Tanker struck', 'A drone struck a tanker on the Black Sea early on Sunday, its owner said.'), { name: 'Black Sea' });
    assert.deepEqual(seaAreaOf('Helicopter ditches', 'A rescue helicopter ditched 12 km off Esbjerg in the North Sea on Monday.'), { name: 'North Sea', off: 'Esbjerg', km: 12 });
  });
});
