// Rules for writing articles: validation, slugs, tags, publishing, unpublishing and
// deleting. Editors only.
import type { ArticleRow } from '@newsroom/db/schema';
import type { Queryable } from '@newsroom/db/openDatabase';
import type { Context } from '../../graphql/context';
import type { CreateArticleInput } from '../../graphql/generated/resolverTypes';
import { fromGraphQLEnum } from '../../platform/enums';
import { fromGlobalIdOf, toGlobalId } from '../../platform/globalId';
import { requireRole } from '../auth/viewerService';
import { notFound, validationError, type ValidationProblem } from '../../platform/problems';
import { articleLimits } from '@newsroom/rules/limits';
import { message } from '@newsroom/rules/messages';
import { isAllowedPictureUrl } from '@newsroom/rules/pictureUrl';
import { hasForbiddenCharacters } from '@newsroom/rules/text';
import { resolveAuthorIds } from '../authors/authorService';
import { setArticleAuthors } from '../authors/authorQueries';
import { sectionClosedToArticles } from '../sections/sectionService';
import { tagIdsForNames } from '../tags/tagService';
import { pictureOf } from '../media/mediaService';
import { findSectionBySlug } from '../sections/sectionQueries';
import { deleteArticleRow, findArticleById, insertArticle, insertArticleTags, takenArticleSlugs, updateArticleRow } from './articleQueries';
import { maxSlugLength, slugify } from '../../platform/slugify';

export async function createArticle(context: Context, input: CreateArticleInput): Promise<{ article: ArticleRow } | ValidationProblem> {
  requireRole(context.viewer, 'editor');
  const problem = validateArticleInput(input);
  if (problem) return problem;
  const section = await findSectionBySlug(context.db, input.section);
  if (!section) return validationError('section', 'UNKNOWN_SECTION', message('UNKNOWN_SECTION', 'en', { section: input.section }));
  const closed = sectionClosedToArticles(section);
  if (closed) return closed;
  const mediaId = await pictureOf(context, input.mediaId);
  if (typeof mediaId === 'object' && mediaId !== null) return mediaId;

  const wantedSlug = input.slug ? input.slug : slugify(input.title);
  if (input.slug && input.slug !== slugify(input.slug)) {
    return validationError('slug', 'INVALID_SLUG', message('INVALID_SLUG', 'en'), maxSlugLength);
  }
  const tagNames = [...new Set((input.tags ?? []).map((name) => name.trim()).filter(Boolean))];
  const authorIds = await resolveAuthorIds(context.db, input.authorIds);
  if ('__typename' in authorIds) return authorIds;

  const article = await context.db.transaction(async (tx) => {
    const slug = await uniqueSlug(tx, wantedSlug || 'article', Boolean(input.slug));
    if (!slug) return undefined;
    const row = await insertArticle(tx, {
      slug,
      sectionId: section.id,
      language: fromGraphQLEnum(input.language ?? 'EN'),
      title: input.title.trim(),
      lead: input.lead.trim(),
      body: input.body,
      imageUrl: input.imageUrl || null,
      imageCaption: input.imageCaption || null,
      mediaId,
      source: input.source || null,
      author: input.author || null,
      status: input.publish ? 'published' : 'draft',
      publishedAt: input.publish ? new Date() : null,
    });
    await attachTags(tx, row.id, tagNames);
    if (authorIds.ids) await setArticleAuthors(tx, row.id, authorIds.ids);
    return row;
  });
  if (!article) return validationError('slug', 'SLUG_TAKEN', message('ARTICLE_SLUG_TAKEN', 'en', { slug: wantedSlug }));
  if (article.status === 'published') await context.pubsub.publish('articlePublished', { articleId: article.id });
  return { article };
}

/**
 * The library picture an article input names: its database id, null for none, undefined
 * when the input leaves it out; UNKNOWN_MEDIA when there is no such picture.
 */
type ArticleFields = { [K in 'title' | 'lead' | 'body' | 'imageUrl' | 'imageCaption' | 'source' | 'author']?: string | null } & {
  tags?: readonly string[] | null;
};

export function validateArticleInput(input: ArticleFields): ValidationProblem | undefined {
  // The rule readers' text follows (@newsroom/rules/text): titles and names reach every
  // page's head, link previews and feeds, where reordered text would mislead just the same.
  for (const field of ['title', 'lead', 'body', 'imageCaption', 'source', 'author'] as const) {
    if (hasForbiddenCharacters(input[field] ?? ''))
      return validationError(field, 'FORBIDDEN_CHARACTERS', message('FORBIDDEN_CHARACTERS', 'en'));
  }
  if ((input.tags ?? []).some(hasForbiddenCharacters))
    return validationError('tags', 'FORBIDDEN_CHARACTERS', message('FORBIDDEN_CHARACTERS', 'en'));
  if (input.title !== undefined && input.title !== null) {
    const title = input.title.trim();
    if (!title) return validationError('title', 'TITLE_REQUIRED', message('TITLE_REQUIRED', 'en'));
    if (title.length > articleLimits.titleMax) {
      return validationError(
        'title',
        'TITLE_TOO_LONG',
        message('TITLE_TOO_LONG', 'en', { max: articleLimits.titleMax }),
        articleLimits.titleMax,
      );
    }
  }
  if ((input.lead ?? '').length > articleLimits.leadMax) {
    return validationError('lead', 'LEAD_TOO_LONG', message('LEAD_TOO_LONG', 'en', { max: articleLimits.leadMax }), articleLimits.leadMax);
  }
  if ((input.body ?? '').length > articleLimits.bodyMax) {
    return validationError(
      'body',
      'BODY_TOO_LONG',
      message('ARTICLE_BODY_TOO_LONG', 'en', { max: articleLimits.bodyMax }),
      articleLimits.bodyMax,
    );
  }
  if ((input.imageCaption ?? '').length > articleLimits.captionMax) {
    return validationError(
      'imageCaption',
      'CAPTION_TOO_LONG',
      message('CAPTION_TOO_LONG', 'en', { max: articleLimits.captionMax }),
      articleLimits.captionMax,
    );
  }
  if ((input.imageUrl ?? '').length > articleLimits.urlMax) {
    return validationError(
      'imageUrl',
      'TOO_LONG',
      message('FIELD_TOO_LONG', 'en', { field: 'imageUrl', max: articleLimits.urlMax }),
      articleLimits.urlMax,
    );
  }
  if (input.imageUrl && !isAllowedPictureUrl(input.imageUrl)) {
    return validationError('imageUrl', 'INVALID_IMAGE_URL', message('INVALID_IMAGE_URL', 'en'));
  }
  for (const field of ['source', 'author'] as const) {
    if ((input[field] ?? '').length > articleLimits.nameMax) {
      return validationError(
        field,
        'TOO_LONG',
        message('FIELD_TOO_LONG', 'en', { field, max: articleLimits.nameMax }),
        articleLimits.nameMax,
      );
    }
  }
  if ((input.tags ?? []).length > articleLimits.tagsMax) {
    return validationError('tags', 'TOO_MANY_TAGS', message('TOO_MANY_TAGS', 'en', { max: articleLimits.tagsMax }), articleLimits.tagsMax);
  }
  if ((input.tags ?? []).some((name) => !slugify(name))) {
    return validationError('tags', 'INVALID_TAG', message('INVALID_TAG', 'en'));
  }
  return undefined;
}

/**
 * The slug itself when free; for a generated slug, the first free "slug-2", "slug-3"…;
 * undefined when an editor's explicit slug is taken.
 */
export async function uniqueSlug(db: Queryable, slug: string, explicit: boolean): Promise<string | undefined> {
  const taken = await takenArticleSlugs(db, slug);
  if (!taken.has(slug)) return slug;
  if (explicit) return undefined;
  for (let n = 2; ; n += 1) if (!taken.has(`${slug}-${n}`)) return `${slug}-${n}`;
}

/** Links tags by name to an article, creating the tags that do not exist yet. */
export async function attachTags(db: Queryable, articleId: number, names: string[]): Promise<void> {
  if (names.length === 0) return;
  const tagIds = await tagIdsForNames(db, names);
  // Two names may stand for one tag: it keeps the first one's place.
  const links = new Map<number, { articleId: number; tagId: number; position: number }>();
  tagIds.forEach((tagId, position) => links.has(tagId) || links.set(tagId, { articleId, tagId, position }));
  await insertArticleTags(db, [...links.values()]);
}

export async function setPublished(context: Context, input: { id: string }, publish: boolean) {
  requireRole(context.viewer, 'editor');
  const id = fromGlobalIdOf('Article', input.id, 'id');
  const current = await findArticleById(context.db, id);
  if (!current) return notFound(message('NO_SUCH_ARTICLE', 'en'));
  const article = await updateArticleRow(
    context.db,
    id,
    publish
      ? { status: 'published', publishedAt: current.publishedAt ?? new Date(), publishAt: null, updatedAt: new Date() }
      : { status: 'draft', updatedAt: new Date() },
  );
  if (publish && current.status !== 'published') await context.pubsub.publish('articlePublished', { articleId: id });
  else await context.pubsub.publish('contentChanged', { articleId: id });
  return { article: article! };
}

export async function deleteArticle(context: Context, input: { id: string }) {
  requireRole(context.viewer, 'editor');
  const id = fromGlobalIdOf('Article', input.id, 'id');
  const deleted = await deleteArticleRow(context.db, id);
  if (deleted) await context.pubsub.publish('contentChanged', { articleId: id });
  return deleted ? { deletedId: toGlobalId('Article', id) } : notFound(message('NO_SUCH_ARTICLE', 'en'));
}
