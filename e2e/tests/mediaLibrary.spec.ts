// The media library in a real browser: an editor uploads a photo (made here with sharp) in
// the article editor with alt text, saves and publishes the article, and its page shows a
// <picture> offering AVIF and WebP, with the 1200×630 JPEG as og:image in the HTML the
// server renders (ADR 018); the library page then finds the picture and edits its caption.
import { expect, test, type Page } from '@playwright/test';
import sharp from 'sharp';
import { e2eAccounts } from '../playwright.config';

const mark = () => Date.now().toString(36);

async function signIn(page: Page) {
  await page.goto('/desk/sign-in');
  await page.getByLabel('Login').fill(e2eAccounts.editor.login);
  await page.getByLabel('Password').fill(e2eAccounts.editor.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText(/^Signed in as /)).toBeVisible();
}

/** A 1600×1000 photo-like JPEG, different on every run (the library keeps one picture per file). */
async function photo(): Promise<Buffer> {
  const width = 1600;
  const height = 1000;
  const seed = Date.now() % 251;
  const pixels = Buffer.alloc(width * height * 3);
  for (let i = 0; i < pixels.length; i++) pixels[i] = (i * 7919 + seed * 104729 + (i >> 10) * 31) & 255;
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .blur(3)
    .jpeg({ quality: 85 })
    .toBuffer();
}

test('an editor uploads a photo with alt text, publishes the article, and its page shows <picture> with AVIF and WebP', async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  const title = `Harbour photo ${mark()}`;
  const alt = 'Fishing boats moored along the harbour wall at dawn';
  await signIn(page);
  await page.getByRole('link', { name: 'New article' }).click();
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Lead').fill('The harbour in the morning.');
  await page.getByLabel('Body (CommonMark)').fill('Boats came in at six.');

  await page.getByLabel('Choose a file').setInputFiles({ name: 'harbour.jpg', mimeType: 'image/jpeg', buffer: await photo() });
  await page.getByRole('button', { name: 'Upload picture' }).click();
  // Alt text is required before anything is sent.
  await expect(page.getByRole('alert').filter({ hasText: 'alt text' })).toBeVisible();
  await page.getByLabel(/^Alt text/).fill(alt);
  await page.getByLabel('Caption', { exact: true }).fill('Dawn at the harbour.');
  await page.getByLabel('Credit').fill('E2E Photo Desk');
  await page.getByRole('button', { name: 'Upload picture' }).click();
  const chosen = page.locator('.desk-picture-chosen img');
  await expect(chosen).toHaveAttribute('alt', alt, { timeout: 60_000 });
  await expect(chosen).toHaveAttribute('src', /\/media\/\d+\/jpeg-320\.jpg$/);

  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page).toHaveURL(/\/desk\/articles\/(?!new)[^/]+$/);
  await expect(page.locator('.desk-picture-chosen img')).toHaveAttribute('alt', alt);
  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Published.' })).toBeVisible();

  await page.getByRole('link', { name: 'View on the site' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  const picture = page.locator('.article-figure picture');
  await expect(picture.locator('source[type="image/avif"]')).toHaveAttribute(
    'srcset',
    /\/media\/\d+\/avif-320\.avif 320w, .*avif-1280\.avif 1280w/,
  );
  await expect(picture.locator('source[type="image/webp"]')).toHaveAttribute('srcset', /webp-640\.webp 640w/);
  const img = picture.locator('img');
  await expect(img).toHaveAttribute('alt', alt);
  await expect(img).toHaveAttribute('width', '1600');
  await expect(img).toHaveAttribute('height', '1000');
  await expect(page.locator('.article-figure figcaption')).toContainText('Dawn at the harbour.');
  await expect(page.locator('.article-figure figcaption')).toContainText('E2E Photo Desk');
  // The browser loaded one of the variants (AVIF, as Chromium supports it).
  await expect
    .poll(() => img.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth > 0 && element.currentSrc))
    .toMatch(/\.avif$/);

  // Its box is the picture's shape before a byte of it arrives: no layout shift when it loads.
  const unloaded = await page.context().newPage();
  await unloaded.route('**/media/**', (route) => route.abort());
  await unloaded.goto(page.url());
  const box = await unloaded.locator('.article-figure picture img').boundingBox();
  expect(box!.width).toBeGreaterThan(0);
  expect(Math.abs(box!.height - (box!.width * 1000) / 1600)).toBeLessThan(2);
  await unloaded.close();

  // The HTML the server sends, before any script: <picture> and the social card.
  const html = await (await request.get(page.url())).text();
  expect(html).toMatch(/<picture><source type="image\/avif" srcSet="[^"]*avif-320\.avif 320w/);
  expect(html).toContain('type="image/webp"');
  expect(html).toMatch(/<link rel="preload" as="image" type="image\/avif" fetchPriority="high" imageSrcSet="[^"]*avif-1280\.avif 1280w"/);
  const ogImage = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
  expect(ogImage).toMatch(/^http:\/\/[^/]+\/media\/\d+\/og-1200\.jpg$/);
  expect(html).toContain('<meta name="twitter:card" content="summary_large_image"/>');
  const card = await request.get(new URL(ogImage!).pathname);
  expect(card.headers()['content-type']).toBe('image/jpeg');
  expect(card.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  const size = await sharp(await card.body()).metadata();
  expect([size.width, size.height]).toEqual([1200, 630]);

  // The library page finds it by its alt text, and corrects its caption.
  await page.goto('/desk/media');
  await page.getByLabel('Search alt text, captions and credits').fill('moored along the harbour');
  const item = page.locator('.desk-media-item').filter({ has: page.locator(`img[alt="${alt}"]`) });
  await expect(item).toHaveCount(1);
  await expect(page.locator('.desk-media-item')).toHaveCount(1);
  await item.getByLabel('Caption').fill('Dawn at the harbour, from the north pier.');
  await item.getByRole('button', { name: 'Save changes' }).click();
  await expect(item.getByRole('status')).toHaveText('Saved.');
});
