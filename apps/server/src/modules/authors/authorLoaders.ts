// The authors module's per-request loaders (assembled by graphql/loaders.ts).
import DataLoader from 'dataloader';
import type { Database } from '@newsroom/db/openDatabase';
import type { AuthorRow } from '@newsroom/db/schema';
import { cachedBatchLoader, type SharedReadCache } from '../../platform/sharedReadCache';
import { findAuthorBySlug, findAuthorOfUser, findAuthorsOfArticles } from './authorQueries';

export function createAuthorLoaders(db: Database, shared: SharedReadCache) {
  return {
    // Bylines: shared like tags (emptied by every write, an author's change included).
    authorsByArticleId: cachedBatchLoader(shared, 'authorsOfArticle', (ids) => findAuthorsOfArticles(db, ids), []),
    authorBySlug: new DataLoader<string, AuthorRow | null>(async (slugs) =>
      Promise.all(slugs.map(async (slug) => (await findAuthorBySlug(db, slug)) ?? null)),
    ),
    authorByUserId: new DataLoader<number, AuthorRow | null>(async (ids) =>
      Promise.all(ids.map(async (id) => (await findAuthorOfUser(db, id)) ?? null)),
    ),
  };
}
