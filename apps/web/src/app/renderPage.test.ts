import { defaultLimits } from '@newsroom/rules/limits';
import { expect, it } from 'vitest';
import { renderPage } from './renderPage';

it('hands the limits the server enforces to the browser in the page state', async () => {
  const limits = { ...defaultLimits, comment: { ...defaultLimits.comment, bodyMax: 50 } };
  const page = await renderPage('/section/none', { origin: 'http://localhost', limits, timeZone: 'UTC' }, async () => ({
    data: { section: null, sections: [] },
  }));
  expect(page.state.limits).toEqual(limits);
});

it('hands the site’s time zone and the reader’s chosen theme to the browser', async () => {
  const page = await renderPage(
    '/section/none',
    { origin: 'http://localhost', limits: defaultLimits, timeZone: 'Europe/Moscow', theme: 'dark' },
    async () => ({ data: { section: null, sections: [] } }),
  );
  expect(page.state).toMatchObject({ timeZone: 'Europe/Moscow', theme: 'dark' });
  // The switch in the header starts at the scheme the page is rendered in.
  expect(page.html).toMatch(/<option value="dark" selected="">/);
});
