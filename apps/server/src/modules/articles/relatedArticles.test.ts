// What findRelatedArticles answers, and that the copies of language and publication date on
// article_tags (migration 0008's triggers) follow every change of the article or its tags:
// the query reads only those copies to pick and rank candidates (ADR 024).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertArticle, insertTag } from '@newsroom/db/testing/factories';
import { openTestDatabase, type TestDatabaseHandle } from '@newsroom/db/testing/openTestDatabase';
import { deleteArticleTags, findRelatedArticles, insertArticleTags, relatedCandidatesPerTag, updateArticleRow } from './articleQueries';

let database: TestDatabaseHandle;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

const day = (n: number) => new Date(Date.UTC(2026, 10, n, 9));
async function relatedIds(articleId: number, limit = 12): Promise<number[]> {
  const related = await findRelatedArticles(database.db, [articleId], limit);
  return related.get(articleId)!.map((article) => article.id);
}
const tagsOf = (count: number) => Promise.all(Array.from({ length: count }, () => insertTag(database.db)));

describe('related articles', () => {
  it('are published articles in the source’s language, ranked by shared tags, then newest, then highest id', async () => {
    const [a, b, c] = await tagsOf(3);
    const source = await insertArticle(database.db, { tagIds: [a!.id, b!.id, c!.id], publishedAt: day(1) });
    const sharesOneOld = await insertArticle(database.db, { tagIds: [a!.id], publishedAt: day(2) });
    const sharesOneNew = await insertArticle(database.db, { tagIds: [b!.id], publishedAt: day(5) });
    const sharesTwo = await insertArticle(database.db, { tagIds: [a!.id, c!.id], publishedAt: day(3) });
    const sharesThree = await insertArticle(database.db, { tagIds: [c!.id, b!.id, a!.id], publishedAt: day(1) });
    const sameDayLowerId = await insertArticle(database.db, { tagIds: [c!.id], publishedAt: day(2) });
    const sameDayHigherId = await insertArticle(database.db, { tagIds: [c!.id], publishedAt: day(2) });
    await insertArticle(database.db, { tagIds: [a!.id, b!.id, c!.id], status: 'draft' });
    await insertArticle(database.db, { tagIds: [a!.id, b!.id, c!.id], language: 'ru', publishedAt: day(6) });
    await insertArticle(database.db, { publishedAt: day(7) }); // shares nothing

    expect(await relatedIds(source.id)).toEqual([
      sharesThree.id,
      sharesTwo.id,
      sharesOneNew.id,
      sameDayHigherId.id,
      sameDayLowerId.id,
      sharesOneOld.id,
    ]);
  });

  it('never include the source itself, and a Russian article gets Russian ones', async () => {
    const [tag] = await tagsOf(1);
    const english = await insertArticle(database.db, { tagIds: [tag!.id] });
    const russian = await insertArticle(database.db, { tagIds: [tag!.id], language: 'ru' });
    const otherRussian = await insertArticle(database.db, { tagIds: [tag!.id], language: 'ru' });

    expect(await relatedIds(russian.id)).toEqual([otherRussian.id]);
    expect(await relatedIds(english.id)).toEqual([]);
  });

  it('leave an article out once it is unpublished, and take it back when it is published again', async () => {
    const [tag] = await tagsOf(1);
    const source = await insertArticle(database.db, { tagIds: [tag!.id] });
    const other = await insertArticle(database.db, { tagIds: [tag!.id], status: 'draft' });
    expect(await relatedIds(source.id)).toEqual([]);

    await updateArticleRow(database.db, other.id, { status: 'published', publishedAt: day(3) });
    expect(await relatedIds(source.id)).toEqual([other.id]);

    await updateArticleRow(database.db, other.id, { status: 'draft' }); // published_at stays, as setPublished leaves it
    expect(await relatedIds(source.id)).toEqual([]);
  });

  it('follow a re-dated article to its new place', async () => {
    const [tag] = await tagsOf(1);
    const source = await insertArticle(database.db, { tagIds: [tag!.id] });
    const older = await insertArticle(database.db, { tagIds: [tag!.id], publishedAt: day(1) });
    const newer = await insertArticle(database.db, { tagIds: [tag!.id], publishedAt: day(2) });
    expect(await relatedIds(source.id)).toEqual([newer.id, older.id]);

    await updateArticleRow(database.db, older.id, { publishedAt: day(4) });
    expect(await relatedIds(source.id)).toEqual([older.id, newer.id]);
  });

  it('follow re-tagging, both for the re-tagged article and for the articles it is related to', async () => {
    const [a, b] = await tagsOf(2);
    const source = await insertArticle(database.db, { tagIds: [a!.id] });
    const other = await insertArticle(database.db, { tagIds: [a!.id] });
    const onB = await insertArticle(database.db, { tagIds: [b!.id] });
    expect(await relatedIds(source.id)).toEqual([other.id]);

    // As the desk saves tags: the article's links deleted, the new ones inserted.
    await deleteArticleTags(database.db, other.id);
    await insertArticleTags(database.db, [{ articleId: other.id, tagId: b!.id, position: 0 }]);
    expect(await relatedIds(source.id)).toEqual([]);
    expect(await relatedIds(other.id)).toEqual([onB.id]);
  });

  it('follow a change of language, the article’s own and its neighbours’', async () => {
    const [tag] = await tagsOf(1);
    const source = await insertArticle(database.db, { tagIds: [tag!.id] });
    const other = await insertArticle(database.db, { tagIds: [tag!.id] });
    const russian = await insertArticle(database.db, { tagIds: [tag!.id], language: 'ru' });

    await updateArticleRow(database.db, other.id, { language: 'ru' });
    expect(await relatedIds(source.id)).toEqual([]);
    expect(await relatedIds(russian.id)).toEqual([other.id]);

    await updateArticleRow(database.db, source.id, { language: 'ru' });
    expect((await relatedIds(source.id)).sort()).toEqual([other.id, russian.id].sort());
  });

  it('stop at the limit, keeping the best ranked', async () => {
    const [a, b] = await tagsOf(2);
    const source = await insertArticle(database.db, { tagIds: [a!.id, b!.id] });
    const both = await insertArticle(database.db, { tagIds: [a!.id, b!.id], publishedAt: day(1) });
    const newest = await insertArticle(database.db, { tagIds: [a!.id], publishedAt: day(9) });
    await insertArticle(database.db, { tagIds: [a!.id], publishedAt: day(8) });
    await insertArticle(database.db, { tagIds: [b!.id], publishedAt: day(7) });

    expect(await relatedIds(source.id, 2)).toEqual([both.id, newest.id]);
    expect(await relatedIds(source.id, 0)).toEqual([]);
  });

  it('answer a batch of articles in one call, each with its own list, and an empty list for an unknown id', async () => {
    const [a, b] = await tagsOf(2);
    const first = await insertArticle(database.db, { tagIds: [a!.id] });
    const second = await insertArticle(database.db, { tagIds: [b!.id] });
    const onA = await insertArticle(database.db, { tagIds: [a!.id] });
    const onB = await insertArticle(database.db, { tagIds: [b!.id] });

    const related = await findRelatedArticles(database.db, [first.id, second.id, 2_000_000_000], 5);

    expect([...related.keys()]).toEqual([first.id, second.id, 2_000_000_000]);
    expect(related.get(first.id)!.map((article) => article.id)).toEqual([onA.id]);
    expect(related.get(second.id)!.map((article) => article.id)).toEqual([onB.id]);
    expect(related.get(2_000_000_000)).toEqual([]);
    // Whole rows, decoded as every other article read is (dates as Dates, arrays as arrays).
    expect(related.get(first.id)![0]).toEqual(onA);
  });

  it('draw candidates from each tag’s newest articles only (the price of a bounded read, ADR 024)', async () => {
    const [busy, quiet] = await tagsOf(2);
    const source = await insertArticle(database.db, { tagIds: [busy!.id, quiet!.id] });
    // Shares both tags but is older than the busy tag's newest relatedCandidatesPerTag.
    const oldButClose = await insertArticle(database.db, { tagIds: [busy!.id, quiet!.id], publishedAt: day(1) });
    const recent: number[] = [];
    for (let n = 0; n < relatedCandidatesPerTag; n += 1) {
      recent.push((await insertArticle(database.db, { tagIds: [busy!.id], publishedAt: new Date(day(10).getTime() + n * 60_000) })).id);
    }
    // Still found through the quiet tag, but as sharing one tag: ranked by date among the rest.
    const ids = await relatedIds(source.id, relatedCandidatesPerTag + 1);
    expect(ids).toHaveLength(relatedCandidatesPerTag + 1);
    expect(ids.at(-1)).toBe(oldButClose.id);
  });
});
