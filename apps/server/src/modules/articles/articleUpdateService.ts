// Changing an article. Each change of a published article is kept as a revision (the
// first change also keeps the original), its address stays as it was, and open typo
// reports whose text is gone close as fixed.
import type { ArticleRow, articles } from '@newsroom/db/schema';
import type { Context } from '../../graphql/context';
import type { UpdateArticleInput } from '../../graphql/generated/resolverTypes';
import { fromGlobalIdOf } from '../../platform/globalId';
import { notFound, validationError, type NotFoundProblem, type ValidationProblem } from '../../platform/problems';
import { requireRole } from '../auth/viewerService';
import { sectionClosedToArticles } from '../sections/sectionService';
import { closeCorrectedReports } from '../typo-reports/typoReportService';
import { resolveAuthorIds } from '../authors/authorService';
import { setArticleAuthors } from '../authors/authorQueries';
import { pictureOf } from '../media/mediaService';
import { articleLimits } from '@newsroom/rules/limits';
import { message } from '@newsroom/rules/messages';
import { attachTags, uniqueSlug, validateArticleInput } from './articleService';
import { findSectionBySlug } from '../sections/sectionQueries';
import { deleteArticleTags, findArticleForUpdate, hasRevisions, insertRevisions, updateArticleRow } from './articleQueries';
import { slugify } from '../../platform/slugify';

type UpdateResult = { article: ArticleRow } | ValidationProblem | NotFoundProblem;

const textFields = ['title', 'lead', 'body', 'imageUrl', 'imageCaption', 'source', 'author'] as const;

export async function updateArticle(context: Context, input: UpdateArticleInput): Promise<UpdateResult> {
  const editor = requireRole(context.viewer, 'editor');
  const id = fromGlobalIdOf('Article', input.id, 'id');
  const problem = validateArticleInput(input);
  if (problem) return problem;
  if ((input.correctionNote ?? '').length > articleLimits.captionMax) {
    return validationError(
      'correctionNote',
      'TOO_LONG',
      message('CORRECTION_NOTE_TOO_LONG', 'en', { max: articleLimits.captionMax }),
      articleLimits.captionMax,
    );
  }
  if (input.slug && input.slug !== slugify(input.slug)) {
    return validationError('slug', 'INVALID_SLUG', message('INVALID_SLUG', 'en'));
  }
  const authorIds = await resolveAuthorIds(context.db, input.authorIds);
  if ('__typename' in authorIds) return authorIds;
  const changes: Partial<typeof articles.$inferInsert> = {};
  const mediaId = await pictureOf(context, input.mediaId);
  if (typeof mediaId === 'object' && mediaId !== null) return mediaId;
  if (mediaId !== undefined) changes.mediaId = mediaId;
  for (const field of textFields) {
    const value = input[field];
    if (value !== undefined && value !== null) changes[field] = field === 'title' || field === 'lead' ? value.trim() : value;
  }

  const result = await context.db.transaction(async (tx): Promise<UpdateResult> => {
    const current = await findArticleForUpdate(tx, id);
    if (!current) return notFound(message('NO_SUCH_ARTICLE', 'en'));
    if (input.section) {
      const section = await findSectionBySlug(tx, input.section);
      if (!section) return validationError('section', 'UNKNOWN_SECTION', message('UNKNOWN_SECTION', 'en', { section: input.section }));
      // An article may stay in an archived section, but none may move into one.
      const closed = section.id === current.sectionId ? undefined : sectionClosedToArticles(section);
      if (closed) return closed;
      changes.sectionId = section.id;
    }
    if (input.slug && input.slug !== current.slug) {
      if (current.status === 'published') return validationError('slug', 'SLUG_LOCKED', message('SLUG_LOCKED', 'en'));
      const slug = await uniqueSlug(tx, input.slug, true);
      if (!slug) return validationError('slug', 'SLUG_TAKEN', message('ARTICLE_SLUG_TAKEN', 'en', { slug: input.slug }));
      changes.slug = slug;
    }
    const updated = await updateArticleRow(tx, id, { ...changes, updatedAt: new Date() });
    if (input.tags) {
      await deleteArticleTags(tx, id);
      await attachTags(tx, id, [...new Set(input.tags.map((name) => name.trim()).filter(Boolean))]);
    }
    if (authorIds.ids) await setArticleAuthors(tx, id, authorIds.ids);
    if (current.status === 'published') {
      const earlier = await hasRevisions(tx, id);
      const revision = (row: ArticleRow, correctionNote: string | null) => ({
        articleId: id,
        title: row.title,
        lead: row.lead,
        body: row.body,
        correctionNote,
        editorId: row === current ? null : (editor.userId ?? null),
        createdAt: row.updatedAt,
      });
      await insertRevisions(tx, [...(earlier ? [] : [revision(current, null)]), revision(updated!, input.correctionNote?.trim() || null)]);
    }
    await closeCorrectedReports(tx, updated!);
    return { article: updated! };
  });
  if ('article' in result) await context.pubsub.publish('contentChanged', { articleId: id });
  return result;
}
