import { defaultLimits } from '@newsroom/rules/limits';
import { expect, it } from 'vitest';
import { renderPage } from './renderPage';

it('hands the limits the server enforces to the browser in the page state', async () => {
  const limits = { ...defaultLimits, comment: { ...defaultLimits.comment, bodyMax: 50 } };
  const page = await renderPage('/section/none', { origin: 'http://localhost', limits }, async () => ({
    data: { section: null, sections: [] },
  }));
  expect(page.state.limits).toEqual(limits);
});
