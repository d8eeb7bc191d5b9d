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
    // Letters the table does not know may be a police body's, which releases pictures too.
    assert.equal(outlet('Deputies at the farm on Sunday. (Photo: KQZX)\n\nThe sheriff said two men died.', 'KQZX'), false);
  });

  it('should keep a police body of call letters’ shape credited for a picture or video', () => {
    assert.equal(outlet('A trooper was wounded on Friday after pulling over a van on Interstate 65. (Photo: KSP)\n\nThe trooper is expected to survive, state police said.', 'KSP'), false);
    assert.equal(outlet('Police released images of the suspect. Photo courtesy of KPD\n\nThe man is wanted in a shooting on Friday.', 'KPD'), false);
    assert.equal(outlet('Deputies are searching for the gunman. Video courtesy of KCSO\n\nThe shooting happened on Friday night.', 'KCSO'), false);
    assert.equal(outlet('A man was arrested on Friday after a standoff. (Photo courtesy of KCSO)\n\nDeputies said he surrendered.', 'KCSO'), false);
    assert.equal(outlet('A trooper’s cruiser was hit on Interstate 5 on Friday. (Photo: WSP)\n\nNo one was hurt.', 'WSP'), false);
  });

  it('should keep an outlet a story is about, whose possessive or airing is no newsroom’s credit there', () => {
    assert.equal(outlet('Fox News\' $787.5 million settlement with Dominion Voting Systems was announced on Tuesday.', 'Fox News'), false);
    assert.equal(outlet('Dominion sued, and Fox News aired false claims about the voting machines, the company admitted.', 'Fox News'), false);
    assert.equal(outlet('OpenAI asked a judge on Monday to dismiss The New York Times\'s copyright lawsuit.', 'New York Times'), false);
    assert.equal(outlet('Sinclair agreed on Monday to buy KOMO\'s parent company.', 'KOMO'), false);
    assert.equal(outlet('A gunman shot two journalists on Wednesday, and WDBJ\'s general manager said the station was devastated.', 'WDBJ'), false);
  });

  it('should read a possessive or an airing as the newsroom’s on the outlet’s own page', () => {
    assert.equal(outlet('KOMO\'s crew saw the car leave on Friday. (KOMO)\n\nA man was shot.', 'KOMO'), true);
    assert.equal(outlet('A man was shot on Friday. KOMO aired the video on Saturday.\n\nCopyright 2024 KOMO', 'KOMO'), true);
    assert.equal(outlet('A man was shot on Friday. KOMO aired the video on Saturday.', 'KOMO'), false);
  });

  it('should read a report credited to a station as the reporting', () => {
    assert.equal(outlet('A boy was hurt by gunfire on Saturday. A report by KQRV-TV in Reno said the gun went off by mistake.', 'KQRV-TV'), true);
    assert.equal(outlet('The driver was pronounced dead overnight. Information provided by KFOR.', 'KFOR'), true);
    assert.equal(outlet('In an interview Tuesday with KGW, the district attorney called the evidence solid.', 'KGW'), true);
  });

  it('should read the newsroom’s staff, crews, shows, pages and apps', () => {
    assert.equal(outlet('KGW’s Maria Lopez contributed to this report.', 'KGW'), true);
    assert.equal(outlet('A KSNT News crew counted four police cars outside the store.', 'KSNT News'), true);
    assert.equal(outlet('Share your thoughts on the KDKA Facebook page.', 'KDKA'), true);
    assert.equal(outlet('Get alerts on your phone: download the WHIO mobile app.', 'WHIO'), true);
    assert.equal(outlet('Police have not named the man. WLKY will keep you updated as details come in.', 'WLKY'), true);
  });

  it('should read a station standing alone as a caption’s credit', () => {
    assert.equal(outlet('Police at the corner of Main and 5th on Monday. KHOU 11\n\nHOUSTON - Two men were shot.', 'KHOU'), true);
    assert.equal(outlet('Two men were hurt on Sunday.\n\nKCRA\n\nThe shooting happened at 3 p.m.', 'KCRA'), true);
  });

  it('should leave a body of call letters’ shape to the records where it acts', () => {
    // A sheriff's office is no station, in a credit's place or not.
    assert.equal(outlet('According to KCSO, the teen who rented the cabin threw a party there.', 'KCSO'), false);
    assert.equal(outlet('KCSO detectives questioned three neighbours.', 'KCSO'), false);
    assert.equal(namedAsNewsroom('Deputies said ', 'Deputies said ', ' the man fled on foot.'), false);
  });
});
