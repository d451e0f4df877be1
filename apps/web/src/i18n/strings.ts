// Every interface string of the reader's pages, in English and Russian. Article pages
// follow the article's language; the other pages are in the reader's edition (ADR 034).
import type { Language } from '../gql/graphql';
import { countWithNoun } from './plural';

export interface Strings {
  siteName: string;
  skipToContent: string;
  sectionsNavigation: string;
  /** The label of the edition switch (layout/EditionSwitch.tsx). */
  editionSwitch: string;
  /** The link to the article's translation: in the translation's language, for its readers. */
  readTranslation: string;
  breadcrumb: string;
  rateIt: string;
  noVotesYet: string;
  ratedOutOfFive: (average: string) => string;
  votes: (count: number) => string;
  starsOutOfFive: (stars: number) => string;
  clearMyVote: string;
  voteFailed: string;
  byAuthor: (author: string) => string;
  sourceIs: (source: string) => string;
  tags: string;
  relatedArticles: string;
  comments: string;
  noCommentsYet: string;
  edited: string;
  latestNews: string;
  homeDescription: string;
  sectionDescription: (section: string) => string;
  tagDescription: (tag: string) => string;
  tagHeading: string;
  noArticlesYet: string;
  loadMore: string;
  loading: string;
  loadFailed: string;
  loadMoreFailed: string;
  tryAgain: string;
  pageNotFound: string;
  pageNotFoundExplanation: string;
  goHome: string;
  apiPlayground: string;
  footerNote: string;
  /** "By A, B and C": the byline's authors, each a link. */
  byAuthorsPrefix: string;
  and: string;
  authorHeading: string;
  authorDescription: (name: string) => string;
  olderArticles: string;
  newestArticles: string;
  previewBanner: string;
  previewGone: string;
  previewGoneExplanation: string;
  search: string;
  searchQuery: string;
  searchDescription: string;
  searchPrompt: string;
  searchResultsFor: (query: string) => string;
  searchNothingFound: (query: string) => string;
  moreResults: string;
  firstResults: string;
  /** "4 min read" under the headline. */
  readingTime: (minutes: number) => string;
  share: string;
  linkCopied: string;
  copyFailed: string;
  theme: string;
  themeSystem: string;
  themeLight: string;
  themeDark: string;
  mostRead: string;
  mostCommented: string;
  commentCount: (count: number) => string;
}

const en: Strings = {
  siteName: 'Newsroom',
  skipToContent: 'Skip to content',
  sectionsNavigation: 'Sections',
  editionSwitch: 'Edition',
  readTranslation: 'Read in English',
  breadcrumb: 'Breadcrumb',
  rateIt: 'Rate it',
  noVotesYet: 'No votes yet',
  ratedOutOfFive: (average) => `Rated ${average} out of 5`,
  votes: (count) => countWithNoun('EN', count, { one: 'vote', other: 'votes' }),
  starsOutOfFive: (stars) => `${stars} of 5 stars`,
  clearMyVote: 'Clear my vote',
  voteFailed: 'Your vote could not be saved. Check your connection and try again.',
  byAuthor: (author) => `By ${author}`,
  sourceIs: (source) => `Source: ${source}`,
  tags: 'Tags',
  relatedArticles: 'Related articles',
  comments: 'Comments',
  noCommentsYet: 'No comments yet.',
  edited: 'edited',
  latestNews: 'Latest news',
  homeDescription: 'The latest news from every section of Newsroom.',
  sectionDescription: (section) => `${section}: the latest articles on Newsroom.`,
  tagDescription: (tag) => `Articles tagged “${tag}” on Newsroom.`,
  tagHeading: 'Tag',
  noArticlesYet: 'No articles here yet.',
  loadMore: 'Load more',
  loading: 'Loading…',
  loadFailed: 'This page could not be loaded. Check your connection and try again.',
  loadMoreFailed: 'More articles could not be loaded.',
  tryAgain: 'Try again',
  pageNotFound: 'Page not found',
  pageNotFoundExplanation: 'There is no page at this address. It may have been moved or never existed.',
  goHome: 'Go to the home page',
  apiPlayground: 'GraphQL API playground',
  footerNote: 'Newsroom — independent news.',
  byAuthorsPrefix: 'By',
  and: 'and',
  authorHeading: 'Author',
  authorDescription: (name) => `Articles by ${name} on Newsroom.`,
  olderArticles: 'Older articles',
  newestArticles: 'Newest articles',
  previewBanner: 'Preview — this draft is not published. Do not share this link.',
  previewGone: 'This preview link is no longer valid',
  previewGoneExplanation: 'It was revoked or has expired. Ask the editor for a new link.',
  search: 'Search',
  searchQuery: 'Search articles',
  searchDescription: 'Search the articles of Newsroom, in English and Russian.',
  searchPrompt: 'Type a word or two to search the articles, in English or Russian.',
  searchResultsFor: (query) => `Results for “${query}”`,
  searchNothingFound: (query) => `Nothing found for “${query}”. Try other words, or fewer of them.`,
  moreResults: 'More results',
  firstResults: 'First results',
  readingTime: (minutes) => `${countWithNoun('EN', minutes, { one: 'minute', other: 'minutes' })} to read`,
  share: 'Share',
  linkCopied: 'Link copied',
  copyFailed: 'Copy the address from the address bar',
  theme: 'Theme',
  themeSystem: 'System',
  themeLight: 'Light',
  themeDark: 'Dark',
  mostRead: 'Most read this week',
  mostCommented: 'Most discussed this week',
  commentCount: (count) => countWithNoun('EN', count, { one: 'comment', other: 'comments' }),
};

const ru: Strings = {
  siteName: 'Newsroom',
  skipToContent: 'Перейти к содержанию',
  sectionsNavigation: 'Разделы',
  editionSwitch: 'Версия сайта',
  readTranslation: 'Читать по-русски',
  breadcrumb: 'Навигационная цепочка',
  rateIt: 'Оцените',
  noVotesYet: 'Оценок пока нет',
  ratedOutOfFive: (average) => `Оценка ${average} из 5`,
  votes: (count) => countWithNoun('RU', count, { one: 'голос', few: 'голоса', many: 'голосов', other: 'голоса' }),
  // «из 5 звёзд»: the noun agrees with five, whatever the first number.
  starsOutOfFive: (stars) => `${stars} из 5 звёзд`,
  clearMyVote: 'Отменить оценку',
  voteFailed: 'Не удалось сохранить оценку. Проверьте подключение и попробуйте ещё раз.',
  byAuthor: (author) => `Автор: ${author}`,
  sourceIs: (source) => `Источник: ${source}`,
  tags: 'Теги',
  relatedArticles: 'Читайте также',
  comments: 'Комментарии',
  noCommentsYet: 'Комментариев пока нет.',
  edited: 'изменён',
  latestNews: 'Последние новости',
  homeDescription: 'Последние новости всех разделов Newsroom.',
  sectionDescription: (section) => `${section}: последние статьи Newsroom.`,
  tagDescription: (tag) => `Статьи с тегом «${tag}» на Newsroom.`,
  tagHeading: 'Тег',
  noArticlesYet: 'Здесь пока нет статей.',
  loadMore: 'Показать ещё',
  loading: 'Загрузка…',
  loadFailed: 'Не удалось загрузить страницу. Проверьте подключение и попробуйте ещё раз.',
  loadMoreFailed: 'Не удалось загрузить следующие статьи.',
  tryAgain: 'Повторить',
  pageNotFound: 'Страница не найдена',
  pageNotFoundExplanation: 'По этому адресу ничего нет. Возможно, страницу перенесли или её не было.',
  goHome: 'На главную',
  apiPlayground: 'GraphQL API: песочница',
  footerNote: 'Newsroom — независимые новости.',
  byAuthorsPrefix: 'Авторы:',
  and: 'и',
  authorHeading: 'Автор',
  authorDescription: (name) => `Статьи автора ${name} в Newsroom.`,
  olderArticles: 'Более ранние статьи',
  newestArticles: 'Новые статьи',
  previewBanner: 'Предпросмотр — этот черновик не опубликован. Не делитесь этой ссылкой.',
  previewGone: 'Эта ссылка для предпросмотра больше не действует',
  previewGoneExplanation: 'Её отозвали, или срок её действия истёк. Попросите редактора о новой ссылке.',
  search: 'Поиск',
  searchQuery: 'Искать в статьях',
  searchDescription: 'Поиск по статьям Newsroom на русском и английском.',
  searchPrompt: 'Введите слово или два, чтобы найти статьи на русском или английском.',
  searchResultsFor: (query) => `Результаты по запросу «${query}»`,
  searchNothingFound: (query) => `По запросу «${query}» ничего не нашлось. Попробуйте другие слова или меньше слов.`,
  moreResults: 'Ещё результаты',
  firstResults: 'Первые результаты',
  // «Читать 1 минуту, 3 минуты, 5 минут»: the accusative after «читать».
  readingTime: (minutes) => `Читать ${countWithNoun('RU', minutes, { one: 'минуту', few: 'минуты', many: 'минут', other: 'минуты' })}`,
  share: 'Поделиться',
  linkCopied: 'Ссылка скопирована',
  copyFailed: 'Скопируйте адрес из адресной строки',
  theme: 'Тема',
  themeSystem: 'Как в системе',
  themeLight: 'Светлая',
  themeDark: 'Тёмная',
  mostRead: 'Самое читаемое за неделю',
  mostCommented: 'Самое обсуждаемое за неделю',
  commentCount: (count) =>
    countWithNoun('RU', count, { one: 'комментарий', few: 'комментария', many: 'комментариев', other: 'комментария' }),
};

export const strings: Record<Language, Strings> = { EN: en, RU: ru };

/** The interface strings for a language. */
export function t(language: Language): Strings {
  return strings[language];
}
