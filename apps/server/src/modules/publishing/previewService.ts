// Draft previews: a link anyone holding it may open to see a draft as readers will, until
// it expires (7 days), is revoked, or the article is published. The token is 32 random
// bytes; only its SHA-256 is stored, and a lookup is by that digest (ADR 019).
import { createHash, randomBytes } from 'node:crypto';
import type { ArticleRow, PreviewLinkRow } from '@newsroom/db/schema';
import { publishingLimits } from '@newsroom/rules/limits';
import { message, type CataloguedMessage } from '@newsroom/rules/messages';
import type { Context } from '../../graphql/context';
import { fromGlobalIdOf } from '../../platform/globalId';
import { notFound, validationError, type NotFoundProblem, type ValidationProblem } from '../../platform/problems';
import { requireRole } from '../auth/viewerService';
import {
  countLivePreviewLinks,
  findPreviewLinkByHash,
  insertPreviewLink,
  listPreviewLinks,
  revokePreviewLinkRow,
} from './publishingQueries';

const dayMs = 24 * 60 * 60 * 1000;

export const previewTokenDigest = (token: string) => createHash('sha256').update(token).digest('hex');

/** The path of a preview: /preview/<token>. */
export const previewPath = (token: string) => `/preview/${token}`;

export type PreviewLinkStatus = 'ACTIVE' | 'REVOKED' | 'EXPIRED';

export function previewLinkStatus(link: PreviewLinkRow, now = new Date()): PreviewLinkStatus {
  if (link.revokedAt) return 'REVOKED';
  return link.expiresAt.getTime() <= now.getTime() ? 'EXPIRED' : 'ACTIVE';
}

export async function createPreviewLink(
  context: Context,
  input: { articleId: string },
): Promise<{ url: string; previewLink: PreviewLinkRow } | ValidationProblem | NotFoundProblem> {
  const editor = requireRole(context.viewer, 'editor');
  const articleId = fromGlobalIdOf('Article', input.articleId, 'articleId');
  const article = await context.loaders.articleById.load(articleId);
  if (!article) return notFound(message('NO_SUCH_ARTICLE', 'en'));
  if (article.status !== 'draft') return validationError('articleId', 'NOT_A_DRAFT', message('PREVIEW_NOT_A_DRAFT', 'en'));
  const now = new Date();
  if ((await countLivePreviewLinks(context.db, articleId, now)) >= publishingLimits.previewLinksPerArticle) {
    return validationError(
      'articleId',
      'TOO_MANY_PREVIEW_LINKS',
      message('TOO_MANY_PREVIEW_LINKS', 'en', { max: publishingLimits.previewLinksPerArticle }),
      publishingLimits.previewLinksPerArticle,
    );
  }
  const token = randomBytes(32).toString('base64url');
  const previewLink = await insertPreviewLink(context.db, {
    articleId,
    tokenHash: previewTokenDigest(token),
    expiresAt: new Date(now.getTime() + publishingLimits.previewDays * dayMs),
    createdBy: editor.userId ?? null,
  });
  // Absolute when the site's address is known (PUBLIC_URL is always set in config: the
  // configured origin, else http://localhost:PORT).
  return { url: `${context.config.publicUrl}${previewPath(token)}`, previewLink };
}

export async function previewLinksOf(context: Context, articleId: string): Promise<PreviewLinkRow[]> {
  requireRole(context.viewer, 'editor');
  return listPreviewLinks(context.db, fromGlobalIdOf('Article', articleId, 'articleId'));
}

export async function revokePreviewLink(
  context: Context,
  input: { id: string },
): Promise<{ previewLink: PreviewLinkRow } | NotFoundProblem> {
  requireRole(context.viewer, 'editor');
  const row = await revokePreviewLinkRow(context.db, fromGlobalIdOf('PreviewLink', input.id, 'id'), new Date());
  return row ? { previewLink: row } : notFound(message('NO_SUCH_PREVIEW_LINK', 'en'));
}

export type PreviewOutcome =
  | { __typename: 'ArticlePreview'; article: ArticleRow; expiresAt: Date }
  | {
      __typename: 'PreviewUnavailable';
      reason: 'NOT_FOUND' | 'REVOKED' | 'EXPIRED' | 'PUBLISHED';
      publishedSlug: string | null;
      message: string;
    };

const unavailable = (reason: 'NOT_FOUND' | 'REVOKED' | 'EXPIRED', message: CataloguedMessage): PreviewOutcome => ({
  __typename: 'PreviewUnavailable',
  reason,
  publishedSlug: null,
  message,
});

/** What a preview link shows: the draft, or why it no longer works. Anyone may ask. */
export async function openPreview(context: Context, token: string): Promise<PreviewOutcome> {
  // A token is 43 base64url characters; anything else cannot be one (and is not hashed).
  const link = /^[A-Za-z0-9_-]{20,100}$/.test(token) ? await findPreviewLinkByHash(context.db, previewTokenDigest(token)) : undefined;
  if (!link) return unavailable('NOT_FOUND', message('PREVIEW_LINK_INVALID', 'en'));
  const article = await context.loaders.articleById.load(link.articleId);
  if (!article) return unavailable('NOT_FOUND', message('PREVIEW_LINK_INVALID', 'en'));
  if (article.status === 'published') {
    return {
      __typename: 'PreviewUnavailable',
      reason: 'PUBLISHED',
      publishedSlug: article.slug,
      message: message('PREVIEW_PUBLISHED', 'en'),
    };
  }
  const status = previewLinkStatus(link);
  if (status === 'REVOKED') return unavailable('REVOKED', message('PREVIEW_LINK_REVOKED', 'en'));
  if (status === 'EXPIRED') return unavailable('EXPIRED', message('PREVIEW_LINK_EXPIRED', 'en'));
  return { __typename: 'ArticlePreview', article, expiresAt: link.expiresAt };
}

export type ArticlePreviewModel = Extract<PreviewOutcome, { __typename: 'ArticlePreview' }>;
export type PreviewUnavailableModel = Extract<PreviewOutcome, { __typename: 'PreviewUnavailable' }>;
