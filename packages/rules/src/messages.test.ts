import { expect, it } from 'vitest';
import { message } from './messages';
import { formatNumber } from './numbers';

it("answers a reader's problem in the article's language", () => {
  expect(message('BODY_TOO_LONG', 'en', { max: 50 })).toBe('A comment may be at most 50 characters long.');
  expect(message('BODY_TOO_LONG', 'ru', { max: 50 })).toBe('Комментарий может быть не длиннее 50 символов.');
});

it("answers a desk problem in English, the staff's language, whatever language is asked for", () => {
  expect(message('NO_SUCH_ARTICLE', 'ru')).toBe('This article does not exist.');
  expect(message('MEDIA_IN_USE', 'en', { count: 1 })).toBe('The picture is used by 1 article; choose another picture for it first.');
  expect(message('MEDIA_IN_USE', 'en', { count: 3 })).toBe('The picture is used by 3 articles; choose another picture for them first.');
  expect(message('SIGN_INS_CLEARED', 'en', { login: 'ada', attempts: 1, addresses: 2 })).toBe(
    'Cleared 1 failed sign-in to "ada" from 2 addresses.',
  );
});

it("writes a reader's numbers as the language writes them, with the function the forms' counters use", () => {
  expect(message('BODY_TOO_LONG', 'en', { max: 2000 })).toBe(`A comment may be at most ${formatNumber(2000, 'en')} characters long.`);
  expect(message('BODY_TOO_LONG', 'en', { max: 2000 })).toBe('A comment may be at most 2,000 characters long.');
  // Russian groups thousands with a no-break space: «2 000».
  expect(message('BODY_TOO_LONG', 'ru', { max: 2000 })).toBe('Комментарий может быть не длиннее 2\u00a0000 символов.');
  expect(message('COMMENT_RATE_LIMITED', 'ru', { seconds: 8 })).toBe('Вы пишете слишком часто. Подождите 8 с.');
});

it("leaves the desk's numbers as they are, where its plurals read them", () => {
  expect(message('MEDIA_IN_USE', 'en', { count: 1000 })).toBe(
    'The picture is used by 1000 articles; choose another picture for them first.',
  );
});
