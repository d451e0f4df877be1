import { message } from '@newsroom/rules/messages';
import { expect, it } from 'vitest';
import { notFound, validationError } from './problems';

it('takes its message from the catalogue only, so the server and the forms say the same words', () => {
  // The type checker (pnpm typecheck) refuses a message written inline: these lines fail it
  // should the parameters ever take a plain string again.
  // @ts-expect-error A message written inline is not a CataloguedMessage.
  validationError('title', 'TITLE_REQUIRED', 'The title must not be empty.');
  // @ts-expect-error A message written inline is not a CataloguedMessage.
  notFound('This article does not exist.');
  expect(validationError('title', 'TITLE_REQUIRED', message('TITLE_REQUIRED', 'en'))).toEqual({
    __typename: 'ValidationError',
    field: 'title',
    code: 'TITLE_REQUIRED',
    message: 'The title must not be empty.',
    max: null,
  });
  expect(notFound(message('NO_SUCH_ARTICLE', 'en')).message).toBe('This article does not exist.');
});
