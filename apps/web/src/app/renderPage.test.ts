import { defaultLimits } from '@newsroom/rules/limits';
import { expect, it } from 'vitest';
import { renderPage, type ExecuteOperation } from './renderPage';

it('hands the limits the server enforces to the browser in the page state', async () => {
  const limits = { ...defaultLimits, comment: { ...defaultLimits.comment, bodyMax: 50 } };
  const page = await renderPage('/section/none', { origin: 'http://localhost', limits, edition: 'EN', timeZone: 'UTC' }, async () => ({
    data: { section: null, sections: [] },
  }));
  expect(page.state.limits).toEqual(limits);
});

// What the home page's and the header's operations are asked, and an empty answer for each.
function recordingExecute(): { execute: ExecuteOperation; variables: Record<string, Record<string, unknown>> } {
  const variables: Record<string, Record<string, unknown>> = {};
  return {
    variables,
    execute: async (operation) => {
      variables[operation.operationName ?? ''] = operation.variables;
      return {
        data: {
          sections: [
            {
              __typename: 'Section',
              id: 'S1',
              slug: 'city',
              names: [
                { __typename: 'LocalizedName', language: 'EN', name: 'City' },
                { __typename: 'LocalizedName', language: 'RU', name: 'Город' },
              ],
            },
          ],
          articles: {
            __typename: 'ArticleConnection',
            edges: [],
            pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          },
          mostRead: [],
          mostCommented: [],
        },
      };
    },
  };
}

it("renders the home page in the reader's edition: its articles, strings, section names and switch", async () => {
  const { execute, variables } = recordingExecute();
  const page = await renderPage('/', { origin: 'http://localhost', limits: defaultLimits, edition: 'RU', timeZone: 'UTC' }, execute);
  expect(variables['HomePage']).toMatchObject({ language: 'RU' });
  expect(page.state).toMatchObject({ language: 'RU', edition: 'RU' });
  expect(page.html).toContain('Последние новости');
  expect(page.html).toContain('Здесь пока нет статей.');
  expect(page.html).toContain('>Город</a>');
  // The switch names the edition shown and links to the other, back to this page.
  expect(page.html).toMatch(/<span aria-current="true" lang="ru">Русский<\/span>/);
  expect(page.html).toContain('href="/edition?set=en&amp;back=%2F"');
});

it('renders the English edition when the server chose it', async () => {
  const { execute, variables } = recordingExecute();
  const page = await renderPage('/', { origin: 'http://localhost', limits: defaultLimits, edition: 'EN', timeZone: 'UTC' }, execute);
  expect(variables['HomePage']).toMatchObject({ language: 'EN' });
  expect(page.state).toMatchObject({ language: 'EN', edition: 'EN' });
  expect(page.html).toContain('Latest news');
  expect(page.html).toContain('>City</a>');
  expect(page.html).toContain('href="/edition?set=ru&amp;back=%2F"');
});

it('hands the site’s time zone and the reader’s chosen theme to the browser', async () => {
  const page = await renderPage(
    '/section/none',
    { origin: 'http://localhost', limits: defaultLimits, edition: 'EN', timeZone: 'Europe/Moscow', theme: 'dark' },
    async () => ({ data: { section: null, sections: [] } }),
  );
  expect(page.state).toMatchObject({ timeZone: 'Europe/Moscow', theme: 'dark' });
  // The switch in the header starts at the scheme the page is rendered in.
  expect(page.html).toMatch(/<option value="dark" selected="">/);
});
