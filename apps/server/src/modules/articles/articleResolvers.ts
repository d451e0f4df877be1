import type { ArticleRow } from '@newsroom/db/schema';
import type { Context } from '../../graphql/context';
import type { Resolvers } from '../../graphql/generated/resolverTypes';
import { toGraphQLEnum } from '../../platform/enums';
import { toGlobalId } from '../../platform/globalId';
import { resultMember } from '../../platform/problems';
import { pageSize } from '../../platform/pagination';
import { ratingSummaryOf } from '../ratings/ratingRules';
import { readIn } from '../sections/localizedNameRules';
import { deskArticles } from './articleListService';
import { articleLimits } from '@newsroom/rules/limits';
import { message } from '@newsroom/rules/messages';
import { readingMinutes } from '@newsroom/rules/readingTime';
import { createArticle, deleteArticle, setPublished } from './articleService';
import { linkTranslation, unlinkTranslation } from './translationService';
import { badUserInput } from '../../platform/errors';
import { updateArticle } from './articleUpdateService';
import { articleFeed } from './articleFeedService';
import { renderMarkdown } from '../../platform/renderMarkdown';
import { whenReady } from '../../platform/sharedReadCache';
import { largestJpeg } from '../media/mediaJsonRules';

/**
 * `related(first)` at most: a page shows five, and each related article multiplies what is
 * selected under it, so 100 let a few nested levels ask for millions of rows (ADR 014).
 */
export const maxRelatedArticles = 12;

export const articleResolvers: Resolvers = {
  // A section's and a tag's feed: here, so sections and tags need not know articles.
  Section: {
    articles: (section, args, { db }) => articleFeed(db, args, { sectionId: section.id, language: args.language }),
  },
  Tag: {
    articles: (tag, args, { db }) => articleFeed(db, args, { tagId: tag.id, language: args.language }),
  },
  Query: {
    article: (_, { slug }, { loaders }) => loaders.publishedArticleBySlug.load(slug),
    articles: (_, args, { db }) => articleFeed(db, args, { sectionSlug: args.section, tagSlug: args.tag, language: args.language }),
    deskArticles: (_, args, context) => deskArticles(context, args),
    previewMarkdown: (_, { body }) => {
      if (body.length > articleLimits.bodyMax)
        throw badUserInput(message('ARTICLE_BODY_TOO_LONG', 'en', { max: articleLimits.bodyMax }), 'body');
      return renderMarkdown(body);
    },
  },
  Mutation: {
    createArticle: (_, { input }, context) => createArticle(context, input),
    updateArticle: (_, { input }, context) => updateArticle(context, input),
    publishArticle: (_, { input }, context) => setPublished(context, input, true),
    unpublishArticle: (_, { input }, context) => setPublished(context, input, false),
    deleteArticle: (_, { input }, context) => deleteArticle(context, input),
    linkTranslation: (_, { input }, context) => linkTranslation(context, input),
    unlinkTranslation: (_, { input }, context) => unlinkTranslation(context, input),
  },
  Subscription: {
    articlePublished: {
      subscribe: (_, __, { pubsub }) => pubsub.subscribe('articlePublished'),
      // One context serves the whole subscription: clear the cached row so every event
      // reads the article as it is now.
      resolve: async ({ articleId }: { articleId: number }, _args: unknown, { loaders }: Context) => {
        const article = await loaders.articleById.clear(articleId).load(articleId);
        if (!article) throw new Error(`Published article ${articleId} vanished`);
        return article;
      },
    },
  },
  CreateArticleResult: { __resolveType: resultMember('CreateArticleSuccess') },
  PublishArticleResult: { __resolveType: resultMember('PublishArticleSuccess') },
  DeleteArticleResult: { __resolveType: resultMember('DeleteArticleSuccess') },
  UpdateArticleResult: { __resolveType: resultMember('UpdateArticleSuccess') },
  LinkTranslationResult: { __resolveType: resultMember('LinkTranslationSuccess') },
  Article: {
    id: (article) => toGlobalId('Article', article.id),
    bodyHtml: (article) => renderMarkdown(article.body),
    readingMinutes: (article) => readingMinutes(article.body),
    language: (article) => toGraphQLEnum(article.language),
    status: (article) => toGraphQLEnum(article.status),
    section: (article, _, { loaders }) =>
      whenReady(loaders.sectionById.load(article.sectionId), (section) => {
        if (!section) throw new Error(`Article ${article.id} points at missing section ${article.sectionId}`);
        // Its name answers in the article's language unless the client asks for another.
        return readIn(section, article.language);
      }),
    image: (article, _, { loaders }) => articleImage(article, loaders),
    picture: (article, _, { loaders }) => (article.mediaId ? loaders.pictureById.load(article.mediaId) : null),
    tags: (article, _, { loaders }) =>
      whenReady(loaders.tagsByArticleId.load(article.id), (tags) => tags.map((tag) => readIn(tag, article.language))),
    rating: (article) => ratingSummaryOf(article),
    revisions: (article, _, { loaders }) => loaders.revisionsByArticleId.load(article.id),
    corrections: (article, _, { loaders }) =>
      whenReady(loaders.revisionsByArticleId.load(article.id), (revisions) =>
        revisions
          .filter((revision) => revision.correctionNote)
          .map((revision) => ({ correctedAt: revision.createdAt, note: revision.correctionNote! })),
      ),
    translations: (article, _, { loaders }) => loaders.publishedTranslationsByArticleId.load(article.id),
    deskTranslations: (article, _, { loaders }) => loaders.translationsByArticleId.load(article.id),
    related: (article, { first }, { loaders }) => loaders.relatedArticles.load(`${article.id}:${pageSize(first, 5, maxRelatedArticles)}`),
  },
  ArticleRevision: {
    editor: (revision, _, { loaders }) => (revision.editorId === null ? null : loaders.userById.load(revision.editorId)),
  },
};

/**
 * The library picture (its largest JPEG, alt text, and its caption or else the article's own)
 * when chosen, else the legacy URL and caption.
 */
async function articleImage(article: ArticleRow, loaders: Context['loaders']) {
  if (article.mediaId) {
    const media = await loaders.pictureById.load(article.mediaId);
    if (media) return { url: largestJpeg(media), caption: media.caption || article.imageCaption || null, alt: media.alt };
  }
  return article.imageUrl ? { url: article.imageUrl, caption: article.imageCaption, alt: '' } : null;
}
