// Pins which comments a reader sees, and holds the SQL (visibleTo, which lists threads) and the
// check on one comment (isVisibleTo: node(id:), parent links) to the same answer for every case.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { comments, type CommentRow } from '@newsroom/db/schema';
import { insertArticle, insertComment } from '@newsroom/db/testing/factories';
import { openTestDatabase, type TestDatabaseHandle } from '@newsroom/db/testing/openTestDatabase';
import { visibleTo } from './commentQueries';
import { commentVisibility, isVisibleTo, mayReplyTo, type CommentStatus } from './commentVisibilityRules';

let database: TestDatabaseHandle;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

const statuses: CommentStatus[] = ['approved', 'pending', 'rejected', 'deleted'];
const me = 'reader-me';

// status, written by me?, holds replies? → seen by me, may I reply
const expected: [CommentStatus, boolean, boolean, boolean, boolean][] = [
  ['approved', false, false, true, true],
  ['approved', true, true, true, true],
  ['pending', true, false, true, true],
  ['pending', false, false, false, false],
  ['pending', false, true, false, false],
  ['rejected', true, false, false, false],
  ['rejected', false, true, false, false],
  ['deleted', false, false, false, false],
  ['deleted', true, false, false, false],
  ['deleted', false, true, true, false],
];

describe('comment visibility', () => {
  it('is the rule the product states', () => {
    expect(commentVisibility).toEqual({
      approved: 'everyone',
      pending: 'its author',
      deleted: 'while it holds replies',
      rejected: 'nobody',
    });
    expect(Object.keys(commentVisibility).sort()).toEqual([...statuses].sort());
  });

  it.each(expected)('%s, mine: %s, with replies: %s → seen: %s, may reply: %s', (status, mine, withReplies, seen, reply) => {
    const comment = { status, readerId: mine ? me : 'reader-other', replyCount: withReplies ? 1 : 0 };
    expect(isVisibleTo(comment, me)).toBe(seen);
    expect(mayReplyTo(comment, me)).toBe(reply);
  });

  it('selects in SQL exactly the comments isVisibleTo lets through', async () => {
    const { db } = database;
    const article = await insertArticle(db);
    const rows: CommentRow[] = [];
    for (const status of statuses) {
      for (const readerId of [me, 'reader-other']) {
        for (const replyCount of [0, 2]) rows.push(await insertComment(db, { articleId: article.id, status, readerId, replyCount }));
      }
    }
    const selected = await db
      .select({ id: comments.id })
      .from(comments)
      .where(and(eq(comments.articleId, article.id), visibleTo(me)));
    const wanted = rows.filter((row) => isVisibleTo(row, me)).map((row) => row.id);
    expect(selected.map((row) => row.id).sort((a, b) => a - b)).toEqual(wanted.sort((a, b) => a - b));
    expect(wanted).toHaveLength(4 + 2 + 2); // every approved one, my pending ones, deleted ones holding replies
  });
});
