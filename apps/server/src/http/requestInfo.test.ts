import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { requestInfo } from './requestInfo';

const request = (headers: Record<string, string | string[]>, remoteAddress = '10.0.0.1') =>
  ({ headers, socket: { remoteAddress } }) as unknown as IncomingMessage;

describe('requestInfo', () => {
  it('ignores forwarding headers unless a proxy is trusted', () => {
    expect(requestInfo(request({ 'x-forwarded-for': '1.2.3.4', 'x-forwarded-proto': 'https' }), 0)).toEqual({
      clientAddress: '10.0.0.1',
      secure: false,
    });
  });

  it('takes the address the trusted proxy appended, not the leftmost one the client wrote', () => {
    const forged = request({ 'x-forwarded-for': '6.6.6.6, 203.0.113.7' });
    expect(requestInfo(forged, 1).clientAddress).toBe('203.0.113.7');
  });

  it('counts hops from the right through a chain of trusted proxies', () => {
    // client-written, real client, CDN edge (appended by our load balancer); peer is the load balancer.
    const chain = request({ 'x-forwarded-for': ['6.6.6.6, 203.0.113.7', '198.51.100.9'] });
    expect(requestInfo(chain, 2).clientAddress).toBe('203.0.113.7');
    expect(requestInfo(chain, 1).clientAddress).toBe('198.51.100.9');
  });

  it('falls back to the leftmost entry when there are fewer entries than trusted hops', () => {
    expect(requestInfo(request({ 'x-forwarded-for': '203.0.113.7' }), 3).clientAddress).toBe('203.0.113.7');
    expect(requestInfo(request({}), 2).clientAddress).toBe('10.0.0.1');
  });

  it('believes the scheme our nearest proxy saw', () => {
    expect(requestInfo(request({ 'x-forwarded-proto': 'http, https' }), 1).secure).toBe(true);
    expect(requestInfo(request({ 'x-forwarded-proto': 'https, http' }), 1).secure).toBe(false);
  });
});
