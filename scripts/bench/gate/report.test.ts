import { expect, it } from 'vitest';
import { formatGateBench } from './report.ts';

it('prints one aligned row per event count and the cost of 100 more events', () => {
  const text = formatGateBench([
    { events: 4, firstRun: 30, eventPages: 1, secondRun: 18, secondRunWrites: 0, ms: 500 },
    { events: 1004, firstRun: 40, eventPages: 11, secondRun: 28, secondRunWrites: 0, ms: 900 },
  ]);
  expect(text.split('\n')[0]).toBe('| label events | requests, 1st run | event pages | requests, 2nd run | writes, 2nd run | 2nd run ms |');
  expect(text).toContain('|         1004 |                40 |          11 |                28 |               0 |        900 |');
  expect(text).toContain('requests per 100 extra events (2nd run): 1.00 (aim: 1)');
  expect(text).toContain('constant part (2nd run at 4 events): 18 requests');
});
