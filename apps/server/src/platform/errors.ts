// GraphQL errors for what a form cannot fix (docs/design.md, "Expected failures vs errors"): each carries a
// stable extensions.code that clients switch on. Expected, fixable failures are not
// thrown; they are returned as members of the mutation result unions.
import { GraphQLError } from 'graphql';

export function badUserInput(message: string, argument?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...(argument ? { argument } : {}) } });
}

export function unauthenticated(message = 'Sign in as an editor or moderator to do this.'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED' } });
}

export function forbidden(message = 'Your role does not allow this.'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}
