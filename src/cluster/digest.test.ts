import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isDigest } from './digest.js';

describe('isDigest', () => {
  it("should know a weekly round-up by its headline's label and its several days", () => {
    const body = 'Four incidents were logged on the river this week.\n\nOn Monday a barge lost power near the lock. On Thursday two fishing boats collided in fog.';
    assert.equal(isDigest({ headline: 'Week 12 round-up: a busy river', body }), true);
    assert.equal(isDigest({ headline: 'Daily security digest: three boardings in the gulf', body }), true);
  });

  it("should know the round-ups' labels before a colon, after a bar, or as the whole headline", () => {
    const body = 'On Monday a lorry shed its load on the M62 near Goole. On Wednesday a fire closed the library in Selby. On Friday two men were arrested in Howden after a break-in.';
    for (const headline of ['Week in review: lorries, fires and arrests', 'What happened this week', 'News in brief | Goole Courier', 'The week ahead', 'The week in Selby']) {
      assert.equal(isDigest({ headline, body }), true, headline);
    }
  });

  it('should not take a "weekend" or "review" word, or a report of one event in steps, for a round-up', () => {
    const storm = 'HALIFAX, England — A storm flooded 140 homes in Halifax on Saturday, the fire service said. On Monday the council said it would look again at its flood barriers.';
    assert.equal(isDigest({ headline: 'Weekend storm prompts review of flood barriers', body: storm }), false);
    const shooting = 'A man was shot dead on Saturday night in Walthamstow. Police named him on Monday as a 23-year-old delivery rider.';
    assert.equal(isDigest({ headline: 'Weekend shooting under review as police name victim', body: shooting }), false);
    // The label names a round-up, but its body tells one storm: no digest.
    assert.equal(isDigest({ headline: 'Weekly review: the Halifax floods', body: storm }), false);
  });

  it("should not take a week-long event's report for a subject's week, however many days it names", () => {
    const body = 'The show opened on Monday. The model fainted on the runway on Tuesday and was sent home on Wednesday.';
    assert.equal(isDigest({ headline: 'Milan Fashion Week: model faints on runway', body }), false);
  });

  it('should not take a one-day story with a round-up mark, nor a report without the mark, as a digest', () => {
    assert.equal(isDigest({ headline: 'Roundup: flood waters recede', body: 'Water levels fell on Tuesday across the valley, officials said.' }), false);
    assert.equal(isDigest({ headline: 'Barge loses power near the lock', body: 'A barge lost power on Monday; tugs towed it clear on Tuesday.' }), false);
  });
});

describe('isDigest: a round-up of no period', () => {
  it('should not take a city round-up that fronts one incident for a digest', () => {
    const body = 'A woman was shot at her home on Monday night, police said. On Tuesday a man was wounded outside a bar.';
    assert.equal(isDigest({ headline: 'Man shoots his neighbour: Metro Roundup', body }), false);
  });
});

describe('isDigest: a subject\'s week, or a week told act by act', () => {
  it('should know a headline that names its subject\'s week, with three days told', () => {
    const body = 'Shipping had a rough week.\n\nOn Monday a tanker was boarded off Oman. On Wednesday a port strike began in Antwerp. On Saturday a freighter lost containers in the Bay of Biscay.';
    assert.equal(isDigest({ headline: 'Shipping week: a boarding, a strike and lost boxes', body }), true);
    assert.equal(isDigest({ headline: 'The week in shipping', body }), true);
    assert.equal(isDigest({ headline: 'This week in ports: strikes and storms', body }), true);
  });

  it('should not take a week-long event\'s report with two days, nor "Last week:", for a digest', () => {
    const body = 'Models walked out of a show on Tuesday; the organisers apologised on Wednesday.';
    assert.equal(isDigest({ headline: 'Fashion Week: models walk out over pay', body }), false);
    const three = 'A storm hit the coast on Monday. Power returned on Wednesday and schools reopened on Friday.';
    assert.equal(isDigest({ headline: 'Last week: the storm that shut the coast', body: three }), false);
  });

  it('should know a body framed by "last week" that tells three kinds of state act on three days', () => {
    const body = 'Governments were busy last week. On Monday Pakistan test-fired a cruise missile from the Arabian Sea. On Wednesday Canada sanctioned six shipping firms. On Friday the Security Council adopted a resolution on Haiti.';
    assert.equal(isDigest({ headline: 'Seven days of tension', body }), true);
  });

  it("should not take one bill's passage, or one launch and its answers, told this week for a digest", () => {
    const bill = 'This week Parliament ended months of delay. The Senate passed the housing bill on Tuesday. The president signed it on Wednesday. On Thursday the ministry designated four agencies under the new law.';
    assert.equal(isDigest({ headline: 'Housing law signed after months of delay', body: bill }), false);
    const launch = 'North Korea fired a ballistic missile on Monday, its second launch this week. Seoul sanctioned three shipping firms on Tuesday. Tokyo called an emergency meeting on Wednesday.';
    assert.equal(isDigest({ headline: 'North Korea fires ballistic missile', body: launch }), false);
  });

  it('should not take a shooting told over three days, with "last week", for a digest', () => {
    const body = 'A man shot last week in Dunmore has died, police said. He was shot on Monday outside a bar, died on Wednesday, and a suspect was arrested and charged on Friday.';
    assert.equal(isDigest({ headline: 'Man shot outside Dunmore bar dies', body }), false);
  });
});
