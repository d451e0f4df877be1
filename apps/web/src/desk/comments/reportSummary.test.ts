import { describe, expect, it } from 'vitest';
import { reportSummary } from './reportSummary';

describe('reportSummary', () => {
  it('counts the reports and lists their reasons, the most given first', () => {
    expect(
      reportSummary(3, [
        { reason: 'OFF_TOPIC', count: 1 },
        { reason: 'SPAM', count: 2 },
      ]),
    ).toBe('3 reports: Spam 2, Off topic 1');
  });

  it('names a reason shared by every report without repeating the number', () => {
    expect(reportSummary(1, [{ reason: 'SPAM', count: 1 }])).toBe('1 report: Spam');
    expect(reportSummary(4, [{ reason: 'ABUSE', count: 4 }])).toBe('4 reports: Abuse');
  });

  it('orders reasons given equally often as the readers’ form does', () => {
    expect(
      reportSummary(3, [
        { reason: 'OTHER', count: 1 },
        { reason: 'OFF_TOPIC', count: 1 },
        { reason: 'ABUSE', count: 1 },
      ]),
    ).toBe('3 reports: Abuse 1, Off topic 1, Other 1');
  });

  it('does not reorder the list it was given (it comes from the cache, which is frozen)', () => {
    const reasons = Object.freeze([
      Object.freeze({ reason: 'OTHER' as const, count: 1 }),
      Object.freeze({ reason: 'SPAM' as const, count: 2 }),
    ]);
    expect(reportSummary(3, reasons)).toBe('3 reports: Spam 2, Other 1');
    expect(reasons.map((entry) => entry.reason)).toEqual(['OTHER', 'SPAM']);
  });

  it('leaves out reasons nobody gave and copes with no breakdown at all', () => {
    expect(
      reportSummary(2, [
        { reason: 'SPAM', count: 2 },
        { reason: 'ABUSE', count: 0 },
      ]),
    ).toBe('2 reports: Spam');
    expect(reportSummary(2, [])).toBe('2 reports');
  });
});
