import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { detectLanguage } from './language.js';

const english =
  'The council said on Monday that the bridge over the river would close for repairs in the spring, and that the work was expected to take the whole of the summer.';
const dutch =
  'De gemeenteraad zei maandag dat de brug over de rivier in het voorjaar wordt gesloten voor herstelwerk, en dat het werk naar verwachting de hele zomer duurt.';
const german =
  'Der Stadtrat teilte am Montag mit, dass die Brücke über den Fluss im Frühjahr für Reparaturen gesperrt wird und die Arbeiten den ganzen Sommer dauern sollen.';

describe('detectLanguage', () => {
  it('should read plain English without a declared language as English', () => {
    assert.equal(detectLanguage(english), 'en');
  });
  it('should not take Dutch or German for English', () => {
    assert.equal(detectLanguage(dutch), 'nl');
    assert.equal(detectLanguage(german), 'de');
  });
  it('should read an English report full of Philippine names as English, and Tagalog as Tagalog', () => {
    const manila = 'Mayor Isko Moreno of Manila said Barangay 143 in Tondo and Barangay 22 in Sampaloc were flooded on Tuesday, and residents of Binondo were moved to a gym in Santa Cruz.';
    const tagalog = 'Ang lantsa ay lumubog sa Batangas noong Martes, sabi ng Coast Guard. Nasagip ang apatnapung pasahero mula sa tubig malapit sa Calapan, ayon sa mga opisyal ng bayan.';
    assert.equal(detectLanguage(manila), 'en');
    assert.equal(detectLanguage(tagalog), 'tl');
  });
  it('should trust a declared language other than English', () => {
    assert.equal(detectLanguage(english, 'fr'), 'fr');
  });
});
