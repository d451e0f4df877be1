// The reader-page settings (issue 20): SITE_TIME_ZONE and VIEWS_FLUSH_INTERVAL_MS, parsed at
// start-up; a bad value stops the server with a message that says what is expected.
import { expect, it } from 'vitest';
import { loadConfig } from './config';

it('reads SITE_TIME_ZONE as the IANA name, UTC by default', () => {
  expect(loadConfig({}).siteTimeZone).toBe('UTC');
  expect(loadConfig({ SITE_TIME_ZONE: 'Europe/Moscow' }).siteTimeZone).toBe('Europe/Moscow');
  // Intl's own spelling, whatever the case typed.
  expect(loadConfig({ SITE_TIME_ZONE: 'europe/paris' }).siteTimeZone).toBe('Europe/Paris');
});

it('refuses a time zone the runtime does not know', () => {
  expect(() => loadConfig({ SITE_TIME_ZONE: 'Moscow' })).toThrow(
    'SITE_TIME_ZONE must be an IANA time zone such as UTC or Europe/Moscow, not "Moscow".',
  );
  expect(() => loadConfig({ SITE_TIME_ZONE: '+03:00x' })).toThrow('SITE_TIME_ZONE must be an IANA time zone');
});

it('reads VIEWS_FLUSH_INTERVAL_MS, 5 s by default, 0 allowed', () => {
  expect(loadConfig({}).viewsFlushIntervalMs).toBe(5_000);
  expect(loadConfig({ VIEWS_FLUSH_INTERVAL_MS: '0' }).viewsFlushIntervalMs).toBe(0);
  expect(() => loadConfig({ VIEWS_FLUSH_INTERVAL_MS: 'soon' })).toThrow('VIEWS_FLUSH_INTERVAL_MS must be a whole number');
});
