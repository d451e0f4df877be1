import type { IncomingMessage } from 'node:http';
import { EventEmitter } from 'node:events';
import type { Duplex } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createAddressCounter, originAllowed } from './websocketAdmission';

const request = (headers: Record<string, string>) => ({ headers }) as unknown as IncomingMessage;
const config = { publicUrl: 'https://news.example', corsOrigins: ['https://partner.example'] };

describe('originAllowed', () => {
  it("lets in the site's own origin, CORS_ORIGINS and non-browsers", () => {
    expect(originAllowed(request({ origin: 'https://news.example', host: 'internal:4000' }), false, config)).toBe(true);
    expect(originAllowed(request({ origin: 'http://127.0.0.1:4281', host: '127.0.0.1:4281' }), false, config)).toBe(true);
    expect(originAllowed(request({ origin: 'https://Site.Example', host: 'site.example' }), true, config)).toBe(true);
    expect(originAllowed(request({ origin: 'https://partner.example', host: 'news.example' }), true, config)).toBe(true);
    expect(originAllowed(request({ host: 'news.example' }), true, config)).toBe(true);
  });

  it('turns away other sites, opaque origins and the other scheme', () => {
    expect(originAllowed(request({ origin: 'https://evil.example', host: 'news.example' }), true, config)).toBe(false);
    expect(originAllowed(request({ origin: 'null', host: 'news.example' }), true, config)).toBe(false);
    expect(originAllowed(request({ origin: 'http://127.0.0.1:4281', host: '127.0.0.1:4281' }), true, config)).toBe(false);
    expect(
      originAllowed(request({ origin: 'https://news.example.evil.example', host: 'news.example.evil.example:443' }), true, config),
    ).toBe(false);
  });
});

describe('createAddressCounter', () => {
  it('counts open sockets per address until they close', () => {
    const counter = createAddressCounter(2);
    const sockets = [new EventEmitter(), new EventEmitter()] as unknown as Duplex[];
    expect(sockets.map((socket) => counter.admit('10.0.0.1', socket))).toEqual([true, true]);
    expect(counter.admit('10.0.0.1', new EventEmitter() as unknown as Duplex)).toBe(false);
    expect(counter.admit('10.0.0.2', new EventEmitter() as unknown as Duplex)).toBe(true);
    sockets[0]!.emit('close');
    expect(counter.openFrom('10.0.0.1')).toBe(1);
    expect(counter.admit('10.0.0.1', new EventEmitter() as unknown as Duplex)).toBe(true);
  });
});
