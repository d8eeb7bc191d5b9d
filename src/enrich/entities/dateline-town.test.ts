import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Entity } from '../../model/types.js';
import { datelineTownsAsPlaces } from './dateline-town.js';

function at(body: string, text: string, type: Entity['type']): Entity {
  const start = body.indexOf(text);
  return { text, type, start, end: start + text.length };
}

describe('datelineTownsAsPlaces', () => {
  it("should make the dateline's town read as a body in capitals that town, with its country", () => {
    const body = 'REDMOND, Wash. (Reuters) - Microsoft said on Friday that hackers had read some emails.';
    const entities = [at(body, 'REDMOND', 'organization'), at(body, 'Reuters', 'organization')];
    datelineTownsAsPlaces(body, entities);
    assert.deepEqual(entities.map((e) => [e.type, e.text, e.country ?? null]), [['location', 'REDMOND', 'US'], ['organization', 'Reuters', null]]);
  });

  it('should leave a body in capitals that opens a report with no dateline', () => {
    const body = 'NATO said on Friday that its members would meet in Brussels.';
    const entities = [at(body, 'NATO', 'organization')];
    datelineTownsAsPlaces(body, entities);
    assert.equal(entities[0]!.type, 'organization');
  });
});

describe('datelineTownsAsPlaces, a town the names left unread', () => {
  it('should add the dateline\'s town in capitals with a state after it that no name holds', () => {
    // The tagger reads a common word in capitals ("MOBILE", "READING") as no name at all.
    const body = 'MOBILE, Ala. — A man was shot while he talked on his mobile phone outside a store, police said.';
    const entities = [at(body, 'Ala', 'location')];
    datelineTownsAsPlaces(body, entities);
    assert.deepEqual(entities.map((e) => [e.type, e.text, e.canonical ?? null, e.country ?? null]), [['location', 'Ala', null, null], ['location', 'MOBILE', 'Mobile', 'US']]);
  });

  it("should add no town for a site's label in capitals before a state", () => {
    for (const body of ['UPDATE, Ohio — A man was charged with murder on Tuesday, police said.', 'WATCH, Texas — A man was charged with murder on Tuesday.', 'VIDEO, Ala. — Firefighters fought a blaze on Friday.']) {
      const entities: Entity[] = [];
      datelineTownsAsPlaces(body, entities);
      assert.deepEqual(entities.filter((e) => /^(?:UPDATE|WATCH|VIDEO)$/.test(e.text)), [], body);
    }
  });

  it('should add no town to a dateline with no state after it, nor beside a name that already holds it', () => {
    const bare = 'MOBILE — Carriers said the mobile network went down for hours on Friday.';
    const none: Entity[] = [];
    datelineTownsAsPlaces(bare, none);
    assert.deepEqual(none, []);
    const named = 'TAMPA, Fla. — A man was shot on Friday night.';
    const entities = [at(named, 'TAMPA', 'location'), at(named, 'Fla', 'location')];
    datelineTownsAsPlaces(named, entities);
    assert.equal(entities.length, 2);
  });
});

describe('datelineTownsAsPlaces, a later line', () => {
  it('should make a town in capitals that opens a later line as a dateline a place, not a body', () => {
    const body = 'Two men were arrested in an earlier case.\n\nTORONTO — A woman was shot outside a bar late Friday, police said.';
    const entities = [at(body, 'TORONTO', 'organization')];
    datelineTownsAsPlaces(body, entities);
    assert.deepEqual(entities.map((e) => [e.type, e.canonical ?? null]), [['location', 'Toronto']]);
  });

  it("should take a town the gazetteer may not know where a US state's abbreviation follows it", () => {
    const body = 'A caption names the scene. (Credit: Channel 9)\n\nMARLOWVILLE, Ark. -- A boy was hurt when a gun went off.';
    const entities = [at(body, 'MARLOWVILLE', 'organization')];
    datelineTownsAsPlaces(body, entities);
    assert.deepEqual(entities.map((e) => [e.type, e.country ?? null]), [['location', 'US']]);
  });

  it('should take a county in capitals and a town the gazetteer cannot place in one state', () => {
    const body = 'Earlier story.\n\nHALIFAX CO. (Channel 5) — A boy was hurt on Sunday.\n\nORANGE - A man was arrested.';
    const entities = [at(body, 'HALIFAX CO.', 'organization'), at(body, 'ORANGE', 'organization')];
    datelineTownsAsPlaces(body, entities);
    assert.deepEqual(entities.map((e) => e.type), ['location', 'location']);
  });

  it('should take the signs some sites print for the dash', () => {
    const body = 'Read more stories.\nSPRINGFIELD >> City police are looking for a driver.';
    const entities = [at(body, 'SPRINGFIELD', 'person')];
    datelineTownsAsPlaces(body, entities);
    assert.equal(entities[0]!.type, 'location');
  });

  it('should leave a body in capitals that opens a line with no dateline after it, and a call sign', () => {
    const body = 'Earlier story.\nNATO said on Friday that it would meet.\nWXYZ — Police say a man was hurt.';
    const entities = [at(body, 'NATO', 'organization'), at(body, 'WXYZ', 'organization')];
    datelineTownsAsPlaces(body, entities);
    assert.deepEqual(entities.map((e) => e.type), ['organization', 'organization']);
  });

  it('should leave a body in capitals before a dash when the story names the body, and a hyphenated compound', () => {
    const body = 'Earlier story.\nNATO — The alliance said on Friday it would meet.\nNATO-Russia talks collapsed on Friday.\nDELTA — The airline cancelled 300 flights.';
    const entities = [at(body, 'NATO', 'organization'), { ...at(body, 'NATO-Russia', 'organization'), text: 'NATO', end: body.indexOf('NATO-Russia') + 4 }, at(body, 'DELTA', 'organization')];
    datelineTownsAsPlaces(body, entities);
    assert.deepEqual(entities.map((e) => e.type), ['organization', 'organization', 'organization']);
  });

  it('should leave a hamlet\'s name with no state after it, and take the real datelines the rule was made for', () => {
    const body = 'Earlier story.\nCHASE | Bank officials said.\nTAMPA — A man was hurt.\nBEEBE, Ark. - A boy was hurt.\nAUBURN, Wash. -- A woman was shot.\nTRENTON >> City police said.\nHALIFAX CO. (WSLS) — A boy was hurt.';
    const names = ['CHASE', 'TAMPA', 'BEEBE', 'AUBURN', 'TRENTON', 'HALIFAX CO.'];
    const entities = names.map((n) => at(body, n, 'organization'));
    datelineTownsAsPlaces(body, entities);
    assert.deepEqual(entities.map((e) => e.type), ['organization', 'location', 'location', 'location', 'location', 'location']);
  });
});
