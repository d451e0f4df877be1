// The queries the web app sends, with content under every field they select, for tests that
// compare two ways of answering them (cache policy, compiled execution).
import type { ApolloServer } from '@apollo/server';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import { afterAll, beforeAll } from 'vitest';
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
import { createApolloServer } from '../graphql/createApolloServer';
import { toGlobalId } from '../platform/globalId';
import { createPubSub, type PubSub } from '../platform/pubsub';
import { createSharedReadCache } from '../platform/sharedReadCache';
import { startTestServer, type TestServer } from './startTestServer';

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
  const section = await insertSection(server.db, { name: 'Harbour', names: { en: 'Harbour', ru: 'Гавань' } });
  const tag = await insertTag(server.db, { name: 'Ferries', names: { en: 'Ferries', ru: 'Паромы' } });
  const article = await insertArticle(server.db, { sectionId: section.id, tagIds: [tag.id] });
  await insertArticle(server.db, { sectionId: section.id, tagIds: [tag.id] });
  const root = await insertComment(server.db, { articleId: article.id });
  await insertComment(server.db, { articleId: article.id }, root);
  return {
    ArticlePage: { slug: article.slug },
    HomePage: { language: 'EN', first: 12 },
    SectionPage: { slug: section.slug, language: 'EN', first: 12 },
    TagPage: { slug: tag.slug, language: 'EN', first: 12 },
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

export interface Comparison {
  /** Our Apollo Server, as the app builds it. */
  readonly ours: ApolloServer<Context>;
  /** The Apollo Server it is compared with. */
  readonly reference: ApolloServer<Context>;
  /** Each web operation's variables, naming the seeded content. */
  readonly variables: Record<string, Record<string, unknown>>;
  /** A reader's context without shared caches, so every answer reads the database. */
  readerContext(): Context;
  /** One operation on `apollo`, as that reader. */
  answer(apollo: ApolloServer<Context>, query: string, variables?: Record<string, unknown>): Promise<Answer>;
}

export interface Answer {
  status: number | undefined;
  cacheControl: string | undefined;
  body: { data?: Record<string, unknown> | null; errors?: readonly { message: string; extensions?: Record<string, unknown> }[] };
}

/**
 * Starts a test database with the web operations' content, our Apollo Server and a
 * reference one for the calling test file (registered as its beforeAll and afterAll).
 */
export function compareWithReference(
  schema: GraphQLSchema,
  reference: (schema: GraphQLSchema) => ApolloServer<Context>,
  readerId: string,
): Comparison {
  let server: TestServer;
  let pubsub: PubSub;
  const comparison = { variables: {} } as { -readonly [K in keyof Comparison]: Comparison[K] };
  comparison.readerContext = () => uncachedReaderContext(server, pubsub, readerId);
  comparison.answer = async (apollo, query, variables = {}) => {
    const response = await apollo.executeOperation({ query, variables }, { contextValue: comparison.readerContext() });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return { status: response.http.status, cacheControl: response.http.headers.get('cache-control'), body: response.body.singleResult };
  };
  beforeAll(async () => {
    server = await startTestServer();
    pubsub = await createPubSub(server.database);
    comparison.ours = createApolloServer(schema, { production: false });
    comparison.reference = reference(schema);
    await Promise.all([comparison.ours.start(), comparison.reference.start()]);
    comparison.variables = await seedWebOperationContent(server);
  });
  afterAll(async () => {
    await Promise.all([comparison.ours?.stop(), comparison.reference?.stop()]);
    await pubsub?.close();
    await server?.close();
  });
  return comparison;
}
