// The comment section's interface strings, in English and Russian. They live beside the
// comments rather than in i18n/strings.ts so the section is one folder to read; plural
// forms come from the same Intl.PluralRules helper. Problem messages (too long, rate
// limited, …) are not here: they come from @newsroom/rules/messages, as the server's do.
import type { CommentReportReason, Language } from '../gql/graphql';
import { useLanguage } from '../i18n/LanguageContext';
import { countWithNoun } from '../i18n/plural';

export interface CommentStrings {
  addComment: string;
  yourName: string;
  yourComment: string;
  yourReply: string;
  characterCount: (count: string, max: string) => string;
  send: string;
  sending: string;
  /** Said only where there is a keyboard; `shortcut` is ⌘+Enter or Ctrl+Enter (ssr/shortcutLabel). */
  sendHint: (shortcut: string) => string;
  sendFailed: string;
  published: string;
  heldForModeration: string;
  premoderatedSection: string;
  reply: string;
  replyTo: (name: string) => string;
  cancel: string;
  edit: string;
  editYourComment: string;
  save: string;
  saveFailed: string;
  delete: string;
  deleteConfirm: string;
  deleteFailed: string;
  edited: string;
  deleted: string;
  awaitingModeration: string;
  inReplyTo: (name: string) => string;
  inReplyToDeleted: string;
  orderBy: string;
  oldest: string;
  newest: string;
  mostReplies: string;
  showMoreComments: string;
  showMoreReplies: (count: number) => string;
  newComments: (count: number) => string;
  loading: string;
  loadFailed: string;
  report: string;
  reportWhy: string;
  reportReasons: Record<CommentReportReason, string>;
  reportChooseReason: string;
  reportFailed: string;
  reported: string;
}

const en: CommentStrings = {
  addComment: 'Add comment',
  yourName: 'Your name',
  yourComment: 'Your comment',
  yourReply: 'Your reply',
  characterCount: (count, max) => `${count} of ${max} characters`,
  send: 'Send',
  sending: 'Sending…',
  sendHint: (shortcut) => `${shortcut} sends`,
  sendFailed: 'Your comment could not be sent. Check your connection and try again.',
  published: 'Your comment has been published.',
  heldForModeration: 'Thank you! Your comment will appear once a moderator has approved it.',
  premoderatedSection: 'In this section a moderator reads every comment before it appears.',
  reply: 'Reply',
  replyTo: (name) => `Reply to ${name}`,
  cancel: 'Cancel',
  edit: 'Edit',
  editYourComment: 'Edit your comment',
  save: 'Save',
  saveFailed: 'Your changes could not be saved. Check your connection and try again.',
  delete: 'Delete',
  deleteConfirm: 'Delete this comment?',
  deleteFailed: 'The comment could not be deleted. Check your connection and try again.',
  edited: 'edited',
  deleted: 'Comment deleted',
  awaitingModeration: 'Awaiting moderation',
  inReplyTo: (name) => `in reply to ${name}`,
  inReplyToDeleted: 'in reply to a deleted comment',
  orderBy: 'Order',
  oldest: 'Oldest',
  newest: 'Newest',
  mostReplies: 'Most replies',
  showMoreComments: 'Show more comments',
  showMoreReplies: (count) =>
    count > 0 ? `Show ${countWithNoun('EN', count, { one: 'more reply', other: 'more replies' })}` : 'Show more replies',
  newComments: (count) => countWithNoun('EN', count, { one: 'new comment', other: 'new comments' }),
  loading: 'Loading…',
  loadFailed: 'Comments could not be loaded. Check your connection and try again.',
  report: 'Report',
  reportWhy: 'What is wrong with this comment?',
  reportReasons: { SPAM: 'Spam', ABUSE: 'Abuse', OFF_TOPIC: 'Off topic', OTHER: 'Something else' },
  reportChooseReason: 'Choose a reason.',
  reportFailed: 'Your report could not be sent. Check your connection and try again.',
  reported: 'Reported. Thank you — a moderator will look at it.',
};

const ru: CommentStrings = {
  addComment: 'Добавить комментарий',
  yourName: 'Ваше имя',
  yourComment: 'Ваш комментарий',
  yourReply: 'Ваш ответ',
  characterCount: (count, max) => `${count} из ${max} символов`,
  send: 'Отправить',
  sending: 'Отправка…',
  sendHint: (shortcut) => `${shortcut} — отправить`,
  sendFailed: 'Не удалось отправить комментарий. Проверьте подключение и попробуйте ещё раз.',
  published: 'Ваш комментарий опубликован.',
  heldForModeration: 'Спасибо! Комментарий появится после проверки модератором.',
  premoderatedSection: 'В этом разделе комментарии появляются после проверки модератором.',
  reply: 'Ответить',
  replyTo: (name) => `Ответить: ${name}`,
  cancel: 'Отмена',
  edit: 'Изменить',
  editYourComment: 'Измените комментарий',
  save: 'Сохранить',
  saveFailed: 'Не удалось сохранить изменения. Проверьте подключение и попробуйте ещё раз.',
  delete: 'Удалить',
  deleteConfirm: 'Удалить этот комментарий?',
  deleteFailed: 'Не удалось удалить комментарий. Проверьте подключение и попробуйте ещё раз.',
  edited: 'изменён',
  deleted: 'Комментарий удалён',
  awaitingModeration: 'Ожидает проверки',
  // A name cannot be declined safely (Ольга → Ольге, but Ким, Сергей Ли, …): a construction
  // that keeps it in the nominative, «в ответ на комментарий пользователя Ольга».
  inReplyTo: (name) => `в ответ на комментарий пользователя ${name}`,
  inReplyToDeleted: 'в ответ на удалённый комментарий',
  orderBy: 'Порядок',
  oldest: 'Сначала старые',
  newest: 'Сначала новые',
  mostReplies: 'Больше ответов',
  // «Показать ещё 1 ответ / 2 ответа / 5 ответов».
  showMoreReplies: (count) =>
    count > 0
      ? `Показать ещё ${countWithNoun('RU', count, { one: 'ответ', few: 'ответа', many: 'ответов', other: 'ответа' })}`
      : 'Показать ещё ответы',
  showMoreComments: 'Показать ещё комментарии',
  // The adjective agrees too: 1 новый комментарий, 2 новых комментария, 5 новых комментариев.
  newComments: (count) =>
    countWithNoun('RU', count, {
      one: 'новый комментарий',
      few: 'новых комментария',
      many: 'новых комментариев',
      other: 'новых комментария',
    }),
  loading: 'Загрузка…',
  loadFailed: 'Не удалось загрузить комментарии. Проверьте подключение и попробуйте ещё раз.',
  report: 'Пожаловаться',
  reportWhy: 'Что не так с этим комментарием?',
  reportReasons: { SPAM: 'Спам', ABUSE: 'Оскорбления', OFF_TOPIC: 'Не по теме', OTHER: 'Другое' },
  reportChooseReason: 'Выберите причину.',
  reportFailed: 'Не удалось отправить жалобу. Проверьте подключение и попробуйте ещё раз.',
  reported: 'Жалоба отправлена. Спасибо — модератор её рассмотрит.',
};

export const commentStrings: Record<Language, CommentStrings> = { EN: en, RU: ru };

/** The comment strings in the language of the article around the caller. */
export function useCommentStrings(): CommentStrings {
  return commentStrings[useLanguage()];
}
