import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { numberedNoticeDate } from './numbered-notice.js';

describe('numberedNoticeDate', () => {
  it("should read the day of an office's numbered notice line", () => {
    assert.equal(numberedNoticeDate('Incident 031-22 -- 14 June 2022')?.slice(0, 10), '2022-06-14');
    assert.equal(numberedNoticeDate('Advisory No. 5/2023 | 2 March 2023')?.slice(0, 10), '2023-03-02');
    assert.equal(numberedNoticeDate('WARNING 77/19 - 30 October 2019')?.slice(0, 10), '2019-10-30');
  });

  it('should leave a sentence, a line with no serial or a line whose rest is not a date', () => {
    assert.equal(numberedNoticeDate('Incident report filed by the crew -- 14 June 2022'), null);
    assert.equal(numberedNoticeDate('Alert 12 -- vessels should keep clear of the area'), null);
    assert.equal(numberedNoticeDate('Incident -- 14 June 2022'), null);
  });
});
