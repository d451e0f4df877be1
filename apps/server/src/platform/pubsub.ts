// Cross-process events over PostgreSQL LISTEN/NOTIFY (docs/design.md, "Events"; ADR 006): every server
// process sharing the database hears every event, so scaling out needs no broker. PGlite
// speaks the same protocol inside one process. Events carry ids, not objects: NOTIFY
// payloads are capped at 8,000 bytes, and each subscriber loads what it may see.
import { randomUUID } from 'node:crypto';
import { EventEmitter, on } from 'node:events';
import type { DatabaseHandle } from '@newsroom/db/openDatabase';

const channel = 'newsroom_events';
const anyEvent = Symbol('any event');
const resync = Symbol('resync');

export type EventMap = {
  articlePublished: { articleId: number };
  ratingChanged: { articleId: number };
  /** An article's content, status or existence changed (editors' desk, moderation). */
  contentChanged: { articleId: number };
  commentAdded: { articleId: number; commentId: number };
  /** A comment now waits for a moderator: held on arrival or after an edit, or reported. */
  commentQueued: { commentId: number };
  typoReported: { reportId: number };
  /** An author profile changed (bylines and author pages read it). */
  authorChanged: { authorId: number };
  /** Sections were created, changed, archived, restored or reordered (names, premoderation, navigation). */
  sectionsChanged: { sectionIds: number[] };
  /** Tags were renamed or merged (the source of a merge is gone). */
  tagsChanged: { tagIds: number[] };
  /** A library picture's text changed, or it was deleted (articles and bylines show it). */
  mediaChanged: { mediaId: number };
};

export interface PubSub {
  publish<K extends keyof EventMap>(topic: K, payload: EventMap[K]): Promise<void>;
  /** Events of one topic, from now on, until the iterator is returned. */
  subscribe<K extends keyof EventMap>(topic: K, filter?: (payload: EventMap[K]) => boolean): AsyncIterableIterator<EventMap[K]>;
  /**
   * Calls back once for every event of any topic (cache invalidation): for this process's
   * own events when they are published, for other processes' when their NOTIFY arrives.
   */
  onAnyEvent(listener: () => void): void;
  /**
   * Calls back when the event stream resumed after a gap (the LISTEN connection was lost
   * and is back): events sent meanwhile are lost, so whatever they would have invalidated
   * or delivered must be assumed stale (ADR 016).
   */
  onResync(listener: () => void): void;
  close(): Promise<void>;
}

export async function createPubSub(database: DatabaseHandle): Promise<PubSub> {
  const events = new EventEmitter();
  events.setMaxListeners(0); // one listener per open subscription
  // Marks the events this process sends, to know its own NOTIFY echo when it comes back.
  const origin = randomUUID();
  const unlisten = await database.listen(channel, (message) => {
    try {
      const event = JSON.parse(message) as { topic: string; payload: unknown; origin?: string };
      events.emit(event.topic, event.payload);
      // This process emptied its caches when it published; emptying them again when the
      // echo arrives would throw away what readers have read since (fresh rows: the write
      // had committed before it was published).
      if (event.origin !== origin) events.emit(anyEvent);
    } catch {
      // not one of ours
    }
  });

  const stopResync = database.onListenResume(() => events.emit(resync));

  return {
    async publish(topic, payload) {
      // This process hears its own writes at once, so a reader's next request here never
      // meets a cache older than the write; the NOTIFY echo (and other processes) follow.
      events.emit(anyEvent);
      await database.notify(channel, JSON.stringify({ topic, payload, origin }));
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
    onResync(listener) {
      events.on(resync, listener);
    },
    async close() {
      stopResync();
      events.removeAllListeners();
      await unlisten().catch(() => undefined); // the database may already be gone
    },
  };
}
