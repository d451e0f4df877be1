// A developer opens the playground from a browser and runs a query. GraphiQL is bundled
// with the app: nothing may load from any other host.
import { expect, test } from '@playwright/test';
import { sampleArticles } from '@newsroom/db/seed/sampleContent';
import { expectOnlySameOriginRequests } from './sameOrigin';

// A fixed sample article, not the newest: other specs publish articles of their own.
const article = sampleArticles.find((candidate) => candidate.language === 'en')!;

test('GET /graphql in a browser opens GraphiQL, which runs a query', async ({ page }) => {
  const checkRequests = expectOnlySameOriginRequests(page);
  await page.goto('/graphql');
  const editor = page.locator('.graphiql-query-editor .monaco-editor').first();
  await expect(editor).toBeVisible({ timeout: 20_000 });
  await editor.click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  // insertText bypasses the editor's bracket auto-closing.
  await page.keyboard.insertText(`{ article(slug: "${article.slug}") { title } }`);
  // GraphiQL reads the operation from the editor after a short debounce: run until the
  // response shows this query's answer.
  await expect(async () => {
    await page.getByRole('button', { name: /execute query/i }).click();
    await expect(page.locator('.graphiql-response')).toContainText(article.title, { timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  checkRequests();
});
