import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { namedAsReportingOutlet } from './station-credit.js';
import { namedAsNewsroom } from './station-newsroom.js';

/** The first mention of `name` in `body`, as the records' organisations read it. */
const outlet = (body: string, name: string): boolean => {
  const start = body.indexOf(name);
  return namedAsReportingOutlet(body, { text: name, start, end: start + name.length });
};

describe('namedAsNewsroom', () => {
  it('should read a picture credit that names a station, with or without the photographer', () => {
    assert.equal(outlet('Detectives worked the scene late Sunday. (Photo: KHOU 11 News)\n\nHOUSTON - A boy was hurt.', 'KHOU'), true);
    assert.equal(outlet('The suspect is led into court on Monday. (Photo: Ann Brooks, KGW)\n\nSALEM, Ore. - A man was charged.', 'KGW'), true);
    assert.equal(outlet('A man fired through the door. Dana Reed/KCRA A woman was hurt.', 'KCRA'), true);
    // Any call letters in a picture's credit are a station's, even ones the table does not know.
    assert.equal(outlet('Deputies at the farm on Sunday. (Photo: KQZX)\n\nThe sheriff said two men died.', 'KQZX'), true);
  });

  it('should read a report credited to a station as the reporting', () => {
    assert.equal(outlet('A teenager was shot on Friday night. A report by KIRO-TV in Seattle said the shooting was an accident.', 'KIRO-TV'), true);
    assert.equal(outlet('The boy later died at the hospital. Information provided by KFOR.', 'KFOR'), true);
    assert.equal(outlet('In an interview Monday with KGW, the prosecutor said the case was strong.', 'KGW'), true);
  });

  it('should read the newsroom’s staff, crews, shows, pages and apps', () => {
    assert.equal(outlet('KGW’s Maria Lopez contributed to this report.', 'KGW'), true);
    assert.equal(outlet('KSNT News crew on the scene says several shots were fired.', 'KSNT News'), true);
    assert.equal(outlet('Join the conversation on the KDKA Facebook page.', 'KDKA'), true);
    assert.equal(outlet('For news and updates, download the WHIO mobile app.', 'WHIO'), true);
    assert.equal(outlet('Police have not named the man. WLKY will keep you updated as details come in.', 'WLKY'), true);
  });

  it('should read a station standing alone as a caption’s credit', () => {
    assert.equal(outlet('Police at the corner of Main and 5th on Monday. KHOU 11\n\nHOUSTON - Two men were shot.', 'KHOU'), true);
    assert.equal(outlet('Two men were hurt on Sunday.\n\nKCRA\n\nThe shooting happened at 3 p.m.', 'KCRA'), true);
  });

  it('should leave a body of call letters’ shape to the records where it acts', () => {
    // A sheriff's office is no station, in a credit's place or not.
    assert.equal(outlet('According to KCSO, a girl who lived in the home hosted a party.', 'KCSO'), false);
    assert.equal(outlet('KCSO detectives interviewed two other teens.', 'KCSO'), false);
    assert.equal(namedAsNewsroom('Deputies said ', 'Deputies said ', ' the man fled on foot.'), false);
  });
});
