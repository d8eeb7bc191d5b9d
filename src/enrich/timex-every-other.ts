/**
 * Sets that skip: "every other Thursday", "every second Tuesday", "every third day". TimeML marks the
 * set the day or unit belongs to (`XXXX-WXX-4`, as "every Thursday") or the length between two
 * occurrences ("every third day" `P3D`, as "every other day" is `P2D`). chrono-node had read the bare
 * weekday as last or next Thursday, and the rule for "every second" the length `PT1S` before
 * "Tuesday". Only after "every": "They saw each other Monday" is a date.
 */
import type { Rule, RuleValue } from './timex-rules.js';
import { durationValue, PARTS_OF_DAY } from './timex-durations.js';
import { WEEKDAYS } from './timex-relative.js';

const STEPS: Record<string, number> = { alternate: 2, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6 };
const set = (value: string): RuleValue => ({ value, type: 'SET', stated: true });

export const EVERY_OTHER_RULES: readonly Rule[] = [
  {
    when: ['every other', 'every alternate', 'every second', 'every third', 'every fourth', 'every fifth', 'every sixth'],
    // "every other week" is the lengths' rule's (timex-durations.ts); the ordinals are this one's.
    pattern: /\bevery\s+(?:(?:other|alternate|second|third|fourth|fifth|sixth)\s+((?:mon|tues|wednes|thurs|fri|satur|sun)day)(?:\s+(morning|afternoon|evening|night))?|(alternate|second|third|fourth|fifth|sixth)\s+(minute|hour|day|week|month|quarter|year))\b(?!-)/gi,
    read: (m) => {
      if (m[1]) {
        const part = m[2] ? `T${PARTS_OF_DAY[m[2].toLowerCase()]!}` : '';
        return set(`XXXX-WXX-${WEEKDAYS.indexOf(m[1].toLowerCase()) + 1}${part}`);
      }
      return set(durationValue(STEPS[m[3]!.toLowerCase()]!, m[4]!));
    },
  },
];
