import { describe, expect, it } from 'vitest';
import { commentStrings } from './commentStrings';

describe('"in reply to" a name', () => {
  // Russian would decline the name after «в ответ» (Ольге, Сергею), which no code can do for
  // every name; the construction used keeps it as the reader typed it.
  it.each(['Ольга', 'Сергей', 'Ким Ли', 'Mallory'])('keeps %s in the form it was typed, after a genitive noun', (name) => {
    const phrase = commentStrings.RU.inReplyTo(name);
    expect(phrase.endsWith(` ${name}`)).toBe(true);
    expect(phrase).toMatch(/^в ответ на комментарий пользователя /);
  });

  it('reads plainly in English', () => {
    expect(commentStrings.EN.inReplyTo('Olga')).toBe('in reply to Olga');
  });
});
