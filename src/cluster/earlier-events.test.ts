import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enrichedArticle } from '../../test/articles.js';
import { earlierEventDays, setsApart } from './earlier-events.js';
import { articleFeatures, buildProfile } from './features.js';
import { eventsToMerge } from './merges.js';
import { joinThreshold, similarity } from './similarity.js';

const stats = { documents: 0, df: new Map<string, number>() };

// Two launches four days apart, told by one outlet in the same words (written for this test).
const tuesday = enrichedArticle(
  'SEOUL -- North Korea fired a ballistic missile into the sea off its east coast on Tuesday morning, the Joint Chiefs of Staff said. The missile was fired from near Pyongyang and flew about 900 kilometers, JCS spokesperson Col. Park Min-ho said.',
  { title: 'North Korea fires ballistic missile', outlet: 'Han River Herald', publishedAt: '2026-04-07T02:00:00Z' },
);
const saturday = enrichedArticle(
  'SEOUL -- North Korea fired several cruise missiles into the sea off its west coast from near Pyongyang on Saturday, the Joint Chiefs of Staff said, four days after it launched a ballistic missile. The missiles flew for about two hours, JCS spokesperson Col. Park Min-ho said.',
  { title: 'North Korea fires cruise missiles', outlet: 'Han River Herald', publishedAt: '2026-04-11T03:00:00Z' },
);

describe('earlierEventDays', () => {
  it('should count back from the article own day to an earlier event it sets apart', () => {
    assert.equal(saturday.eventDate?.value, '2026-04-11');
    assert.deepEqual(earlierEventDays(saturday), ['2026-04-07']);
    assert.deepEqual(earlierEventDays(tuesday), []);
  });

  it('should give nothing where the article is dated to the earlier day itself (an aftermath)', () => {
    const arrest = enrichedArticle('Police arrested a man on Friday, three days after a shooting at a bar in Dayton left two people dead.', { publishedAt: '2026-04-11T03:00:00Z' });
    assert.deepEqual(earlierEventDays(arrest), []);
    // A death is the aftermath of the shooting, not an event of its own; a span told roughly gives no day.
    const died = enrichedArticle('Police confirmed on Tuesday that a girl died two days after she was shot outside her home.', { publishedAt: '2026-04-08T03:00:00Z' });
    assert.deepEqual(earlierEventDays(died), []);
    const roughly = enrichedArticle('On Sunday a gunman shot and killed three deputies, less than two weeks after police there shot a man.', { publishedAt: '2026-04-13T03:00:00Z' });
    assert.deepEqual(earlierEventDays(roughly), []);
  });

  it('should give the day of a vote a court challenge names by its month and day, not a weekday vote', () => {
    // Published Wednesday 2026-03-18: the challenge was filed on Tuesday, the election was on March 8.
    const challenge = enrichedArticle('Opposition leader Marta Sedlak on Tuesday asked the Supreme Court to annul the March 8 parliamentary election, saying the count had been falsified.', { title: 'Opposition challenges vote', outlet: 'Danube Post', publishedAt: '2026-03-18T09:00:00Z' });
    assert.equal(challenge.eventDate?.value, '2026-03-17');
    assert.deepEqual(earlierEventDays(challenge), ['2026-03-08']);
    // "the Sunday vote" may be the article's own: a weekday names no earlier vote here.
    const results = enrichedArticle('Officials on Tuesday published the results of the Sunday vote in three regions.', { title: 'Results out', outlet: 'Danube Post', publishedAt: '2026-03-18T09:00:00Z' });
    assert.deepEqual(earlierEventDays(results), []);
  });

  it("should give the days of an agreement the article names by a recent day or week, not of a crime", () => {
    // Published Thursday 2026-03-26: the shelling was on Wednesday, the ceasefire on Thursday 19 March.
    const breach = enrichedArticle("At least 14 people were killed on Wednesday when shells struck a crowded market in El Fasher, in the most serious breach yet of last week's ceasefire, local medics said.\n\nThe RSF accused the army of violating the truce signed in Doha last Thursday.", { title: 'Market shelling tests Sudan ceasefire', outlet: 'Altitude Times', publishedAt: '2026-03-26T10:05:00Z' });
    assert.equal(breach.eventDate?.value, '2026-03-25');
    const days = earlierEventDays(breach);
    assert.ok(days.includes('2026-03-19') && days.includes('2026-03-16') && days.includes('2026-03-22'), JSON.stringify(days));
    assert.ok(!days.includes('2026-03-25') && !days.includes('2026-03-24'));
    // An arrest in last week's shooting follows the shooting: no day set apart.
    const arrest = enrichedArticle("Police on Wednesday arrested a man in connection with last week's shooting at a bar in Dayton.", { publishedAt: '2026-03-26T10:05:00Z' });
    assert.deepEqual(earlierEventDays(arrest), []);
  });
});

describe('setsApart', () => {
  it('should set apart an event whose every day is an earlier event named, not one that also holds the own day', () => {
    assert.equal(setsApart(['2026-04-07'], ['2026-04-11'], ['2026-04-07', '2026-04-08']), true);
    assert.equal(setsApart(['2026-04-07'], ['2026-04-11'], ['2026-04-07', '2026-04-11']), false);
    assert.equal(setsApart([], ['2026-04-11'], ['2026-04-07']), false);
  });
});

describe('two launches four days apart', () => {
  it('should keep apart in either order, and not merge them on a report that tells both', () => {
    const threshold = joinThreshold();
    const later = similarity(articleFeatures(saturday), buildProfile([articleFeatures(tuesday)]), stats);
    assert.ok(later.total < threshold, JSON.stringify(later));
    const earlier = similarity(articleFeatures(tuesday), buildProfile([articleFeatures(saturday)]), stats);
    assert.ok(earlier.total < threshold, JSON.stringify(earlier));
    const a = { eventId: 'a', profile: buildProfile([articleFeatures(tuesday)]), score: { total: 0.99 } };
    const b = { eventId: 'b', profile: buildProfile([articleFeatures(saturday)]), score: { total: 0.98 } };
    assert.deepEqual(eventsToMerge([a, b], 0.5), []);
  });

  it("should give the days of sanctions, a veto or a joint statement an article names as an earlier step", () => {
    // Published Saturday 2027-06-12: the article's own act is Friday's; the others came before it.
    const step = enrichedArticle("BERLIN - Germany on Friday froze the assets of three shipping firms. The decision follows the sanctions announced by the Foreign Office in London on Tuesday and Moscow's veto at the Security Council on June 3.", { outlet: 'Rhine Post', publishedAt: '2027-06-12T08:00:00Z' });
    assert.equal(step.eventDate?.value, '2027-06-11');
    assert.deepEqual(earlierEventDays(step), ['2027-06-03', '2027-06-08']);
    // A statement of the police is no earlier act of its own.
    const police = enrichedArticle('A man was shot on Friday outside a bar in Dayton. In a statement issued on Tuesday the police had warned of fights there.', { publishedAt: '2027-06-12T08:00:00Z' });
    assert.deepEqual(earlierEventDays(police), []);
  });
});
