import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { namedAsReportingOutlet } from './station-credit.js';

/** The first mention of `name` in `body` (after `from`), as an entity span. */
const outlet = (body: string, name: string, from = 0): boolean => {
  const start = body.indexOf(name, from);
  return namedAsReportingOutlet(body, { text: name, start, end: start + name.length });
};

describe('namedAsReportingOutlet', () => {
  it('should read call letters told, crediting or signing off as the reporting', () => {
    assert.equal(outlet('A neighbour told WKRN she heard four shots.', 'WKRN'), true);
    assert.equal(outlet('The boy later died, his aunt told KTVX on Sunday.', 'KTVX'), true);
    assert.equal(outlet('The deputy confirmed to WBKO that the man was armed.', 'WBKO'), true);
    assert.equal(outlet('Two men were hurt. (Source: WALB)', 'WALB'), true);
    assert.equal(outlet('Copyright 2016 WALB. All rights reserved.', 'WALB'), true);
    assert.equal(outlet('Stay with KCRA for updates on this story.', 'KCRA'), true);
    assert.equal(outlet('WIAT has a reporter at the site; more as we learn it.', 'WIAT'), true);
    assert.equal(outlet('The suspect was armed, according to CBS affiliate KUTV.', 'KUTV'), true);
    assert.equal(outlet('The victim was 19, according to KMOV.', 'KMOV'), true);
    assert.equal(outlet('WKRN reported that the cyclist was hurt in the arm.', 'WKRN'), true);
    assert.equal(outlet('KGTV 10 has learned the gun was stolen.', 'KGTV 10'), true);
    assert.equal(outlet('A neighbour told KHOU 11 News she heard shots.', 'KHOU'), true);
    assert.equal(outlet('“I ran,” a neighbour told KXYZ 6 News. “Then I hid.”', 'KXYZ 6 News'), true);
    assert.equal(outlet('WXYZ-TV says the club had closed at 2 a.m.', 'WXYZ-TV'), true);
    assert.equal(outlet('KXYZ Action 7 News is following the story as it unfolds.', 'KXYZ Action 7 News'), true);
    assert.equal(outlet('The road was shut, according to KNX 1070 NEWSRADIO.', 'KNX 1070 NEWSRADIO'), true);
    assert.equal(outlet('A photo from WNCT shows the burned car.', 'WNCT'), true);
    assert.equal(outlet('Neighbours who spoke to KARK say the boy was 9.', 'KARK'), true);
    assert.equal(outlet('KXII, the CBS affiliate for Sherman, says the driver was 71.', 'KXII'), true);
    assert.equal(outlet('WETM-TV in Elmira reported two arrests.', 'WETM-TV'), true);
    assert.equal(outlet('Stay with Channel 9 and WZQT.com tonight for more.', 'WZQT.com'), true);
    assert.equal(outlet('KQRV and Fox 11 will bring viewers more overnight.', 'KQRV'), true);
  });

  it('should read a bracket of call letters alone as a credit', () => {
    assert.equal(outlet('Police taped off the yard on Friday. (WSMV)\nA boy was shot.', 'WSMV'), true);
    assert.equal(outlet('Text above.\nDAYTON, Ohio (WDTN) – A man was shot.', 'WDTN'), true);
    assert.equal(outlet('Text above.\nDAYTON, Ohio(WDTN) - A man was shot.', 'WDTN'), true);
    assert.equal(outlet('A vigil on July 4, 2016 (KOIN)\nMore text.', 'KOIN'), true);
    assert.equal(outlet('Text above.\nChattanooga (WDEF) Two men were shot on Monday.', 'WDEF'), true);
    assert.equal(outlet('Deputies at the house. (Source: Ann Lee/KSLA News 12)', 'KSLA'), true);
    assert.equal(outlet('Two men were hurt. (Ann Lee/KCTV)', 'KCTV'), true);
  });

  it('should read papers in the same contexts', () => {
    assert.equal(outlet('Copyright 2016 Houston Chronicle', 'Houston Chronicle'), true);
    assert.equal(outlet('A teacher spoke with the Dayton Herald about the boy.', 'Dayton Herald'), true);
  });

  it('should keep a station the event happens to', () => {
    assert.equal(outlet('A gunman fired at the WKRN building on Monday.', 'WKRN'), false);
    assert.equal(outlet('The man sued KMOV over the broadcast.', 'KMOV'), false);
  });

  it('should keep acronyms of the shape of call letters where they act', () => {
    assert.equal(outlet('The outbreak is over, according to WHO.', 'WHO'), false);
    assert.equal(outlet('Two riders failed tests, according to WADA.', 'WADA'), false);
    assert.equal(outlet('KCSO confirmed the driver died there.', 'KCSO'), false);
    assert.equal(outlet('A witness told KCSO deputies the car sped off.', 'KCSO'), false);
    assert.equal(outlet("The Kern County Sheriff's Office (KCSO) said the man was armed.", 'KCSO'), false);
    assert.equal(outlet("Call the Kern County Sheriff's Office (KCSO)\nMore text.", 'KCSO'), false);
    assert.equal(outlet('KCNA said the launch was a success.', 'KCNA'), false);
    assert.equal(outlet('A man robbed a KFC on Main Street.', 'KFC'), false);
    assert.equal(outlet('Text above.\nKansas City Police (KCPD) said two men were shot.', 'KCPD'), false);
    assert.equal(outlet('KSP says the teen shot himself by accident.', 'KSP'), false);
    assert.equal(outlet('An autopsy by the State Medical Examiner is planned for Tuesday.', 'State Medical Examiner'), false);
    assert.equal(outlet('The Lake County Medical Examiner said the man died of a wound.', 'Lake County Medical Examiner'), false);
  });

  it('should keep acronym bodies named in a sign-off, credit or told context (review 62)', () => {
    assert.equal(outlet('Hospitals were told to follow WHO guidelines on masks.', 'WHO'), false);
    assert.equal(outlet('Cases rose by 40% in a week (Source: WHO).', 'WHO'), false);
    assert.equal(outlet('The ministry told WHO that 12 people had died.', 'WHO'), false);
    assert.equal(outlet('The ministry told WHO.', 'WHO'), false);
    assert.equal(outlet('Aid agencies watch WFP distributions closely.', 'WFP'), false);
    assert.equal(outlet('Rice was provided to WFP.', 'WFP'), false);
    assert.equal(outlet('Fans can follow WWE on its app.', 'WWE'), false);
    assert.equal(outlet('The family flew via KLM to Amsterdam.', 'KLM'), false);
    assert.equal(outlet('Police told KCSO deputies to wait.', 'KCSO'), false);
    assert.equal(outlet('Figures are rising. (Source: KDHE)', 'KDHE'), false);
  });

  it('should still read a sign-off that opens a sentence and a sure station in a credit', () => {
    assert.equal(outlet('A neighbour told WXYZ that she heard shots.', 'WXYZ'), true);
    assert.equal(outlet('Two men were hurt. Watch WKRN at 6 for more.', 'WKRN'), true);
    assert.equal(outlet('Follow WGN for updates.', 'WGN'), true);
    assert.equal(outlet('No one was held. Stay with KQXJ for the latest.', 'KQXJ'), true);
    assert.equal(outlet('Download the KQXJ app for alerts.', 'KQXJ'), true);
    assert.equal(outlet('The show aired. Stay tuned to WHO-TV for more.', 'WHO-TV'), true);
  });
});
