// The queries the web app sends, with content under every field they select, for tests that
// compare two ways of answering them (cache policy, compiled execution).
import type { DocumentNode } from 'graphql';
import { insertArticle, insertComment, insertSection, insertTag } from '@newsroom/db/testing/factories';
import {
  ArticlePageDocument,
  CommentRepliesDocument,
  CommentThreadsDocument,
  HomePageDocument,
  SectionPageDocument,
  SiteHeaderDocument,
  TagPageDocument,
} from '../../../web/src/gql/graphql';
import { createContext, type Context } from '../graphql/context';
import { toGlobalId } from '../platform/globalId';
import type { PubSub } from '../platform/pubsub';
import { createSharedReadCache } from '../platform/sharedReadCache';
import type { TestServer } from './startTestServer';

export const webDocuments: [string, DocumentNode][] = [
  ['ArticlePage', ArticlePageDocument],
  ['HomePage', HomePageDocument],
  ['SectionPage', SectionPageDocument],
  ['TagPage', TagPageDocument],
  ['SiteHeader', SiteHeaderDocument],
  ['CommentThreads', CommentThreadsDocument],
  ['CommentReplies', CommentRepliesDocument],
];

/** Seeds a section, a tag, two articles and a reply thread; returns each operation's variables. */
export async function seedWebOperationContent(server: TestServer): Promise<Record<string, Record<string, unknown>>> {
  const section = await insertSection(server.db, { name: 'Harbour' });
  const tag = await insertTag(server.db, { name: 'Ferries' });
  const article = await insertArticle(server.db, { sectionId: section.id, tagIds: [tag.id] });
  await insertArticle(server.db, { sectionId: section.id, tagIds: [tag.id] });
  const root = await insertComment(server.db, { articleId: article.id });
  await insertComment(server.db, { articleId: article.id }, root);
  return {
    ArticlePage: { slug: article.slug },
    HomePage: { first: 12 },
    SectionPage: { slug: section.slug, first: 12 },
    TagPage: { slug: tag.slug, first: 12 },
    SiteHeader: {},
    CommentThreads: { slug: article.slug, orderBy: 'OLDEST' },
    CommentReplies: { commentId: toGlobalId('Comment', root.id) },
  };
}

/** A reader's operation context without the shared caches, so every answer reads the database. */
export function uncachedReaderContext(server: TestServer, pubsub: PubSub, readerId: string): Context {
  return createContext({
    database: server.database,
    config: server.config,
    pubsub,
    sharedReads: createSharedReadCache(0),
    readerReads: createSharedReadCache(0),
    viewer: { kind: 'reader' },
    readerId,
    clientAddress: '127.0.0.1',
  });
}
