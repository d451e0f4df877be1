import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

// Playwright cannot download its own browsers on these machines: drive Debian's
// chromium (the binary itself, which avoids the wrapper script's warning).
const chromium = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((candidate): candidate is string =>
  Boolean(candidate && existsSync(candidate)),
);
const port = Number(process.env.E2E_PORT ?? 4173);
/** A second server, with TRUSTED_DOCUMENTS=only, for tests/trustedDocuments.spec.ts. */
const trustedPort = port + 1;
const trustedSpec = /trustedDocuments\.spec\.ts$/;
export const e2eEditorToken = 'e2e-editor-token-0123456789abcdef0123456789';
/** Accounts startServer.sh creates for the desk journeys. */
export const e2eAccounts = {
  editor: { login: 'e2e-editor', password: 'e2e-editor-password-123' },
  moderator: { login: 'e2e-moderator', password: 'e2e-moderator-password-123' },
  admin: { login: 'e2e-admin', password: 'e2e-admin-password-123' },
};

export default defineConfig({
  testDir: './tests',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromium,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [
    { name: 'chromium', testIgnore: trustedSpec, use: { browserName: 'chromium' } },
    {
      name: 'trusted-documents',
      testMatch: trustedSpec,
      use: { browserName: 'chromium', baseURL: `http://127.0.0.1:${trustedPort}` },
    },
  ],
  // The production build (pnpm build) served by the real server over a throwaway
  // embedded database seeded with the sample content and three newsroom accounts; the
  // second, alike, accepts only the web build's registered operations from anonymous clients.
  webServer: [port, trustedPort].map((serverPort) => ({
    command: 'sh ./startServer.sh',
    url: `http://127.0.0.1:${serverPort}/healthz`,
    timeout: 120_000,
    reuseExistingServer: false,
    env: {
      PORT: String(serverPort),
      ...(serverPort === trustedPort ? { TRUSTED_DOCUMENTS: 'only' } : {}),
      HOST: '127.0.0.1',
      EDITOR_TOKEN: e2eEditorToken,
      E2E_EDITOR_PASSWORD: e2eAccounts.editor.password,
      E2E_MODERATOR_PASSWORD: e2eAccounts.moderator.password,
      E2E_ADMIN_PASSWORD: e2eAccounts.admin.password,
      // Scheduled articles go live within a second (publishing.spec.ts); the default is 5 s.
      SCHEDULER_INTERVAL_MS: '1000',
      // Article views reach "most read" within half a second (reading.spec.ts); the default is 5 s.
      VIEWS_FLUSH_INTERVAL_MS: '500',
      // The popular lists re-ranked every second, so a spec sees its reads and comments rank.
      POPULAR_LISTS_REFRESH_SECONDS: '1',
      // Every spec's reader comes from 127.0.0.1: the whole suite posts more than the default
      // 30 comments an hour from one address, and the specs after the thirtieth were refused.
      COMMENTS_PER_ADDRESS_PER_HOUR: '10000',
      // The server's access lines would flood the test output (ADR 029); LOG_LEVEL=info shows them.
      LOG_LEVEL: process.env.LOG_LEVEL || 'warn',
      // Several builds can be tested side by side: E2E_WEB_DIST picks one (default apps/web/dist).
      ...(process.env.E2E_WEB_DIST ? { WEB_DIST: process.env.E2E_WEB_DIST } : {}),
    },
    stdout: 'pipe' as const,
  })),
});
