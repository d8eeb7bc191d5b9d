import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { namesAHousingDevelopment, namesAPresidency, namesAProduct, namesAPublication, namesARoad, namesASchool, namesAVenue, teamOrPeople } from './not-a-town.js';
import { enrichedArticle } from '../../test/articles.js';

const placeOf = (text: string) => enrichedArticle(text, { title: 'Report', outlet: 'Wire', publishedAt: '2026-11-20T09:00:00Z' }).place;

describe('namesAPresidency', () => {
  it("should read a surname before 'administration' or 'presidency' as a time in office, not a town", () => {
    const body = 'The rule was written under the Lincoln administration and kept through the Clinton presidency.';
    assert.ok(namesAPresidency(body, body.indexOf('Lincoln')));
    assert.ok(namesAPresidency(body, body.indexOf('Clinton')));
  });

  it("should leave a town's administration building, and a county's administration, as places", () => {
    const body = 'Voters lined up at the Lincoln administration building and the Lincoln County administration offices.';
    assert.ok(!namesAPresidency(body, body.indexOf('Lincoln')));
    assert.ok(!namesAPresidency(body, body.lastIndexOf('Lincoln')));
  });

  it('should not place a story in a town named by a presidency', () => {
    assert.equal(placeOf('The policy was introduced by the Lincoln administration, historians said, and lasted for decades.'), null);
  });
});

describe('namesARoad', () => {
  it('should read a numbered road, or a street word after a number, as no town', () => {
    const body = 'He was driving on Route 52 near Interstate 805 and turned onto 97th Avenue and 5 Street.';
    for (const word of ['Route', 'Interstate', 'Avenue', 'Street']) assert.ok(namesARoad(body, body.indexOf(word)), word);
  });

  it('should leave a town of the same word, and a street named by a town, alone', () => {
    const body = 'Avenue, a village in Maryland, sits on Leonardtown Road.';
    assert.ok(!namesARoad(body, body.indexOf('Avenue')));
    assert.ok(!namesARoad(body, body.indexOf('Road')));
  });

  it('should not place a story on a road or a street', () => {
    assert.notEqual(placeOf('Mina Pelzer was stepping out between parked vans on 131st Street and 88th Avenue shortly after 7 p.m. when a truck struck her.')?.name, 'Avenue');
    assert.notEqual(placeOf('Jackson, 25, was heading west on state Route 94 near Interstate 805 shortly before 3 a.m. when troopers stopped him.')?.name, 'Interstate');
  });
});

describe('namesAVenue', () => {
  it("should read a town's name ending in a building's word, after 'the', as the building", () => {
    const body = 'Fans cheered when the Smith Center scoreboard showed the final score.';
    const at = body.indexOf('Smith');
    assert.ok(namesAVenue(body, at, at + 'Smith Center'.length));
  });

  it('should leave the town where the text means it, and a building named after a town', () => {
    const police = 'Officers from the Smith Center police responded.';
    const town = 'A man was shot in Smith Center on Friday.';
    const hall = 'The rally at the Philadelphia Convention Center ended early.';
    assert.ok(!namesAVenue(police, police.indexOf('Smith'), police.indexOf('Smith') + 12));
    assert.ok(!namesAVenue(town, town.indexOf('Smith'), town.indexOf('Smith') + 12));
    assert.ok(!namesAVenue(hall, hall.indexOf('Philadelphia'), hall.indexOf('Philadelphia') + 12));
  });

  it('should not place a story at an arena named like a town', () => {
    assert.notEqual(placeOf('The crowd stayed late while the Smith Center scoreboard replayed the winning shot, and the coach thanked the fans.')?.name, 'Smith Center');
  });
});

describe('namesAPublication', () => {
  it('should read a place before "magazine" or a possessive issue as a publication', () => {
    const body = 'She told New York magazine, and later Vanity Fair\'s March issue, that she had left.';
    assert.ok(namesAPublication(body, body.indexOf('New York')));
    assert.ok(namesAPublication(body, body.indexOf('Vanity')));
  });

  it("should leave a town's possessive that is no issue alone", () => {
    const body = "Boston's first murder of the year happened in Roxbury.";
    assert.ok(!namesAPublication(body, 0));
  });
});

describe('teamOrPeople', () => {
  it('should read a capitalised plural the text writes after "the" as a team', () => {
    const body = 'The Chiefs (2-13) almost spoiled the night in Chiefs red.';
    assert.ok(teamOrPeople('Chiefs', body));
    assert.ok(!teamOrPeople('Galvez', 'The fire broke out at her home in Galvez.'));
  });

  it('should not place a story in a team the text names', () => {
    assert.equal(placeOf('The Chiefs (2-13) almost spoiled the holiday for the visitors, dressed in Chiefs red from head to toe.')?.name ?? null, null);
  });
});

describe('namesASchool', () => {
  it("should read a place's name before a school's kind as the school's", () => {
    const body = 'He was wounded on the block facing Oak Hill Elementary School. She was a 2016 Central High graduate. He taught at Lodi Middle School in Lodi.';
    const end = (name: string): number => body.indexOf(name) + name.length;
    assert.ok(namesASchool(body, end('Oak Hill')));
    assert.ok(namesASchool(body, end('Central High') - ' High'.length));
    assert.ok(namesASchool(body, end('Lodi Middle') - ' Middle'.length));
    // The town the school is in, named after it, is the town.
    assert.ok(!namesASchool(body, body.lastIndexOf('Lodi') + 4));
  });

  it('should read a name taken whole with its school kind as the school, not a town written with its state', () => {
    const body = 'The suspect, a 2019 Central High alumnus, was arrested. He had moved from Central High, Okla.';
    const start = body.indexOf('Central High');
    assert.ok(namesASchool(body, start + 'Central High'.length, start));
    const town = body.lastIndexOf('Central High');
    assert.ok(!namesASchool(body, town + 'Central High'.length, town));
  });

  it('should leave a town whose name the text writes before other words', () => {
    const body = 'A man was shot in Oak Hill on Friday, Oak Hill police said.';
    assert.ok(!namesASchool(body, body.indexOf('Oak Hill') + 8));
    assert.ok(!namesASchool(body, body.lastIndexOf('Oak Hill') + 8));
  });
});


describe('namesAHousingDevelopment', () => {
  const at = (text: string, name: string): boolean => namesAHousingDevelopment(text, text.indexOf(name), text.indexOf(name) + name.length);

  it("should tell a housing development's name from its town", () => {
    assert.equal(at('A boy was wounded in Riverton Dwellings on Friday.', 'Riverton'), true);
    assert.equal(at('Officers were called to the Oakdale Apartments around noon.', 'Oakdale'), true);
    assert.equal(at('Officers happened to be at the Fairview Village apartment complex for an unrelated call.', 'Fairview'), true);
  });

  it('should place a story in a housing development by the rest of its text', () => {
    assert.equal(placeOf('A girl was wounded in Bedford Dwellings on Friday afternoon. Pittsburgh police are hunting the gunman.')?.name, 'Pittsburgh');
  });

  it('should keep a town named before a lower-case kind without "the", and a town alone', () => {
    assert.equal(at('A man was shot at a Memphis apartment complex on Sunday.', 'Memphis'), false);
    assert.equal(at('A man was shot in Riverton on Friday.', 'Riverton'), false);
  });
});

describe('namesAProduct', () => {
  it("should tell a maker's product from a town the lead sets after 'in'", () => {
    const at = (body: string, name: string) => namesAProduct(body, body.indexOf(name), body.indexOf(name) + name.length);
    assert.equal(at('Hackers used a flaw in Corvane VPN appliances.', 'Corvane VPN'), true);
    assert.equal(at('Hackers used a flaw in Halvardix routers.', 'Halvardix'), true);
    assert.equal(at('A man was shot in Halvardix on Friday.', 'Halvardix'), false);
    assert.equal(at('Two people were hurt in Lakeport after a crash.', 'Lakeport'), false);
  });

  it('should read a product word after a hyphen, or a name after a CVE identifier, as a product', () => {
    const at = (body: string, name: string) => namesAProduct(body, body.indexOf(name), body.indexOf(name) + name.length);
    assert.equal(at('Hackers used CVE-2026-10442 in Corvane SSL-VPN and stole data.', 'Corvane SSL-VPN'), true);
    assert.equal(at('Hackers exploited CVE-2026-10442 in Halvardix before it was patched.', 'Halvardix'), true);
    assert.equal(at('A clinic in Stratford-on-Avon was hit by CVE-2026-10442 attacks.', 'Stratford-on-Avon'), false);
  });

  it("should not read 'Cloud' closing a name as a product word", () => {
    const body = 'A car hit a cyclist in St. Cloud on Friday.';
    assert.equal(namesAProduct(body, body.indexOf('St. Cloud'), body.indexOf('St. Cloud') + 'St. Cloud'.length), false);
  });
});

describe('namesASchool, with the tagger holding only the first word of the school name', () => {
  it('should read a word followed by more capitalised words and a school kind as part of the school name', () => {
    const body = 'Gunfire rang out near Elm Ridge Elementary School before noon.';
    assert.ok(namesASchool(body, body.indexOf('Elm') + 'Elm'.length));
    assert.ok(namesASchool('Officers gathered outside Birch Crossing Valley Academy.', 'Officers gathered outside Birch'.length));
  });

  it('should not stretch across a comma or a lower-case word to reach a school', () => {
    const body = 'A man was shot in Elmwood, Cedar Ridge High School said.';
    assert.ok(!namesASchool(body, body.indexOf('Elmwood') + 'Elmwood'.length));
    const later = 'A man was shot in Elmwood near Cedar Ridge High School.';
    assert.ok(!namesASchool(later, later.indexOf('Elmwood') + 'Elmwood'.length));
  });
});
