import { describe, expect, it } from 'vitest';
import { measuredWindow } from './measuredWindow';

describe('a measured window', () => {
  it('counts nothing from the warm-up', () => {
    let clock = 0;
    const window = measuredWindow(() => clock);
    window.response(200, 100, 5_000);
    window.error();
    clock = 3_000;
    window.start();
    for (let i = 1; i <= 100; i += 1) window.response(200, 10, i);
    clock = 5_000;
    expect(window.summary()).toEqual({ requestsPerSecond: 50, p50: 50, p99: 99, errors: 0, non2xx: 0, bytesPerResponse: 10 });
  });

  it('keeps failed answers out of the latencies and counts errors after the start', () => {
    let clock = 0;
    const window = measuredWindow(() => clock);
    window.start();
    window.response(200, 100, 12.4);
    window.response(500, 50, 1);
    window.error();
    clock = 1_000;
    expect(window.summary()).toEqual({ requestsPerSecond: 2, p50: 12, p99: 12, errors: 1, non2xx: 1, bytesPerResponse: 75 });
  });

  it('reports zeros for a window that saw no answers', () => {
    const window = measuredWindow(() => 0);
    window.start();
    expect(window.summary()).toEqual({ requestsPerSecond: 0, p50: 0, p99: 0, errors: 0, non2xx: 0, bytesPerResponse: 0 });
  });
});
