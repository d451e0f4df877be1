import { expect, it } from 'vitest';
import { createReaderCookieSigner, readerCookieName } from './readerCookie';

const secret = 'reader-cookie-test-secret-0123456789abcdef';
const cookieHeaderFrom = (setCookie: string) => `theme=dark; ${setCookie.split(';')[0]}`;

it('accepts the cookie it issued and refuses a forged or altered one', () => {
  const signer = createReaderCookieSigner(secret);
  const { readerId, setCookie } = signer.issue(false);
  expect(setCookie).toMatch(new RegExp(`^${readerCookieName}=[^;]+; Path=/; Max-Age=\\d+; HttpOnly; SameSite=Lax$`));
  expect(signer.readerIdFrom(cookieHeaderFrom(setCookie))).toBe(readerId);

  const other = createReaderCookieSigner('another-secret-0123456789abcdef0123456789');
  expect(other.readerIdFrom(cookieHeaderFrom(setCookie))).toBeUndefined();
  const chosenId = 'A'.repeat(22);
  const signature = setCookie.split(';')[0]!.split('.')[1];
  expect(signer.readerIdFrom(`${readerCookieName}=${chosenId}.${signature}`)).toBeUndefined();
  expect(signer.readerIdFrom(`${readerCookieName}=${readerId}`)).toBeUndefined();
  expect(signer.readerIdFrom(undefined)).toBeUndefined();
  expect(signer.issue(true).setCookie).toMatch(/; Secure$/);
});

it('remembers verified values, never refused ones, and no more than it is allowed', () => {
  const signer = createReaderCookieSigner(secret, { remember: 2 });
  const issued = [signer.issue(false), signer.issue(false), signer.issue(false)];
  expect(signer.readerIdFrom(`${readerCookieName}=${'B'.repeat(22)}.forged`)).toBeUndefined();
  expect(signer.remembered).toBe(0);

  for (const { setCookie } of issued) signer.readerIdFrom(cookieHeaderFrom(setCookie));
  expect(signer.remembered).toBe(2);
  // A reader forgotten to make room is verified again, not refused.
  expect(issued.map(({ setCookie }) => signer.readerIdFrom(cookieHeaderFrom(setCookie)))).toEqual(issued.map(({ readerId }) => readerId));
  // A forged value sent twice is refused twice: only checked signatures are remembered.
  const forged = `${readerCookieName}=${issued[0]!.readerId}.${'x'.repeat(43)}`;
  expect([signer.readerIdFrom(forged), signer.readerIdFrom(forged)]).toEqual([undefined, undefined]);
});
