// What a comment form says when a comment cannot be sent: the same checks and messages
// the server applies (@newsroom/rules), run before sending so the reader learns of a limit
// at once, and the server's own refusals mapped to the field they are about.
import type { Limits } from '@newsroom/rules/limits';
import { message, type MessageLanguage } from '@newsroom/rules/messages';
import { graphemeLength, hasForbiddenCharacters, normaliseText } from '@newsroom/rules/text';
import type { Language } from '../gql/graphql';

/** Where a message is shown: under the name, under the text, or beside the Send button. */
export type ProblemField = 'authorName' | 'body' | 'form';

export interface FormProblem {
  field: ProblemField;
  message: string;
}

export function messageLanguage(language: Language): MessageLanguage {
  return language === 'RU' ? 'ru' : 'en';
}

/** The length the server will judge: graphemes of the normalised, trimmed text. */
export function counted(text: string): number {
  return graphemeLength(normaliseText(text));
}

/**
 * The problems the server would find with a draft's length and characters (not its words:
 * the word lists stay on the server). `authorName` is left out for an edit, which keeps
 * the name. Both fields are checked, so the reader sees every problem at once. `limits` are
 * those the server serves (useLimits().comment).
 */
export function checkDraft(draft: { authorName?: string; body: string }, language: Language, limits: Limits['comment']): FormProblem[] {
  const lang = messageLanguage(language);
  const problems: FormProblem[] = [];
  if (draft.authorName !== undefined) {
    const name = normaliseText(draft.authorName);
    if (hasForbiddenCharacters(name)) problems.push({ field: 'authorName', message: message('FORBIDDEN_CHARACTERS', lang) });
    else if (name.length === 0) problems.push({ field: 'authorName', message: message('NAME_REQUIRED', lang) });
    else if (graphemeLength(name) > limits.authorNameMax) {
      problems.push({ field: 'authorName', message: message('NAME_TOO_LONG', lang, { max: limits.authorNameMax }) });
    }
  }
  const body = normaliseText(draft.body);
  if (hasForbiddenCharacters(body)) problems.push({ field: 'body', message: message('FORBIDDEN_CHARACTERS', lang) });
  else if (body.length === 0) problems.push({ field: 'body', message: message('BODY_REQUIRED', lang) });
  else if (graphemeLength(body) > limits.bodyMax) {
    problems.push({ field: 'body', message: message('BODY_TOO_LONG', lang, { max: limits.bodyMax }) });
  }
  return problems;
}

/** A refusal from a mutation's result union (ValidationError, RateLimited, CommentsClosed, …). */
export interface Refusal {
  __typename: string;
  message: string;
  field?: string;
  /** RateLimited's wait, which the form counts down. */
  retryAfterSeconds?: number;
}

/** The server's refusal, placed at the field it names; anything else belongs to the whole form. */
export function problemOf(refusal: Refusal): FormProblem {
  const field = refusal.field === 'authorName' || refusal.field === 'body' ? refusal.field : 'form';
  return { field, message: refusal.message };
}

/** The message for one field, if any. */
export function messageFor(problems: readonly FormProblem[], field: ProblemField): string | undefined {
  return problems.find((problem) => problem.field === field)?.message;
}

/**
 * What a reader is told when their report of a comment is refused, in the page's language.
 * The server's NotFound (the comment was deleted or taken down meanwhile) is in English
 * whatever the article's language, so its text comes from the shared catalogue instead.
 */
export function reportRefusalMessage(refusal: Refusal, language: Language): string {
  return refusal.__typename === 'NotFound' ? message('COMMENT_NOT_FOUND', messageLanguage(language)) : refusal.message;
}
