import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertArticle, insertComment, insertManyComments } from '@newsroom/db/testing/factories';
import { toGlobalId } from '../../platform/globalId';
import { startTestServer, type GraphQLResponse, type TestServer } from '../../testing/startTestServer';
import { testCommentSettings } from '../../testing/commentDocuments';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ comments: testCommentSettings() });
});
afterAll(() => server?.close());

const topLevel = /* GraphQL */ `
  query ($id: ID!, $first: Int, $after: String, $orderBy: CommentOrder) {
    node(id: $id) {
      ... on Article {
        comments(first: $first, after: $after, orderBy: $orderBy) {
          edges {
            node {
              id
              body
              replyCount
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
      }
    }
  }
`;

describe('Article.comments', () => {
  it('pages through comments posted in the same millisecond range without repeating any', async () => {
    // Timestamps the database makes itself (now()) must page as exactly as generated ones.
    const article = await insertArticle(server.db);
    const id = toGlobalId('Article', article.id);
    const posted: string[] = [];
    for (let i = 0; i < 5; i++) {
      const { data } = await server
        .client()
        .query('mutation($input: AddCommentInput!) { addComment(input: $input) { ... on AddCommentSuccess { comment { id } } } }', {
          input: { articleId: id, authorName: 'Reader', body: `Quick comment ${i}` },
        });
      posted.push(data.addComment.comment.id);
    }
    for (const orderBy of ['OLDEST', 'NEWEST'] as const) {
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const { data }: GraphQLResponse<any> = await server.client().query(topLevel, { id, first: 2, after, orderBy });
        seen.push(...data.node.comments.edges.map((edge: any) => edge.node.id));
        after = data.node.comments.pageInfo.hasNextPage ? data.node.comments.pageInfo.endCursor : null;
      } while (after);
      expect(seen).toEqual(orderBy === 'OLDEST' ? posted : [...posted].reverse());
    }
  });

  it('pages through 5,000 comments with keyset cursors, each exactly once, in constant statements per page', async () => {
    const article = await insertArticle(server.db);
    await insertManyComments(server.db, article.id, 5_000);
    const id = toGlobalId('Article', article.id);
    const client = server.client();
    await client.query('{ viewer { role } }');
    const seen = new Set<string>();
    let after: string | null = null;
    let pages = 0;
    const statementsPerPage = new Set<number>();
    for (;;) {
      const before = server.database.statementCount;
      const { data }: GraphQLResponse<any> = await client.query(topLevel, { id, first: 100, after });
      statementsPerPage.add(server.database.statementCount - before);
      for (const edge of data.node.comments.edges) seen.add(edge.node.id);
      pages += 1;
      if (!data.node.comments.pageInfo.hasNextPage) break;
      after = data.node.comments.pageInfo.endCursor;
    }
    expect(seen.size).toBe(5_000);
    expect(pages).toBe(50);
    expect(statementsPerPage.size).toBe(1); // page 50 costs what page 1 costs
  });

  it('orders by newest and by thread size', async () => {
    const article = await insertArticle(server.db);
    const quiet = await insertComment(server.db, { articleId: article.id, body: 'quiet', createdAt: new Date('2026-01-01') });
    const busy = await insertComment(server.db, { articleId: article.id, body: 'busy', createdAt: new Date('2026-01-02') });
    await insertComment(server.db, { articleId: article.id, body: 'newest', createdAt: new Date('2026-01-03') });
    await server.db.execute(sql`update comments set reply_count = 5 where id = ${busy.id}`);
    const id = toGlobalId('Article', article.id);
    const bodies = async (orderBy: string, first = 10, after?: string) => {
      const { data } = await server.client().query(topLevel, { id, orderBy, first, after });
      return data.node.comments;
    };
    expect((await bodies('NEWEST')).edges.map((e: any) => e.node.body)).toEqual(['newest', 'busy', 'quiet']);
    const firstPage = await bodies('MOST_REPLIES', 1);
    expect(firstPage.edges.map((e: any) => e.node.body)).toEqual(['busy']);
    const rest = await bodies('MOST_REPLIES', 10, firstPage.pageInfo.endCursor);
    expect(rest.edges.map((e: any) => e.node.body)).toEqual(['newest', 'quiet']);
    expect(quiet.depth).toBe(0);
  });

  it('refuses a cursor from another order with BAD_USER_INPUT', async () => {
    const article = await insertArticle(server.db);
    await insertComment(server.db, { articleId: article.id });
    await insertComment(server.db, { articleId: article.id });
    const id = toGlobalId('Article', article.id);
    const { data } = await server.client().query(topLevel, { id, first: 1 });
    const mixed = await server
      .client()
      .query(topLevel, { id, first: 1, orderBy: 'MOST_REPLIES', after: data.node.comments.pageInfo.endCursor });
    expect(mixed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('Comment.replies', () => {
  const thread = /* GraphQL */ `
    query ($id: ID!, $first: Int, $after: String) {
      node(id: $id) {
        ... on Article {
          comments(first: 10) {
            edges {
              node {
                body
                replyCount
                replies(first: $first, after: $after) {
                  edges {
                    node {
                      body
                      depth
                      parent {
                        authorName
                      }
                    }
                  }
                  pageInfo {
                    hasNextPage
                    endCursor
                  }
                }
              }
            }
          }
        }
      }
    }
  `;

  it('lists a thread depth-first, paged, with each reply under the comment it answers', async () => {
    const article = await insertArticle(server.db);
    const root = await insertComment(server.db, { articleId: article.id, body: 'root', authorName: 'Root' });
    const a = await insertComment(server.db, { articleId: article.id, body: 'a', authorName: 'A' }, root);
    const b = await insertComment(server.db, { articleId: article.id, body: 'b', authorName: 'B' }, root);
    const a1 = await insertComment(server.db, { articleId: article.id, body: 'a1', authorName: 'A1' }, a);
    await insertComment(server.db, { articleId: article.id, body: 'a1x', authorName: 'A1x' }, a1);
    await insertComment(server.db, { articleId: article.id, body: 'b1' }, b);
    await insertComment(server.db, { articleId: article.id, body: 'hidden', status: 'pending' }, b);
    const id = toGlobalId('Article', article.id);

    const firstPage = await server.client().query(thread, { id, first: 3 });
    const replies = firstPage.data.node.comments.edges[0].node.replies;
    expect(replies.edges.map((e: any) => [e.node.body, e.node.depth, e.node.parent.authorName])).toEqual([
      ['a', 1, 'Root'],
      ['a1', 2, 'A'],
      ['a1x', 3, 'A1'],
    ]);
    expect(replies.pageInfo.hasNextPage).toBe(true);
    const secondPage = await server.client().query(thread, { id, first: 3, after: replies.pageInfo.endCursor });
    const rest = secondPage.data.node.comments.edges[0].node.replies;
    expect(rest.edges.map((e: any) => e.node.body)).toEqual(['b', 'b1']);
    expect(rest.pageInfo.hasNextPage).toBe(false);
  });

  it('loads the first replies of a whole page of threads in one statement', async () => {
    const article = await insertArticle(server.db);
    const roots = [];
    for (let i = 0; i < 10; i += 1) roots.push(await insertComment(server.db, { articleId: article.id }));
    for (const root of roots) await insertComment(server.db, { articleId: article.id }, root);
    const client = server.client();
    await client.query('{ viewer { role } }');
    const withoutReplies = 'query($id: ID!) { node(id: $id) { ... on Article { comments(first: 10) { edges { node { body } } } } } }';
    const before = server.database.statementCount;
    await client.query(withoutReplies, { id: toGlobalId('Article', article.id) });
    const middle = server.database.statementCount;
    const { data } = await client.query(thread, { id: toGlobalId('Article', article.id), first: 5 });
    expect(data.node.comments.edges.every((edge: any) => edge.node.replies.edges.length === 1)).toBe(true);
    expect(server.database.statementCount - middle - (middle - before)).toBe(2); // one for the replies, one for their parents
  });
});
