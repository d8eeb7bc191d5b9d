import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enrichedArticle } from '../../test/articles.js';

describe('the enrich stage', () => {
  it('should take the event date from the headline when the text gives no day', () => {
    // Published on Monday 2013-10-14; the text names no day, the headline says Sunday.
    const article = enrichedArticle('Several people were wounded outside the community center, police said. Detectives want anyone who saw it to call them.', {
      title: 'Police: Several people hurt by gunfire Sunday near Harrisburg rec center',
      publishedAt: '2013-10-14',
    });
    assert.equal(article.eventDate?.value, '2013-10-13');
    assert.equal(article.eventDate?.fallback, false);
    assert.equal(article.eventDate?.sentence, 'Police: Several people hurt by gunfire Sunday near Harrisburg rec center');
  });

  it('should not count someone named only where an earlier event is told as taking part', () => {
    const article = enrichedArticle(
      'WASHINGTON (Reuters) - The Justice Department on Thursday charged Dale Whitcomb of Goodyear, Arizona, with hosting a laptop farm for North Korean IT workers, prosecutors said. In July 2025, Arizona resident Christina Chapman was sentenced to 102 months in prison for running a similar operation.',
      { title: 'Arizona man charged in North Korean IT worker scheme', publishedAt: '2026-10-15T18:00:00Z' },
    );
    assert.deepEqual(article.people.map((p) => [p.name, p.inEvent]), [['Dale Whitcomb', true], ['Christina Chapman', false]]);
  });

  it('should count someone who speaks in a sentence that refers to an earlier event as taking part', () => {
    // Published on Wednesday 2026-05-20: the talks on Tuesday; the truce and the raid were earlier.
    const article = enrichedArticle(
      "GENEVA (Lakeside Wire) - Envoys met in Geneva on Tuesday to review last month's truce in Kismayo. Petra Halloran, the U.N. envoy for Somalia, said the May 2 raid on the port had broken last month's truce. The Arab League's secretary general, Omar Fadel, opened the session and called for an inquiry into the May 2 raid. \"Nobody will forget the May 2 raid,\" said Lena Brandt. Last month's truce in Kismayo was signed by Abdi Warsame.",
      { title: 'Envoys review Somalia truce in Geneva', publishedAt: '2026-05-20T09:00:00Z' },
    );
    const inEvent = Object.fromEntries(article.people.map((p) => [p.name, p.inEvent]));
    assert.equal(inEvent['Petra Halloran'], true);
    assert.equal(inEvent['Omar Fadel'], true);
    assert.equal(inEvent['Lena Brandt'], true);
    // Named where the earlier event is told, not speaking: that event's.
    assert.equal(inEvent['Abdi Warsame'], false);
  });

  it("should take the headline's day before an earlier incident the text states", () => {
    // Published on Monday 2014-07-14: the headline's shooting was on Sunday; the text's March 2013 killing is the suspect's past.
    const article = enrichedArticle('The suspect was arrested on Saturday. He was once charged with killing a man on March 4, 2013.', {
      title: 'Man hurt in Sunday shooting on Elm Street',
      publishedAt: '2014-07-14',
    });
    assert.equal(article.eventDate?.value, '2014-07-13');
  });

  it('should count the toll of a sentence that tells the event on its day beside an earlier event it names', () => {
    // Published on Thursday 2026-03-26: the shelling on Wednesday, the ceasefire the week before.
    const article = enrichedArticle("At least 14 people were killed on Wednesday when shells struck a crowded market in El Fasher, in the most serious breach yet of last week's ceasefire, local medics said.\n\nThe committee said another 40 people were wounded in the shelling.", {
      title: 'Market shelling in El Fasher tests Sudan ceasefire',
      publishedAt: '2026-03-26T10:05:00Z',
    });
    assert.equal(article.related.length, 1);
    assert.deepEqual(article.casualties, { killed: 14, injured: 40 });
    assert.equal(article.place?.name, 'El Fasher');
  });

  it("should not count the tolls of earlier events that the text dates, only the event's own", () => {
    const quake = enrichedArticle(
      'LIMA, Peru (AP) -- A magnitude 7.1 earthquake struck southern Peru on Sunday, killing at least 17 people and injuring about 150, officials said. A magnitude 8.0 earthquake near Pisco in August 2007 killed more than 500 people. The quake of June 2001, which killed about 145 people, also struck the south.',
      { title: 'Strong quake hits southern Peru', publishedAt: '2026-11-09' },
    );
    assert.deepEqual(quake.casualties, { killed: 17, injured: 150 });
    // A meeting's story that recalls an earlier collision has no toll of its own.
    const meeting = enrichedArticle(
      'MANILA (Reuters) -- The defence ministers of Japan and the Philippines signed an agreement on Thursday. The deal follows a collision near Second Thomas Shoal on Oct. 27, injuring four Filipino sailors, the fourth such incident this year.',
      { title: 'Japan, Philippines sign defence deal', publishedAt: '2026-11-19' },
    );
    assert.equal(meeting.casualties, null);
  });
  it("should guess the seat of the county a report names by its sheriff where it names no scene, or a town only as where the wounded were taken", () => {
    const none = enrichedArticle("The Tom Green County Sheriff's Office said a boy was hurt when a rifle went off while he was cleaning it. Tom Green County deputies said no charges are expected.", { title: 'Boy hurt while cleaning rifle', publishedAt: '2015-03-02' });
    assert.deepEqual([none.place?.name, none.place?.inferred], ['San Angelo', true]);
    const hospital = enrichedArticle("Anderson County, Texas, deputies said a teenager was shot at a party late Saturday. He was airlifted to a hospital in Tyler and died there. The Anderson County Sheriff's Office wants tips from the public.", { title: 'Teen dies after party shooting', publishedAt: '2015-03-02' });
    assert.deepEqual([hospital.place?.name, hospital.place?.inferred], ['Palestine', true]);
  });

  it('should guess the seat of the county a report names where it names a town only as where people live', () => {
    const hunting = enrichedArticle("Dale Roe, 33, of Tyler, took a bullet in the thigh while deer hunting Saturday, the Anderson County Sheriff's Office in Texas said. Anderson County deputies called it an accident.", { title: 'Tyler man hurt in hunting accident', publishedAt: '2015-03-02' });
    assert.deepEqual([hunting.place?.name, hunting.place?.inferred], ['Palestine', true]);
    // Shot at his own home: the town he lives in is where it happened.
    const atHome = enrichedArticle("Dale Roe, 33, of Tyler, was wounded in the thigh at his home Saturday, the Anderson County Sheriff's Office in Texas said.", { title: 'Man hurt by gunfire', publishedAt: '2015-03-02' });
    assert.equal(atHome.place?.name, 'Tyler');
  });

  it("should guess a station's home city for a story that names no place, and only then", () => {
    const none = enrichedArticle('A boy was hurt when a handgun he found in a closet went off on Sunday, police said. Doctors think he will recover.', { title: 'Boy hurt by gun he found', publishedAt: '2015-03-02', url: 'http://www.wsbtv.com/story/boy-hurt-123' });
    assert.deepEqual([none.place?.name, none.place?.inferred], ['Atlanta', true]);
    // A story from another station of the owner keeps its town, however far from the station.
    const carried = enrichedArticle('Two men were shot outside a store in Memphis on Sunday, police said. Both are in stable condition.', { title: 'Two shot outside store', publishedAt: '2015-03-02', url: 'http://www.walb.com/story/123/two-shot' });
    assert.deepEqual([carried.place?.name, carried.place?.inferred], ['Memphis', undefined]);
  });

  it('should guess the home city of the station a carried story credits, not the host\'s', () => {
    // A Columbia station's story on a Memphis station's site, naming no town.
    const credited = enrichedArticle('A man died of gunshot wounds on Monday afternoon beside a county road, the sheriff said. A 17-year-old faces a murder charge.\n\nCopyright 2017 WIS. All rights reserved.', { title: 'Teen charged in deadly shooting', publishedAt: '2017-03-28', url: 'http://www.wmcactionnews5.com/story/123/teen-charged' });
    assert.deepEqual([credited.place?.name, credited.place?.inferred], ['Columbia', true]);
    const opening = enrichedArticle('(WMC) - Gunfire killed a man on Monday afternoon at a gas station, police said. Nobody is in custody.', { title: 'Man killed at gas station', publishedAt: '2017-03-28', url: 'http://www.walb.com/story/123/man-killed' });
    assert.deepEqual([opening.place?.name, opening.place?.inferred], ['Memphis', true]);
  });

  it("should read a station's home from the call sign its site name writes where its address is a brand", () => {
    const none = enrichedArticle('Police on Monday detained a 16-year-old over a drive-by that wounded a man last week.', { title: 'Teen held over drive-by - FOX10 News - WALA', publishedAt: '2017-03-28', url: 'http://www.fox10tv.com/story/123/arrested' });
    assert.deepEqual([none.place?.name, none.place?.inferred], ['Mobile', true]);
  });

  it("should read a paper's or station's home from its brand for a story that names no place", () => {
    const none = enrichedArticle('Police on Monday detained a 16-year-old over a drive-by that wounded a man last week.', { title: 'Teen held over drive-by', publishedAt: '2017-03-28', url: 'http://www.ajc.com/news/teen-held/123' });
    assert.deepEqual([none.place?.name, none.place?.inferred], ['Atlanta', true]);
    // Not for a page of the national desk.
    const national = enrichedArticle('Police on Monday detained a 16-year-old over a drive-by that wounded a man last week.', { title: 'Teen held over drive-by', publishedAt: '2017-03-28', url: 'http://www.ajc.com/nation-world/teen-held/123' });
    assert.equal(national.place, null);
  });

  it("should guess the outlet's home over a town named only as where the wounded were taken, where no county is named", () => {
    const taken = enrichedArticle('Police said a man hit by several bullets on a porch late Sunday was rushed to Lakeshore Mercy Medical Center in Oak Lawn and died there.', { title: 'Man killed in porch shooting', publishedAt: '2017-03-28', url: 'http://homicides.suntimes.com/story/man-killed-porch/' });
    assert.deepEqual([taken.place?.name, taken.place?.inferred], ['Chicago', true]);
  });
});
