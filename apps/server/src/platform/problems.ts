// Expected failures returned as data in mutation result unions (docs/design.md, "Expected
// failures vs errors"). Each carries __typename so the union resolvers need no guessing.
// Their messages come only from the catalogues in packages/rules (`message(code, language)`):
// the parameters take a CataloguedMessage, so text written here or in a service does not compile.
import type { CataloguedMessage } from '@newsroom/rules/messages';

export interface ValidationProblem {
  __typename: 'ValidationError';
  field: string;
  code: string;
  message: string;
  max?: number | null;
}

export interface NotFoundProblem {
  __typename: 'NotFound';
  message: string;
}

export interface RateLimitedProblem {
  __typename: 'RateLimited';
  retryAfterSeconds: number;
  message: string;
}

export function validationError(field: string, code: string, message: CataloguedMessage, max?: number): ValidationProblem {
  return { __typename: 'ValidationError', field, code, message, max: max ?? null };
}

export function notFound(message: CataloguedMessage): NotFoundProblem {
  return { __typename: 'NotFound', message };
}

/**
 * A result union's __resolveType: problems carry their __typename; a success payload
 * (a plain object of changed things) is the union's success member.
 */
export const resultMember =
  <S extends string>(success: S) =>
  (result: object) =>
    ('__typename' in result && typeof result.__typename === 'string' ? result.__typename : success) as never;
