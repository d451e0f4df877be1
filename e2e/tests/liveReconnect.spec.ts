// The article page's live socket, lost: the server closes it (1012, as when its event stream
// came back after a gap) and refuses new ones for a moment, another reader votes and comments
// meanwhile, and the page must come back with both, though their events went to no one.
import { expect, test, type WebSocketRoute } from '@playwright/test';
import { sampleArticles } from '@newsroom/db/seed/sampleContent';
import { commentsReady } from './hydration';

// No other spec rates or comments on this article (Russian: a section without premoderation).
const article = sampleArticles.find((candidate) => candidate.slug === 'v-krasnolese-sobrali-rekordnyj-urozhaj-kartofelya')!;
const counted = (text: string) => new RegExp(`^${text.replace(' ', '\\s')}$`);

test('after its socket is closed, the page reconnects and shows the vote and comment it missed', async ({ page, playwright, baseURL }) => {
  // Every socket the page opens goes through here: passed on to the server, or, while the
  // server is "down", closed at once.
  const open: { page: WebSocketRoute; server: WebSocketRoute }[] = [];
  const subscribed: string[] = [];
  let down = false;
  await page.routeWebSocket('**/graphql', (socket) => {
    if (down) return socket.close({ code: 1012, reason: 'restarting' });
    const server = socket.connectToServer();
    socket.onMessage((message) => {
      const { type, payload } = JSON.parse(String(message)) as { type: string; payload?: { query?: string } };
      if (type === 'subscribe') subscribed.push(payload?.query?.match(/ratingChanged|commentAdded/)?.[0] ?? 'other');
      server.send(message);
    });
    open.push({ page: socket, server });
  });

  await page.goto(`/article/${article.slug}`);
  const rating = page.getByRole('region', { name: 'Оцените' });
  await expect(rating.getByText('Оценок пока нет')).toBeVisible();
  await commentsReady(page);
  const commentCount = page.locator('section.comments .count');
  await expect(commentCount).toHaveText('0');
  await expect.poll(() => [...subscribed].sort()).toEqual(['commentAdded', 'ratingChanged']);

  down = true;
  const { page: pageSide, server } = open.at(-1)!;
  await pageSide.close({ code: 1012, reason: 'events resumed; refetch' });
  await server.close();

  // Another reader votes and comments while the page has no socket.
  const reader = await playwright.request.newContext({ baseURL });
  try {
    const call = async (query: string, variables: Record<string, unknown>) => {
      const response = await reader.post('/graphql', { data: { query, variables } });
      expect(response.ok()).toBe(true);
      const answer = await response.json();
      expect(answer.errors).toBeUndefined();
      return answer.data;
    };
    const { article: found } = await call('query($slug: String!) { article(slug: $slug) { id } }', { slug: article.slug });
    const { rateArticle } = await call('mutation($input: RateArticleInput!) { rateArticle(input: $input) { __typename } }', {
      input: { articleId: found.id, score: 5 },
    });
    expect(rateArticle.__typename).toBe('RateArticleSuccess');
    const { addComment } = await call('mutation($input: AddCommentInput!) { addComment(input: $input) { __typename } }', {
      input: { articleId: found.id, authorName: 'Вера', body: 'Хороший год для фермеров.' },
    });
    expect(addComment.__typename).toBe('AddCommentSuccess');
  } finally {
    await reader.dispose();
  }
  down = false;

  // Back with the next attempt (within a few seconds), the page asks again for what it missed.
  await expect(rating.locator('.rating-count')).toHaveText(counted('1 голос'));
  await expect(rating.locator('.rating-average')).toHaveText('5,0');
  await expect(commentCount).toHaveText('1');
  await expect.poll(() => [...subscribed].sort()).toEqual(['commentAdded', 'commentAdded', 'ratingChanged', 'ratingChanged']);
});
