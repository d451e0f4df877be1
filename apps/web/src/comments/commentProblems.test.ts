import { defaultLimits } from '@newsroom/rules/limits';
import { describe, expect, it } from 'vitest';
import { checkDraft, counted, problemOf, reportRefusalMessage } from './commentProblems';

// A pure function: no server here, so the limits are the defaults one with no settings serves.
const limits = defaultLimits.comment;

describe('checkDraft', () => {
  it('accepts a name and a text within the limits', () => {
    expect(checkDraft({ authorName: 'Ann', body: 'Hello' }, 'EN', limits)).toEqual([]);
    expect(checkDraft({ body: 'x'.repeat(2000) }, 'EN', limits)).toEqual([]);
  });

  it('refuses an empty name and text with both messages at once, in the article language', () => {
    expect(checkDraft({ authorName: '  ', body: '\n' }, 'EN', limits)).toEqual([
      { field: 'authorName', message: 'Please give your name.' },
      { field: 'body', message: 'Write something before sending.' },
    ]);
    expect(checkDraft({ authorName: '', body: 'Привет' }, 'RU', limits)).toEqual([
      { field: 'authorName', message: 'Пожалуйста, укажите имя.' },
    ]);
  });

  it('counts graphemes after trimming, as the server does', () => {
    expect(checkDraft({ body: 'x'.repeat(2001) }, 'EN', limits)).toEqual([
      { field: 'body', message: 'A comment may be at most 2,000 characters long.' },
    ]);
    // 2,000 family emoji are 2,000 characters to a reader, though 22,000 UTF-16 units.
    expect(checkDraft({ body: '👨‍👩‍👧‍👦'.repeat(2000) }, 'EN', limits)).toEqual([]);
    expect(checkDraft({ body: `  ${'x'.repeat(2000)}  ` }, 'EN', limits)).toEqual([]);
    expect(counted(' e\u0301 ')).toBe(1);
    expect(checkDraft({ authorName: 'n'.repeat(81), body: 'ok' }, 'RU', limits)).toEqual([
      { field: 'authorName', message: 'Имя может быть не длиннее 80 символов.' },
    ]);
  });

  it('refuses bidirectional control characters', () => {
    expect(checkDraft({ body: 'abc\u202Edef' }, 'EN', limits)[0]?.field).toBe('body');
  });
});

describe('problemOf', () => {
  it('puts a validation error at its field and other refusals beside the button', () => {
    expect(problemOf({ __typename: 'ValidationError', field: 'body', message: 'Too long' })).toEqual({
      field: 'body',
      message: 'Too long',
    });
    expect(problemOf({ __typename: 'ValidationError', field: 'authorName', message: 'Name' }).field).toBe('authorName');
    expect(problemOf({ __typename: 'ValidationError', field: 'parentId', message: 'Gone' }).field).toBe('form');
    expect(problemOf({ __typename: 'RateLimited', message: 'Wait 5 s' })).toEqual({ field: 'form', message: 'Wait 5 s' });
    expect(problemOf({ __typename: 'CommentsClosed', message: 'Closed' }).field).toBe('form');
  });
});

describe('reportRefusalMessage', () => {
  it('passes on the server’s own message, already in the article’s language', () => {
    const limited = { __typename: 'RateLimited', message: 'Вы недавно отправили много жалоб. Попробуйте снова через 12 мин.' };
    expect(reportRefusalMessage(limited, 'RU')).toBe(limited.message);
    const own = {
      __typename: 'ValidationError',
      field: 'commentId',
      message: 'You cannot report your own comment; you can edit or delete it instead.',
    };
    expect(reportRefusalMessage(own, 'EN')).toBe(own.message);
  });

  it('says a vanished comment is gone in the page’s language, though the server answers in English', () => {
    const gone = { __typename: 'NotFound', message: 'This comment does not exist.' };
    expect(reportRefusalMessage(gone, 'RU')).toBe('Такого комментария нет.');
    expect(reportRefusalMessage(gone, 'EN')).toBe('This comment does not exist.');
  });
});
