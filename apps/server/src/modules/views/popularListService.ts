// The home page's "most read" and "most discussed" lists (ADR 035). Ranking them sums a
// week of views or counts a week of comments: cheap on a quiet site, hundreds of thousands
// of rows on a busy one, and the same answer for every reader. So each process keeps the
// ranking (article ids per language) and refreshes it at most every
// POPULAR_LISTS_REFRESH_SECONDS, in the background, serving the one it has meanwhile: a home
// page never waits for the ranking once it has been taken. The articles themselves are read
// fresh through the shared read cache, so a story unpublished or retitled since the ranking
// leaves or changes at once; only the order may be that old.
import type { Database } from '@newsroom/db/openDatabase';
import { logger } from '../../platform/logger';
import { isDatabaseUnavailable } from '../../platform/databaseOutage';
import { viewDay } from './viewService';
import { rankMostCommented, rankMostRead, type RankedArticle } from './viewQueries';

/** How far back the lists look: seven days, today included. */
export const popularWindowDays = 7;
/** The longest list asked for (Query.mostRead's `first`); the ranking keeps this many per language. */
export const maxPopularArticles = 10;
const dayMs = 24 * 60 * 60 * 1000;

export type PopularKind = 'read' | 'commented';

/** The ranking of each kind, taken in one go. */
export interface PopularRanking {
  read: RankedArticle[];
  commented: RankedArticle[];
}

/** Takes both rankings as of `now`, each the top `maxPopularArticles` of every language. */
export async function rankPopular(db: Database, now: Date): Promise<PopularRanking> {
  const [read, commented] = await Promise.all([
    rankMostRead(db, viewDay(new Date(now.getTime() - (popularWindowDays - 1) * dayMs)), maxPopularArticles),
    rankMostCommented(db, new Date(now.getTime() - popularWindowDays * dayMs), maxPopularArticles),
  ]);
  return { read, commented };
}

export interface PopularLists {
  /** The ids of the first `limit` articles of a list, of one language or (null) of all. */
  ids(kind: PopularKind, language: string | null, limit: number): Promise<number[]>;
}

export interface PopularListsOptions {
  db: Database;
  /** How old a ranking may be before the next ask refreshes it; 0 ranks on every ask. */
  refreshMs: number;
  now?: () => Date;
}

export function createPopularLists({ db, refreshMs, now = () => new Date() }: PopularListsOptions): PopularLists {
  let ranking: { value: PopularRanking; takenAt: number } | undefined;
  let refreshing: Promise<PopularRanking> | undefined;

  // One refresh at a time, however many pages ask meanwhile.
  function refresh(): Promise<PopularRanking> {
    refreshing ??= (async () => {
      const at = now();
      try {
        const value = await rankPopular(db, at);
        ranking = { value, takenAt: at.getTime() };
        return value;
      } finally {
        refreshing = undefined;
      }
    })();
    return refreshing;
  }

  async function current(): Promise<PopularRanking> {
    if (ranking === undefined || refreshMs === 0) return refresh();
    if (now().getTime() - ranking.takenAt >= refreshMs) {
      // Serve the ranking we have; a failed refresh (the database away) keeps it, and the
      // next ask tries again.
      refresh().catch((error: unknown) => {
        if (!isDatabaseUnavailable(error)) logger.error({ err: error }, 'the popular lists could not be refreshed');
      });
    }
    return ranking.value;
  }

  return {
    async ids(kind, language, limit) {
      const list = (await current())[kind];
      return list
        .filter((entry) => language === null || entry.language === language)
        .slice(0, limit)
        .map((entry) => entry.articleId);
    },
  };
}

// One set of lists per database (and refresh setting): the resolvers find it from their
// context, so every request of a process, HTTP or WebSocket, shares it without each door
// passing it on.
const listsByDatabase = new WeakMap<Database, Map<number, PopularLists>>();

export function popularListsOf(db: Database, refreshMs: number): PopularLists {
  let byRefresh = listsByDatabase.get(db);
  if (byRefresh === undefined) listsByDatabase.set(db, (byRefresh = new Map()));
  let lists = byRefresh.get(refreshMs);
  if (lists === undefined) byRefresh.set(refreshMs, (lists = createPopularLists({ db, refreshMs })));
  return lists;
}
