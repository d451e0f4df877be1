// The checks a comment's text and name must pass, shared by adding and editing. Lengths
// count graphemes, as the form's counter does (@newsroom/rules/text).
import type { ArticleRow } from '@newsroom/db/schema';
import { message } from '@newsroom/rules/messages';
import { graphemeLength, hasForbiddenCharacters } from '@newsroom/rules/text';
import type { CommentSettings } from '../../config';
import { validationError, type ValidationProblem } from '../../platform/problems';
import { containsAnyWord } from './wordListRules';

type Language = ArticleRow['language'];

export function checkBody(body: string, settings: CommentSettings, language: Language): ValidationProblem | undefined {
  if (hasForbiddenCharacters(body)) return validationError('body', 'FORBIDDEN_CHARACTERS', message('FORBIDDEN_CHARACTERS', language));
  if (body.length === 0) return validationError('body', 'BODY_REQUIRED', message('BODY_REQUIRED', language));
  if (graphemeLength(body) > settings.bodyMax) {
    return validationError('body', 'BODY_TOO_LONG', message('BODY_TOO_LONG', language, { max: settings.bodyMax }), settings.bodyMax);
  }
  if (containsAnyWord(body, settings.bannedWords))
    return validationError('body', 'COMMENT_NOT_ALLOWED', message('COMMENT_NOT_ALLOWED', language));
  return undefined;
}

export function checkAuthorName(name: string, settings: CommentSettings, language: Language): ValidationProblem | undefined {
  if (hasForbiddenCharacters(name)) return validationError('authorName', 'FORBIDDEN_CHARACTERS', message('FORBIDDEN_CHARACTERS', language));
  if (name.length === 0) return validationError('authorName', 'NAME_REQUIRED', message('NAME_REQUIRED', language));
  if (graphemeLength(name) > settings.authorNameMax) {
    return validationError(
      'authorName',
      'NAME_TOO_LONG',
      message('NAME_TOO_LONG', language, { max: settings.authorNameMax }),
      settings.authorNameMax,
    );
  }
  if (containsAnyWord(name, settings.bannedWords))
    return validationError('authorName', 'COMMENT_NOT_ALLOWED', message('COMMENT_NOT_ALLOWED', language));
  return undefined;
}

/** Until when the author may edit or delete a comment. */
export const editableUntil = (createdAt: Date, settings: CommentSettings) =>
  new Date(createdAt.getTime() + settings.editWindowSeconds * 1000);
