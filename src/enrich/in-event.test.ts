import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { earlierParts } from './in-event.js';

describe('earlierParts', () => {
  const body = 'Rioters stormed the Tallinn archive on Friday. The crowd had raided the Narva archive on Monday.';
  const sentence = { start: 47, end: body.length };
  const read = (near: boolean) => ({
    body,
    sentences: [{ start: 0, end: 46 }, sentence],
    timexes: [],
    eventDate: { value: '2026-05-08', anchoring: 'stated' as const, fallback: false, text: 'Friday', sentence: body.slice(0, 46) },
    related: [{ description: 'Raid on Narva archive', date: '2026-05-04', sentence: body.slice(sentence.start), ...sentence, ...(near ? { near: true as const } : {}) }],
  });

  it("should leave the sentence of a mention of a near day to the event's own people until a stored event answers it", () => {
    assert.deepEqual(earlierParts(read(true)).earlierSpans, []);
    assert.equal(earlierParts(read(false)).earlierSpans.length, 1, 'a mention far enough back is an earlier event');
  });

  it('should give a near day\'s sentence to the earlier event where it sets that event against this one ("Unlike Monday\'s raid")', () => {
    const text = "Rioters stormed the Tallinn archive on Friday. Unlike Monday's raid on the Narva archive, led by the Grey Wolves club, no files were burnt.";
    const span = { start: 47, end: text.length };
    const read = {
      body: text,
      sentences: [{ start: 0, end: 46 }, span],
      timexes: [],
      eventDate: { value: '2026-05-08', anchoring: 'stated' as const, fallback: false, text: 'Friday', sentence: text.slice(0, 46) },
      related: [{ description: 'Raid on Narva archive', date: '2026-05-04', sentence: text.slice(span.start), ...span, near: true as const }],
    };
    const { earlierSpans, elsewhere } = earlierParts(read);
    assert.equal(earlierSpans.length, 1);
    const club = text.indexOf('Grey Wolves');
    assert.equal(elsewhere({ start: club, end: club + 11 }), true, "the club took part in Monday's raid, not in Friday's");
  });

  it("should leave the main clause after a contrast's phrase to this event (review75)", () => {
    const text = "Robbers raided a jewellery store in Leeds on Monday. Unlike last year's raid on the same street, police caught the gang within hours, arresting Daniel Marsh near the station.";
    const second = { start: 52, end: text.length };
    const lastYear = text.indexOf("last year");
    const read = {
      body: text,
      sentences: [{ start: 0, end: 51 }, second],
      timexes: [{ type: 'DATE' as const, value: '2025', text: 'last year', start: lastYear, end: lastYear + 9 }],
      eventDate: { value: '2026-05-04', anchoring: 'stated' as const, fallback: false, text: 'Monday', sentence: text.slice(0, 51) },
      related: [],
    };
    const marsh = text.indexOf('Daniel Marsh');
    assert.equal(earlierParts(read as unknown as Parameters<typeof earlierParts>[0]).elsewhere({ start: marsh, end: marsh + 12 }), false);
  });
});

describe('earlierParts: who acts on the own day before an earlier event is named', () => {
  const body = "The Andean Court of Justice on Monday rejected the appeal against last month's tariff ruling. Lawyers for the exporters had filed it in the spring.";
  const read = {
    body,
    sentences: [{ start: 0, end: 92 }, { start: 93, end: body.length }],
    timexes: [
      { text: 'Monday', value: '2031-06-09', type: 'DATE' as const, start: 32, end: 38, anchoring: 'inferred' as const },
      { text: 'last month', value: '2031-05', type: 'DATE' as const, start: 65, end: 75, anchoring: 'inferred' as const },
    ],
    eventDate: { value: '2031-06-09', anchoring: 'inferred' as const, fallback: false, text: 'Monday', sentence: body.slice(0, 92) },
    related: [{ description: 'Tariff ruling', date: '2031-05', sentence: body.slice(0, 92), start: 0, end: 92 }],
  };

  it("should keep the subject of the own day's act in the event, and leave what follows the earlier date to the earlier event", () => {
    const { elsewhere } = earlierParts(read);
    assert.equal(elsewhere({ start: 4, end: 27 }), false, 'the court rules on Monday');
    assert.equal(elsewhere({ start: 76, end: 82 }), true, 'after the earlier date: the earlier ruling');
  });
});
