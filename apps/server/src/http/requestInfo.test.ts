import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { clientNetwork, requestInfo } from './requestInfo';

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

describe('clientNetwork', () => {
  it('counts an IPv6 client by its /64, however it writes the address', () => {
    const one = clientNetwork('2001:db8:a:b:1:2:3:4');
    expect(one).toBe('2001:db8:a:b::/64');
    expect(clientNetwork('2001:0db8:000a:000b:ffff::9')).toBe(one);
    expect(clientNetwork('2001:DB8:A:B::1')).toBe(one);
    expect(clientNetwork('2001:db8:a:c::1')).not.toBe(one);
    expect(clientNetwork('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(clientNetwork('::1')).toBe('0:0:0:0::/64');
    expect(clientNetwork('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(clientNetwork('2001:db8:a:b::1.2.3.4')).toBe(one);
  });

  it('counts an IPv4 client by its address, also when it arrives IPv4-mapped', () => {
    expect(clientNetwork('203.0.113.7')).toBe('203.0.113.7');
    expect(clientNetwork('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(clientNetwork('unknown')).toBe('unknown');
  });

  it('applies to the socket peer and to the address a trusted proxy forwarded', () => {
    expect(requestInfo(request({}, '2001:db8:a:b:1:2:3:4'), 0).clientAddress).toBe('2001:db8:a:b::/64');
    expect(requestInfo(request({}, '::ffff:10.0.0.1'), 0).clientAddress).toBe('10.0.0.1');
    expect(requestInfo(request({ 'x-forwarded-for': '2001:db8:a:b::99' }), 1).clientAddress).toBe('2001:db8:a:b::/64');
  });
});
