import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config';
import { logger } from '../platform/logger';

/**
 * The secret that signs reader cookies: COOKIE_SECRET when set (required for several
 * processes to accept each other's cookies), else one kept in the PGlite data directory
 * so readers keep their identity across restarts, else a random one per process.
 */
export function resolveCookieSecret(config: Config): string {
  if (config.cookieSecret) return config.cookieSecret;
  if (config.databaseUrl || config.dataDir.startsWith('memory://')) {
    if (config.databaseUrl) logger.warn('COOKIE_SECRET is not set: reader cookies will not survive a restart.');
    return randomBytes(32).toString('base64url');
  }
  const file = path.join(config.dataDir, 'cookie-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(config.dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
