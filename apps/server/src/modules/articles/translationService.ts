// Translations (ADR 034): articles telling the same story in different languages share a
// translation group, at most one article of each language per group (a unique index holds
// it too). Editors link and unlink them; readers see the published ones as the page's
// "Read in English" link and hreflang alternates.
import type { ArticleRow } from '@newsroom/db/schema';
import { message } from '@newsroom/rules/messages';
import type { Context } from '../../graphql/context';
import { fromGlobalIdOf } from '../../platform/globalId';
import { notFound, validationError, type NotFoundProblem, type ValidationProblem } from '../../platform/problems';
import { requireRole } from '../auth/viewerService';
import { findTranslationGroupMembers, lockArticles, setTranslationGroup } from './articleQueries';

type TranslationResult = { article: ArticleRow } | ValidationProblem | NotFoundProblem;

const languageName = { en: 'English', ru: 'Russian' } as const;

export async function linkTranslation(context: Context, input: { articleId: string; translationId: string }): Promise<TranslationResult> {
  requireRole(context.viewer, 'editor');
  const articleId = fromGlobalIdOf('Article', input.articleId, 'articleId');
  const translationId = fromGlobalIdOf('Article', input.translationId, 'translationId');
  if (articleId === translationId) {
    return validationError('translationId', 'TRANSLATION_OF_ITSELF', message('TRANSLATION_OF_ITSELF', 'en'));
  }
  const outcome = await context.db.transaction(async (tx): Promise<TranslationResult | { linked: number[]; article: ArticleRow }> => {
    const rows = await lockArticles(tx, [articleId, translationId]);
    const article = rows.find((row) => row.id === articleId);
    const translation = rows.find((row) => row.id === translationId);
    if (!article || !translation) return notFound(message('NO_SUCH_ARTICLE', 'en'));
    if (article.language === translation.language) {
      return validationError(
        'translationId',
        'TRANSLATION_SAME_LANGUAGE',
        message('TRANSLATION_SAME_LANGUAGE', 'en', { language: languageName[article.language] }),
      );
    }
    const groups = [article.translationGroup, translation.translationGroup].filter((group): group is number => group !== null);
    const members = await findTranslationGroupMembers(tx, [...new Set(groups)]);
    // Either side may have a translation already; it may not be in the language the other side brings.
    for (const [side, other, field] of [
      [article, translation, 'articleId'],
      [translation, article, 'translationId'],
    ] as const) {
      const rival = members.find(
        (member) => member.translationGroup === side.translationGroup && member.id !== other.id && member.language === other.language,
      );
      if (side.translationGroup !== null && rival) {
        return validationError(
          field,
          'TRANSLATION_TAKEN',
          message('TRANSLATION_TAKEN', 'en', { title: side.title, language: languageName[other.language] }),
        );
      }
    }
    // One group for both sides and whatever translations they had.
    const group = article.translationGroup ?? translation.translationGroup ?? Math.min(articleId, translationId);
    const linked = [...new Set([articleId, translationId, ...members.map((member) => member.id)])];
    await setTranslationGroup(tx, linked, group);
    return { linked, article: { ...article, translationGroup: group } };
  });
  if (!('linked' in outcome)) return outcome;
  await announce(context, outcome.linked);
  return { article: outcome.article };
}

export async function unlinkTranslation(context: Context, input: { id: string }): Promise<TranslationResult> {
  requireRole(context.viewer, 'editor');
  const articleId = fromGlobalIdOf('Article', input.id, 'id');
  const outcome = await context.db.transaction(async (tx) => {
    const [article] = await lockArticles(tx, [articleId]);
    if (!article) return undefined;
    if (article.translationGroup === null) return { article, unlinked: [] };
    const others = (await findTranslationGroupMembers(tx, [article.translationGroup])).filter((member) => member.id !== articleId);
    // A translation left alone has nothing to be a translation of.
    const unlinked = [articleId, ...(others.length === 1 ? [others[0]!.id] : [])];
    await setTranslationGroup(tx, unlinked, null);
    return { article: { ...article, translationGroup: null }, unlinked: [articleId, ...others.map((other) => other.id)] };
  });
  if (!outcome) return notFound(message('NO_SUCH_ARTICLE', 'en'));
  await announce(context, outcome.unlinked);
  return { article: outcome.article };
}

/** Every article whose translations changed: their pages, feeds and cached reads change with them. */
async function announce(context: Context, articleIds: readonly number[]): Promise<void> {
  for (const articleId of articleIds) await context.pubsub.publish('contentChanged', { articleId });
}
