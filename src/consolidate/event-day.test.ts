import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enrichedArticle } from '../../test/articles.js';
import { chooseDate, dayNumber } from './event-day.js';

describe('chooseDate', () => {
  it("should take the day most of the first days' reports give, with the sentence that writes it", () => {
    // Published on Monday 2026-06-08: two reports date the stabbing Saturday, one by the vigil on Sunday.
    const reports = [
      enrichedArticle('A man was stabbed outside a bakery on Quay Street on Saturday, police said.', { title: 'Man stabbed on Quay Street', outlet: 'Harbour Herald', publishedAt: '2026-06-08T08:00:00Z' }),
      enrichedArticle('Neighbors held a vigil on Sunday for a man who was stabbed on Quay Street. The stabbing happened Saturday afternoon.', { title: 'Vigil on Quay Street', outlet: 'Bay Courier', publishedAt: '2026-06-08T10:00:00Z' }),
      enrichedArticle('The man stabbed Saturday on Quay Street was a baker who worked nearby, his family said.', { title: 'Quay Street victim named', outlet: 'Coast Daily', publishedAt: '2026-06-08T12:00:00Z' }),
    ];
    const chosen = chooseDate(reports);
    assert.equal(chosen?.value, '2026-06-06');
    assert.equal(chosen?.anchoring, 'inferred');
    assert.match(chosen?.evidence ?? '', /Saturday/);
  });

  it("should leave out a follow-up's own day, a week after the first report", () => {
    const first = enrichedArticle('Two women were wounded by gunfire on Pine Avenue on Friday night, officers said.', { title: 'Two hurt on Pine Avenue', outlet: 'Harbour Herald', publishedAt: '2026-06-06T08:00:00Z' });
    const later = [1, 2].map((i) =>
      enrichedArticle('A 22-year-old man was arrested on Thursday in the Pine Avenue shooting, police said.', { title: `Arrest in Pine Avenue shooting ${i}`, outlet: `Outlet ${i}`, publishedAt: '2026-06-12T08:00:00Z' }),
    );
    assert.equal(chooseDate([first, ...later])?.value, '2026-06-05');
  });

  it('should count a report four days after the first among the first days', () => {
    // Friday 2026-06-05: one report dates the shooting Thursday; the next day's and a Tuesday story four
    // days after the first both tell it as early Friday. With three days the two days tied, and the earlier won.
    const reports = [
      enrichedArticle('Police said a man was wounded in the arm on Elm Street on Thursday.', { title: 'Man shot on Elm Street', outlet: 'Harbour Herald', publishedAt: '2026-06-05T12:00:00Z' }),
      enrichedArticle('A man was shot on Elm Street early Friday morning, officers said.', { title: 'Elm Street shooting', outlet: 'Bay Courier', publishedAt: '2026-06-06T12:00:00Z' }),
      enrichedArticle('The man who was shot early Friday on Elm Street is a retired teacher, his family said.', { title: 'Elm Street victim named', outlet: 'Coast Daily', publishedAt: '2026-06-09T12:00:00Z' }),
    ];
    assert.deepEqual(reports.map((r) => r.eventDate?.value), ['2026-06-04', '2026-06-05', '2026-06-05']);
    assert.equal(chooseDate(reports)?.value, '2026-06-05');
  });

  it('should give no day for no reports, and read days only from day-precise values', () => {
    assert.equal(chooseDate([]), null);
    assert.equal(dayNumber('1970-01-02T10:00'), 1);
    assert.equal(dayNumber('2026-06'), null);
  });
});
