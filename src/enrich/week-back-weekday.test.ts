import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { weekBackWeekday } from './week-back-weekday.js';

const DAY = 86400000;
// Published on Sunday 2026-03-15; "Monday" read back is 2026-03-09, six days before.
const published = Date.UTC(2026, 2, 15);
const monday = Date.UTC(2026, 2, 9);

function check(body: string, day: string, at = monday): boolean {
  const start = body.indexOf(day);
  return weekBackWeekday(body, day, start, start + day.length, at, published);
}

describe('weekBackWeekday', () => {
  it('should flag a bare weekday read six days back', () => {
    assert.equal(check('Deputies searched the woods behind the school Monday and found a rifle.', 'Monday'), true);
    assert.equal(check('A man was wounded Monday night on Elm Street.', 'Monday night'), true);
  });

  it('should keep a weekday the text puts in the past week or names the incident by', () => {
    assert.equal(check('Last Monday, the boy was playing in the yard when the rifle went off.', 'Monday'), false);
    assert.equal(check("A teenager was charged on Saturday in Monday's drive-by shooting on Oak Avenue.", 'Monday'), false);
    assert.equal(check('Detectives are still looking for the driver in the Monday shooting.', 'Monday'), false);
  });

  it('should keep days nearer the publication, and dates written with a number', () => {
    assert.equal(check('A man was wounded Tuesday on Elm Street.', 'Tuesday', monday + DAY), false);
    assert.equal(check('A man was wounded on March 9 on Elm Street.', 'March 9'), false);
  });

  it('should keep a weekday whose date the writer gives in brackets beside it', () => {
    assert.equal(check('The suspect was arrested Monday afternoon (March 9) at a motel near the highway.', 'Monday afternoon'), false);
    assert.equal(check('The suspect was arrested Monday (3/9) at a motel near the highway.', 'Monday'), false);
    assert.equal(check('The suspect was arrested Monday (in a motel) near the highway.', 'Monday'), true);
  });
});
