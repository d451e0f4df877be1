import { expect, it } from 'vitest';
import { hasReaderMarker } from '@newsroom/rules/readerMarker';
import { createReaderCookieSigner, readerCookieName } from './readerCookie';

const secret = 'reader-cookie-test-secret-0123456789abcdef';
const cookieHeaderFrom = (setCookie: string) => `theme=dark; ${setCookie.split(';')[0]}`;

it('accepts the cookie it issued and refuses a forged or altered one', () => {
  const signer = createReaderCookieSigner(secret);
  const {
    readerId,
    setCookies: [setCookie = ''],
  } = signer.issue(false);
  expect(setCookie).toMatch(new RegExp(`^${readerCookieName}=[^;]+; Path=/; Max-Age=\\d+; HttpOnly; SameSite=Lax$`));
  expect(signer.readerIdFrom(cookieHeaderFrom(setCookie))).toBe(readerId);

  const other = createReaderCookieSigner('another-secret-0123456789abcdef0123456789');
  expect(other.readerIdFrom(cookieHeaderFrom(setCookie))).toBeUndefined();
  const chosenId = 'A'.repeat(22);
  const signature = setCookie.split(';')[0]!.split('.')[1];
  expect(signer.readerIdFrom(`${readerCookieName}=${chosenId}.${signature}`)).toBeUndefined();
  expect(signer.readerIdFrom(`${readerCookieName}=${readerId}`)).toBeUndefined();
  expect(signer.readerIdFrom(undefined)).toBeUndefined();
  for (const cookie of signer.issue(true).setCookies) expect(cookie).toMatch(/; Secure$/);
});

it('remembers verified values, never refused ones, and no more than it is allowed', () => {
  const signer = createReaderCookieSigner(secret, { remember: 2 });
  const issued = [signer.issue(false), signer.issue(false), signer.issue(false)];
  expect(signer.readerIdFrom(`${readerCookieName}=${'B'.repeat(22)}.forged`)).toBeUndefined();
  expect(signer.remembered).toBe(0);

  for (const { setCookies } of issued) signer.readerIdFrom(cookieHeaderFrom(setCookies[0]!));
  expect(signer.remembered).toBe(2);
  // A reader forgotten to make room is verified again, not refused.
  expect(issued.map(({ setCookies }) => signer.readerIdFrom(cookieHeaderFrom(setCookies[0]!)))).toEqual(
    issued.map(({ readerId }) => readerId),
  );
  // A forged value sent twice is refused twice: only checked signatures are remembered.
  const forged = `${readerCookieName}=${issued[0]!.readerId}.${'x'.repeat(43)}`;
  expect([signer.readerIdFrom(forged), signer.readerIdFrom(forged)]).toEqual([undefined, undefined]);
});

it("issues, beside the HttpOnly reader cookie, a marker the page's script can read, holding nothing but 1", () => {
  const [, marker = ''] = createReaderCookieSigner(secret).issue(false).setCookies;
  expect(marker).toMatch(/^nr_known=1; Path=\/; Max-Age=\d+; SameSite=Lax$/);
  expect(marker).not.toMatch(/HttpOnly/);
  expect(hasReaderMarker(`theme=dark; ${marker.split(';')[0]}`)).toBe(true);
  expect(hasReaderMarker('nr_known=0; theme=dark')).toBe(false);
  expect(hasReaderMarker(undefined)).toBe(false);
});
