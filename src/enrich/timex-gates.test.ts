import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ANAPHORA_RULES } from './timex-anaphora.js';
import { DURATION_RULES } from './timex-durations.js';
import { FINANCE_RULES, MONTH_QUARTER_RULES } from './timex-finance.js';
import { FRACTION_RULES } from './timex-fractions.js';
import { WEEK_OF_RULES } from './timex-week-of.js';
import { COUNT_RANGE_RULES } from './timex-count-range.js';
import { CLOCK_PART_RULES } from './timex-clock-part.js';
import { HOLIDAY_RULES } from './timex-holidays.js';
import { MONTH_NAME_RULES } from './timex-month-names.js';
import { PERIOD_RULES, SPOKEN_YEAR_RULES, YEAR_RULES } from './timex-periods.js';
import { RELATIVE_RULES } from './timex-relative.js';
import { SAME_PERIOD_RULES } from './timex-same-period.js';
import type { Rule } from './timex-rules.js';
import { WEEK_DAY_RULES } from './timex-week-day.js';

const RULES: readonly Rule[] = [...DURATION_RULES, ...MONTH_QUARTER_RULES, ...PERIOD_RULES, ...SPOKEN_YEAR_RULES, ...YEAR_RULES, ...RELATIVE_RULES, ...HOLIDAY_RULES, ...MONTH_NAME_RULES, ...FINANCE_RULES, ...ANAPHORA_RULES, ...WEEK_DAY_RULES, ...FRACTION_RULES, ...WEEK_OF_RULES, ...COUNT_RANGE_RULES, ...CLOCK_PART_RULES, ...SAME_PERIOD_RULES];

/** Sentences written for this test, each with something one of the rules reads. */
const SENTENCES = [
  'The plant makes 40 tons a day and hires twice a Year.',
  'Profit in the 1998 quarter rose; the latest period was weaker.',
  'Sales for The Fiscal Year ended in March grew, as did the year to June.',
  'In 2014 the mill closed, and in fiscal 1999 it had opened.',
  'It is Currently closed, and right NOW nobody knows; things were better these days and at present.',
  'Recently the town grew; in recent years and decades ago it was smaller, and lately it shrank.',
  'Someday, some day or one day the road will be finished.',
  'Early this week, late last Month and the coming decade were named.',
  'That same day the team left; the following week it came back, and the year before it lost.',
  'Officers arrived at 2230 HOURS and again at 0615 hours.',
  'They met on Tuesday Last Week, and Next Week\'s Friday was set.',
  'The party ruled for a Quarter Century, and Half a Century Ago it was banned.',
  'Sales rose in the week of Oct. 12 and fell in The Week Of May 8.',
  'The work takes Six To Eight WEEKS, or 2-3 Days.',
  'He said At The Time that he met her The Other Day, and Two Hundred Years earlier a dozen years passed.',
  'The truce began at 0600 GMT, at 1200 UTC shelling resumed, and it ended at 1800 Local Time.',
  'Trading ended at Five In The Afternoon, and at 9 O\'clock At Night the rally began.',
  'In The Last Half Hour and over the past Quarter Century, prices rose.',
  'Profit fell from The Same Period Last Year and from the comparable QUARTER of 1988.',
];

function lets(rule: Rule, text: string): boolean {
  const when = rule.when;
  if (!when) return true;
  return when instanceof RegExp ? when.test(text) : when.some((word) => text.toLowerCase().includes(word));
}

describe('the timex rules\' gates', () => {
  it('should let every sentence a rule reads through its gate', () => {
    let read = 0;
    for (const rule of RULES) {
      for (const text of SENTENCES) {
        rule.pattern.lastIndex = 0;
        const matches = rule.pattern.exec(text) !== null;
        rule.pattern.lastIndex = 0;
        if (!matches) continue;
        read++;
        assert.ok(lets(rule, text), `${rule.pattern.source.slice(0, 60)} on "${text}"`);
      }
    }
    // The sentences do reach the rules (a bank that matched nothing would prove nothing).
    assert.ok(read >= 10, `only ${read} readings`);
  });
});
