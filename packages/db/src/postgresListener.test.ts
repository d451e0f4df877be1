// The LISTEN connection's back-off between reconnects (postgresListener.ts).
import { expect, it } from 'vitest';
import { reconnectDelay } from './postgresListener';

it('waits 100 ms doubling to 5 s between reconnects, less up to half at random', () => {
  const delays = { minMs: 100, maxMs: 5_000 };
  const most = Array.from({ length: 9 }, (_, attempt) => reconnectDelay(attempt, delays, () => 1));
  expect(most).toEqual([100, 200, 400, 800, 1_600, 3_200, 5_000, 5_000, 5_000]);
  expect(reconnectDelay(0, delays, () => 0)).toBe(50);
  expect(reconnectDelay(1_000, delays, () => 0)).toBe(2_500);
});
