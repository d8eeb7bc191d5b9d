import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { deathNotBorneOut, loneWoundedDiedSince, loneWoundedIsTheDead, woundedApartFromTheDead, woundedBeforeLaterDeaths, woundedLessTheDead } from './casualty-followups.js';

const hurt = { killed: null, injured: 1 };
const dead = { killed: 1, injured: null };
/** Reports a day apart each, from 1 June. */
const daily = (...figures: ({ killed: number | null; injured: number | null } | null | undefined)[]) =>
  figures.map((casualties, i) => ({ casualties, publishedAt: `2025-06-${String(1 + i).padStart(2, '0')}T12:00:00Z` }));

describe('deathNotBorneOut', () => {
  it('should set aside a lone death that more reports of one wounded contradict, one of them a day or more after it', () => {
    assert.equal(deathNotBorneOut(daily(hurt, dead, hurt)), true);
    assert.equal(deathNotBorneOut(daily(dead, hurt, hurt)), true);
  });

  it('should keep a death told after the reports of the wounding (the victim died later)', () => {
    assert.equal(deathNotBorneOut(daily(hurt, hurt, hurt, dead)), false);
  });

  it('should keep a death when the wounding told after it was retold the same day', () => {
    const reports = [
      { casualties: hurt, publishedAt: '2025-06-01T08:00:00Z' },
      { casualties: dead, publishedAt: '2025-06-02T09:00:00Z' },
      { casualties: hurt, publishedAt: '2025-06-02T15:00:00Z' },
    ];
    assert.equal(deathNotBorneOut(reports), false);
  });

  it('should keep a death as many reports give as tell of the wounded, or more than one death', () => {
    assert.equal(deathNotBorneOut(daily(dead, hurt)), false);
    assert.equal(deathNotBorneOut(daily(dead, dead, hurt, hurt)), false);
    assert.equal(deathNotBorneOut(daily({ killed: 2, injured: null }, hurt, hurt)), false);
  });

  it('should not count reports with no figure or with other wounded as telling of the survivor', () => {
    assert.equal(deathNotBorneOut(daily(dead, null, { killed: null, injured: 3 }, undefined)), false);
  });
});

describe('woundedLessTheDead', () => {
  const first = { killed: null, injured: 5 };
  it('should take the dead from a follow-up that repeats the first count of the wounded and tells of a death since', () => {
    const text = 'A drive-by on Sunday injured five people. On Thursday police said one of the five taken to hospital had died.';
    assert.equal(woundedLessTheDead({ killed: 1, injured: 5 }, text, [first]), 4);
  });

  it('should leave a count no earlier report gave, or a report that tells of no death since', () => {
    const text = 'One of the wounded later died in hospital.';
    assert.equal(woundedLessTheDead({ killed: 1, injured: 5 }, text, [{ killed: null, injured: 4 }]), null);
    assert.equal(woundedLessTheDead({ killed: 1, injured: 5 }, 'A man was killed and five people were wounded outside a bar.', [first]), null);
  });
});

describe('loneWoundedIsTheDead', () => {
  const both = { killed: 1, injured: 1 };
  it('should take one wounded for the dead where more reports tell of the death and of no one wounded', () => {
    assert.equal(loneWoundedIsTheDead([{ casualties: both }, { casualties: dead }, { casualties: dead }]), true);
    assert.equal(loneWoundedIsTheDead([{ casualties: hurt }, { casualties: dead }, { casualties: { killed: 2, injured: null } }]), true);
  });

  it('should keep the wounded as many reports give as tell of the death alone, or where reports count no death', () => {
    assert.equal(loneWoundedIsTheDead([{ casualties: both }, { casualties: dead }]), false);
    assert.equal(loneWoundedIsTheDead([{ casualties: both }, { casualties: hurt }, { casualties: dead }, { casualties: dead }]), false);
    assert.equal(loneWoundedIsTheDead([{ casualties: hurt }, { casualties: null }, { casualties: { killed: 0, injured: null } }, {}]), false);
  });

  it('should keep one wounded that a report of no death bears out by counting the dead and one more as hurt', () => {
    const two = { killed: null, injured: 2 };
    // "A girl and her mother were shot", then "the girl has died" told alone more often than "her mother was also shot".
    assert.equal(loneWoundedIsTheDead([{ casualties: two }, { casualties: both }, { casualties: dead }, { casualties: dead }], 1), false);
    // Without the deaths known, or where that report counts only the dead, the deaths alone still outvote it.
    assert.equal(loneWoundedIsTheDead([{ casualties: two }, { casualties: both }, { casualties: dead }, { casualties: dead }]), true);
    assert.equal(loneWoundedIsTheDead([{ casualties: hurt }, { casualties: both }, { casualties: dead }, { casualties: dead }, { casualties: dead }], 1), true);
  });
});

describe('woundedApartFromTheDead', () => {
  const report = (killed: number | null, injured: number | null) => ({ casualties: { killed, injured } });
  it('should take the lower of two counts as often given, one the other plus the dead, both told beside the deaths', () => {
    assert.equal(woundedApartFromTheDead([report(1, 3), report(1, 4)], 1, 4), 3);
    assert.equal(woundedApartFromTheDead([report(2, 5), report(2, 7), report(null, 7), report(2, 5)], 2, 7), 5);
  });

  it('should keep a count given more often, one beside no death, one of one wounded, or where no one died', () => {
    assert.equal(woundedApartFromTheDead([report(1, 3), report(1, 4), report(1, 4)], 1, 4), 4);
    assert.equal(woundedApartFromTheDead([report(1, 3), report(null, 4)], 1, 4), 4);
    assert.equal(woundedApartFromTheDead([report(1, 1), report(1, 2)], 1, 2), 2);
    assert.equal(woundedApartFromTheDead([report(null, 3), report(null, 4)], null, 4), 4);
  });
});

describe('woundedBeforeLaterDeaths', () => {
  it('should take from a report\'s wounded the deaths a later report tells beyond its own', () => {
    // "One killed, one wounded", then "the second victim has died": no one left wounded.
    assert.equal(woundedBeforeLaterDeaths({ killed: 1, injured: 1 }, 2, [{ killed: 2, injured: null }]), null);
    // "Two dead, three hurt", then "a third victim died": two wounded left.
    assert.equal(woundedBeforeLaterDeaths({ killed: 2, injured: 3 }, 3, [{ killed: 3, injured: 2 }]), 2);
  });

  it('should keep the wounded where the later report of the toll still gives as many (the gunman died since)', () => {
    assert.equal(woundedBeforeLaterDeaths({ killed: 2, injured: 2 }, 3, [{ killed: 3, injured: 2 }]), undefined);
  });

  it('should take an earlier report of the toll with the same total of dead and wounded', () => {
    assert.equal(woundedBeforeLaterDeaths({ killed: 1, injured: 4 }, 2, [], [{ killed: 2, injured: 3 }]), 3);
    assert.equal(woundedBeforeLaterDeaths({ killed: 1, injured: 4 }, 2, [], [{ killed: 2, injured: 1 }]), undefined);
  });

  it('should not apply without a later report of the toll, or to a report of no death or of the full toll', () => {
    assert.equal(woundedBeforeLaterDeaths({ killed: 1, injured: 3 }, 2, [{ killed: 1, injured: 3 }]), undefined);
    assert.equal(woundedBeforeLaterDeaths({ killed: null, injured: 3 }, 2, [{ killed: 2, injured: null }]), undefined);
    assert.equal(woundedBeforeLaterDeaths({ killed: 2, injured: 3 }, 2, [{ killed: 2, injured: null }]), undefined);
  });
});

describe('loneWoundedDiedSince', () => {
  const both = { killed: 1, injured: 1 };
  it('should take one wounded told first and one death told a day or more later for the same person', () => {
    assert.equal(loneWoundedDiedSince(daily(hurt, both)), true);
    assert.equal(loneWoundedDiedSince(daily(hurt, hurt, dead, both)), true);
    assert.equal(loneWoundedDiedSince(daily(null, hurt, dead)), true);
  });

  it('should keep the wounded where the first report told a death, or more than one hurt, or the death only the same day', () => {
    assert.equal(loneWoundedDiedSince(daily(both, hurt, dead)), false);
    assert.equal(loneWoundedDiedSince(daily(hurt, { killed: 1, injured: 2 })), false);
    assert.equal(loneWoundedDiedSince(daily({ killed: null, injured: 2 }, both)), false);
    const sameDay = [
      { casualties: hurt, publishedAt: '2025-06-01T08:00:00Z' },
      { casualties: both, publishedAt: '2025-06-01T10:00:00Z' },
    ];
    assert.equal(loneWoundedDiedSince(sameDay), false);
  });

  it('should keep the wounded where fewer reports tell the death than the wounding alone', () => {
    assert.equal(loneWoundedDiedSince(daily(hurt, hurt, both)), false);
  });
});
