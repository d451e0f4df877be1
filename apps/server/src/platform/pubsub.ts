// Cross-process events over PostgreSQL LISTEN/NOTIFY (DESIGN.md, "Data"): every server
// process sharing the database hears every event, so scaling out needs no broker. PGlite
// speaks the same protocol inside one process. Events carry ids, not objects: NOTIFY
// payloads are capped at 8,000 bytes, and each subscriber loads what it may see.
import { EventEmitter, on } from 'node:events';
import type { DatabaseHandle } from '@newsroom/db/openDatabase';

const channel = 'newsroom_events';
const anyEvent = Symbol('any event');

export type EventMap = {
  articlePublished: { articleId: number };
  ratingChanged: { articleId: number };
  /** An article's content, status or existence changed (editors' desk, moderation). */
  contentChanged: { articleId: number };
  commentAdded: { articleId: number; commentId: number };
  /** A comment now waits for a moderator: held on arrival or after an edit, or reported. */
  commentQueued: { commentId: number };
  typoReported: { reportId: number };
};

export interface PubSub {
  publish<K extends keyof EventMap>(topic: K, payload: EventMap[K]): Promise<void>;
  /** Events of one topic, from now on, until the iterator is returned. */
  subscribe<K extends keyof EventMap>(topic: K, filter?: (payload: EventMap[K]) => boolean): AsyncIterableIterator<EventMap[K]>;
  /** Calls back on every event of any topic (cache invalidation). */
  onAnyEvent(listener: () => void): void;
  close(): Promise<void>;
}

export async function createPubSub(database: DatabaseHandle): Promise<PubSub> {
  const events = new EventEmitter();
  events.setMaxListeners(0); // one listener per open subscription
  const unlisten = await database.listen(channel, (message) => {
    try {
      const event = JSON.parse(message) as { topic: string; payload: unknown };
      events.emit(event.topic, event.payload);
      events.emit(anyEvent);
    } catch {
      // not one of ours
    }
  });

  return {
    async publish(topic, payload) {
      // This process hears its own writes at once, so a reader's next request here never
      // meets a cache older than the write; the NOTIFY echo (and other processes) follow.
      events.emit(anyEvent);
      await database.notify(channel, JSON.stringify({ topic, payload }));
    },
    async *subscribe(topic, filter) {
      // events.on buffers what arrives between reads and removes its listener when the
      // subscriber goes away (graphql-ws calls return() on the generator).
      for await (const [payload] of on(events, topic)) {
        if (!filter || filter(payload)) yield payload;
      }
    },
    onAnyEvent(listener) {
      events.on(anyEvent, listener);
    },
    async close() {
      events.removeAllListeners();
      await unlisten().catch(() => undefined); // the database may already be gone

    },
  };
}
