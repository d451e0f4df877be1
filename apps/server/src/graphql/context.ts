// The per-request context: who is asking, the database, and this request's loaders.
// Built fresh for every operation (and every subscription event), so loader caches never
// leak one reader's data to another.
import type { DatabaseHandle } from '@newsroom/db/openDatabase';
import type { Config } from '../config';
import type { Viewer } from '../modules/auth/viewerService';
import type { PubSub } from '../platform/pubsub';
import type { SharedReadCache } from '../platform/sharedReadCache';
import { createLoaders, type Loaders } from './loaders';

export interface Context {
  db: DatabaseHandle['db'];
  database: DatabaseHandle;
  config: Config;
  viewer: Viewer;
  /** The anonymous reader id from the signed cookie (issued on first contact). */
  readerId: string;
  /** The client's address, for per-address limits. */
  clientAddress: string;
  /** Whether the request came over https (cookies get Secure). */
  secure: boolean;
  /** Set-Cookie headers to send with the response (sign-in, sign-out). */
  responseCookies: string[];
  loaders: Loaders;
  /** Cross-process events (LISTEN/NOTIFY). */
  pubsub: PubSub;
}

export interface ContextInput {
  database: DatabaseHandle;
  config: Config;
  pubsub: PubSub;
  viewer: Viewer;
  readerId: string;
  clientAddress: string;
  /** The process-wide cache of what every reader sees alike, emptied on every event. */
  sharedReads: SharedReadCache;
  /** The same kind of cache for each reader's own rows (their votes), kept apart so they never push shared rows out. */
  readerReads: SharedReadCache;
  secure?: boolean;
  responseCookies?: string[];
}

export function createContext({ sharedReads, readerReads, ...input }: ContextInput): Context {
  return {
    secure: false,
    responseCookies: [],
    ...input,
    db: input.database.db,
    loaders: createLoaders(input.database.db, input.readerId, { shared: sharedReads, reader: readerReads }),
  };
}
