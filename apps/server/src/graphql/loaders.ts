// Every per-request loader, in one place so a resolver finds them all on the context. Each
// module builds its own (modules/<feature>/<feature>Loaders.ts), backed by batch queries
// returning a Map; this file only assembles them. The loaders of what every reader sees
// alike (sections, an article's tags and bylines, related articles, revisions, a published
// article by slug) read through the process-wide shared cache (platform/sharedReadCache.ts);
// the reader's own vote reads through a second one of the same kind, keyed by reader; the
// rest (the comment thread with the reader's own pending comments, staff's rows) always ask
// the database.
import type { Database } from '@newsroom/db/openDatabase';
import { createArticleLoaders } from '../modules/articles/articleLoaders';
import { createAuthLoaders } from '../modules/auth/authLoaders';
import { createAuthorLoaders } from '../modules/authors/authorLoaders';
import { createCommentLoaders } from '../modules/comments/commentLoaders';
import { createMediaLoaders } from '../modules/media/mediaLoaders';
import { createRatingLoaders } from '../modules/ratings/ratingLoaders';
import { createSectionLoaders } from '../modules/sections/sectionLoaders';
import { createTagLoaders } from '../modules/tags/tagLoaders';
import { createTypoReportLoaders } from '../modules/typo-reports/typoReportLoaders';
import type { SharedReadCache } from '../platform/sharedReadCache';

export type Loaders = ReturnType<typeof createLoaders>;

export function createLoaders(db: Database, readerId: string, caches: { shared: SharedReadCache; reader: SharedReadCache }) {
  return {
    ...createArticleLoaders(db, caches.shared),
    ...createSectionLoaders(db, caches.shared),
    ...createTagLoaders(db, caches.shared),
    ...createRatingLoaders(db, readerId, caches.reader),
    ...createCommentLoaders(db, readerId),
    ...createAuthLoaders(db),
    ...createTypoReportLoaders(db),
    ...createAuthorLoaders(db, caches.shared),
    ...createMediaLoaders(db, caches.shared),
  };
}
