// Scheduled publishing: an editor sets the time a draft goes live; the scheduler
// (app/publishingScheduler.ts) publishes due drafts, one process at a time, under an advisory lock.
import type { Database } from '@newsroom/db/openDatabase';
import type { ArticleRow } from '@newsroom/db/schema';
import { publishingLimits } from '@newsroom/rules/limits';
import { message } from '@newsroom/rules/messages';
import type { Context } from '../../graphql/context';
import type { ScheduleArticleInput } from '../../graphql/generated/resolverTypes';
import { fromGlobalIdOf } from '../../platform/globalId';
import { notFound, validationError, type NotFoundProblem, type ValidationProblem } from '../../platform/problems';
import type { PubSub } from '../../platform/pubsub';
import { requireRole } from '../auth/viewerService';
import { findArticleForUpdate, updateArticleRow } from '../articles/articleQueries';
import { publishDueDrafts, tryTakeSchedulerLock } from './publishingQueries';

const dayMs = 24 * 60 * 60 * 1000;

/** The problem with a requested publication time, if any (`null` unschedules and is fine). */
export function validatePublishAt(publishAt: Date | null, now: Date): ValidationProblem | undefined {
  if (publishAt === null) return undefined;
  if (publishAt.getTime() <= now.getTime()) return validationError('publishAt', 'PUBLISH_AT_IN_PAST', message('PUBLISH_AT_IN_PAST', 'en'));
  if (publishAt.getTime() > now.getTime() + publishingLimits.scheduleMaxDays * dayMs) {
    return validationError(
      'publishAt',
      'PUBLISH_AT_TOO_FAR',
      message('PUBLISH_AT_TOO_FAR', 'en', { max: publishingLimits.scheduleMaxDays }),
      publishingLimits.scheduleMaxDays,
    );
  }
  return undefined;
}

export async function scheduleArticle(
  context: Context,
  input: ScheduleArticleInput,
): Promise<{ article: ArticleRow } | ValidationProblem | NotFoundProblem> {
  requireRole(context.viewer, 'editor');
  const id = fromGlobalIdOf('Article', input.id, 'id');
  const publishAt = input.publishAt ?? null;
  const problem = validatePublishAt(publishAt, new Date());
  if (problem) return problem;
  const result = await context.db.transaction(async (tx) => {
    const current = await findArticleForUpdate(tx, id);
    if (!current) return notFound(message('NO_SUCH_ARTICLE', 'en'));
    if (current.status !== 'draft') return validationError('id', 'NOT_A_DRAFT', message('SCHEDULE_NOT_A_DRAFT', 'en'));
    const article = await updateArticleRow(tx, id, { publishAt, updatedAt: new Date() });
    return { article: article! };
  });
  if ('article' in result) await context.pubsub.publish('contentChanged', { articleId: id });
  return result;
}

/**
 * One round of the scheduler: in one transaction, take the advisory lock (or give up at
 * once when another process holds it: that one is publishing), publish every due draft,
 * commit; then announce each as publishing by hand does (articlePublished, which also
 * empties every process's caches). Returns the ids published.
 */
export async function publishDueArticles(db: Database, pubsub: PubSub, now = new Date()): Promise<number[]> {
  const published = await db.transaction(async (tx) => ((await tryTakeSchedulerLock(tx)) ? publishDueDrafts(tx, now) : []));
  for (const articleId of published) await pubsub.publish('articlePublished', { articleId });
  return published;
}
