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
  it('should read a short English report of Spanish names as English, and Italian and Spanish as themselves', () => {
    const chile = "A magnitude 6.8 earthquake struck near Valparaiso on Sunday, Chile's disaster agency Senapred said. Interior Minister Carolina Toha said two people were killed.";
    const italian = "Un terremoto di magnitudo 6,8 ha colpito la zona vicino a Valparaiso domenica, secondo l'agenzia cilena. Il ministro ha detto che due persone sono morte.";
    const spanish = 'Un terremoto de magnitud 6,8 sacudió la zona cerca de Valparaíso el domingo, dijo la agencia de desastres de Chile. La ministra dijo que dos personas murieron.';
    assert.deepEqual([detectLanguage(chile), detectLanguage(italian), detectLanguage(spanish)], ['en', 'it', 'es']);
  });
  it('should trust a declared language other than English, unless the text plainly reads as English', () => {
    const french = 'Le conseil municipal a annoncé lundi que le pont sur la rivière sera fermé pour des travaux au printemps, et que les travaux dureront tout l’été.';
    assert.equal(detectLanguage(french, 'fr'), 'fr');
    assert.equal(detectLanguage(dutch, 'nl'), 'nl');
    // Too short to read: the page's word stands.
    assert.equal(detectLanguage('Port attack: the latest', 'fr'), 'fr');
    // An English edition in its home language's template.
    assert.equal(detectLanguage(english, 'fr'), 'en');
  });
});
