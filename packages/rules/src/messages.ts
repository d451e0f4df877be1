// Reader-facing messages for every problem code, in the languages articles are written
// in. The server answers in the article's language; forms show the same text. The desk's
// messages (English only) are in deskMessages.ts; `message` looks up both.
import { deskCatalogue } from './deskMessages';
import { formatNumber } from './numbers';

export type MessageLanguage = 'en' | 'ru';

declare const catalogued: unique symbol;
/**
 * Text that came from a catalogue. The server's problems take only this
 * (apps/server/src/platform/problems.ts), so a message written inline does not compile.
 */
export type CataloguedMessage = string & { readonly [catalogued]: true };

type Catalogue = Record<string, Record<MessageLanguage, (params: Record<string, number | string>) => string>>;

const catalogue = {
  SCORE_OUT_OF_RANGE: {
    en: ({ min, max }) => `Choose from ${min} to ${max} stars.`,
    ru: ({ min, max }) => `Выберите от ${min} до ${max} звёзд.`,
  },
  RATING_RATE_LIMITED: {
    en: () => 'Too many votes for this article from your network today. Please try again later.',
    ru: () => 'Из вашей сети сегодня уже слишком много голосов за эту статью. Попробуйте позже.',
  },
  ARTICLE_NOT_FOUND: {
    en: () => 'This article does not exist or is not published.',
    ru: () => 'Такой статьи нет или она не опубликована.',
  },
  SEARCH_QUERY_TOO_LONG: {
    en: ({ max }) => `A search may be at most ${max} characters long.`,
    ru: ({ max }) => `Поисковый запрос может быть не длиннее ${max} символов.`,
  },
  SEARCH_QUERY_TOO_MANY_WORDS: {
    en: ({ max }) => `A search may have at most ${max} words.`,
    ru: ({ max }) => `В поисковом запросе может быть не больше ${max} слов.`,
  },
  BODY_REQUIRED: {
    en: () => 'Write something before sending.',
    ru: () => 'Напишите что-нибудь перед отправкой.',
  },
  BODY_TOO_LONG: {
    en: ({ max }) => `A comment may be at most ${max} characters long.`,
    ru: ({ max }) => `Комментарий может быть не длиннее ${max} символов.`,
  },
  NAME_REQUIRED: {
    en: () => 'Please give your name.',
    ru: () => 'Пожалуйста, укажите имя.',
  },
  NAME_TOO_LONG: {
    en: ({ max }) => `A name may be at most ${max} characters long.`,
    ru: ({ max }) => `Имя может быть не длиннее ${max} символов.`,
  },
  FORBIDDEN_CHARACTERS: {
    en: () => 'The text contains invisible control characters; please remove them.',
    ru: () => 'В тексте есть невидимые управляющие символы; пожалуйста, удалите их.',
  },
  PARENT_NOT_FOUND: {
    en: () => 'The comment you are replying to no longer exists.',
    ru: () => 'Комментария, на который вы отвечаете, больше нет.',
  },
  PARENT_ON_OTHER_ARTICLE: {
    en: () => 'You can only reply to comments on this article.',
    ru: () => 'Отвечать можно только на комментарии к этой статье.',
  },
  DUPLICATE_COMMENT: {
    en: () => 'You have already posted this comment.',
    ru: () => 'Вы уже отправили этот комментарий.',
  },
  COMMENT_NOT_ALLOWED: {
    en: () => 'This comment cannot be published: it contains words that are not allowed here.',
    ru: () => 'Этот комментарий нельзя опубликовать: в нём есть недопустимые слова.',
  },
  COMMENT_RATE_LIMITED: {
    en: ({ seconds }) => `You are commenting too quickly. Please wait ${seconds} s.`,
    ru: ({ seconds }) => `Вы пишете слишком часто. Подождите ${seconds} с.`,
  },
  COMMENTS_CLOSED: {
    en: () => 'Comments on this article are closed.',
    ru: () => 'Комментарии к этой статье закрыты.',
  },
  EDIT_WINDOW_CLOSED: {
    en: ({ minutes }) => `Comments can be changed only within ${minutes} minutes of posting.`,
    ru: ({ minutes }) => `Комментарий можно изменить только в течение ${minutes} минут после отправки.`,
  },
  CANNOT_REPORT_OWN_COMMENT: {
    en: () => 'You cannot report your own comment; you can edit or delete it instead.',
    ru: () => 'Нельзя пожаловаться на собственный комментарий; его можно изменить или удалить.',
  },
  COMMENT_REPORT_RATE_LIMITED: {
    en: ({ minutes }) => `You have reported many comments lately. Please try again in ${minutes} min.`,
    ru: ({ minutes }) => `Вы недавно отправили много жалоб. Попробуйте снова через ${minutes} мин.`,
  },
  COMMENT_NOT_FOUND: {
    en: () => 'This comment does not exist.',
    ru: () => 'Такого комментария нет.',
  },
  SELECTION_REQUIRED: {
    en: () => 'Select the words with the mistake first.',
    ru: () => 'Сначала выделите слова с ошибкой.',
  },
  SELECTION_TOO_LONG: {
    en: () => 'The selected text is too long.',
    ru: () => 'Выделенный текст слишком длинный.',
  },
  CONTEXT_TOO_LONG: {
    en: ({ max }) => `The text around the selection may be at most ${max} characters on each side.`,
    ru: ({ max }) => `Текст вокруг выделения — не больше ${max} символов с каждой стороны.`,
  },
  NOTE_TOO_LONG: {
    en: ({ max }) => `A note may be at most ${max} characters long.`,
    ru: ({ max }) => `Комментарий может быть не длиннее ${max} символов.`,
  },
  SELECTION_NOT_IN_ARTICLE: {
    en: () => 'The selected text is not in this article (perhaps it has just been corrected).',
    ru: () => 'Выделенного текста нет в статье (возможно, его только что исправили).',
  },
  TYPO_RATE_LIMITED: {
    en: () => 'You have sent many reports; please try again a little later.',
    ru: () => 'Вы отправили много сообщений; попробуйте чуть позже.',
  },
  TYPO_THANKS: {
    en: () => 'Thank you! The editors will look at it.',
    ru: () => 'Спасибо! Редакция посмотрит.',
  },
} satisfies Catalogue;

// A code in both catalogues would answer the desk's words to readers or the reader's to staff.
type SharedCodes = keyof typeof catalogue & keyof typeof deskCatalogue;
const noSharedCodes: [SharedCodes] extends [never] ? true : SharedCodes = true;
void noSharedCodes;

const everyMessage: Record<
  string,
  { en: (params: Record<string, number | string>) => string; ru?: (params: Record<string, number | string>) => string }
> = {
  ...catalogue,
  ...deskCatalogue,
};

export type MessageCode = keyof typeof catalogue | keyof typeof deskCatalogue;

/**
 * The message for `code` in `language`; a desk message, English only, is English in every
 * language. A reader's message writes the numbers in `params` as its language writes them
 * (formatNumber), as the forms' counters do: "at most 2,000", «не длиннее 2 000». The desk's
 * messages get their numbers as they are (their plurals read them).
 */
export function message(code: MessageCode, language: MessageLanguage, params: Record<string, number | string> = {}): CataloguedMessage {
  if (!Object.hasOwn(catalogue, code)) {
    const entry = everyMessage[code]!;
    return (entry[language] ?? entry.en)(params) as CataloguedMessage;
  }
  const written = Object.fromEntries(
    Object.entries(params).map(([name, value]) => [name, typeof value === 'number' ? formatNumber(value, language) : value]),
  );
  return catalogue[code as keyof typeof catalogue][language](written) as CataloguedMessage;
}
