// GraphQL documents and helpers shared by the comment tests.
import { loadConfig, type CommentSettings } from '../config';
import type { GraphQLTestClient } from './startTestServer';

export const commentFields = 'id authorName body status depth replyCount isOwn editableUntil createdAt editedAt parent { id authorName }';

export const addCommentMutation = /* GraphQL */ `
  mutation Add($input: AddCommentInput!) {
    addComment(input: $input) {
      __typename
      ... on AddCommentSuccess { clientMutationId comment { ${commentFields} } }
      ... on ValidationError { field code message max }
      ... on RateLimited { retryAfterSeconds message }
      ... on CommentsClosed { message }
      ... on NotFound { message }
    }
  }
`;

/** Comment settings for tests: the defaults, with the per-address cap out of the way (all test readers share 127.0.0.1). */
export function testCommentSettings(overrides: Partial<CommentSettings> = {}): CommentSettings {
  return { ...loadConfig({}).comments, perAddressPerHour: 100_000, ...overrides };
}

export async function postComment(client: GraphQLTestClient, input: Record<string, unknown>) {
  const response = await client.query(addCommentMutation, { input: { authorName: 'Reader', ...input } });
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data.addComment;
}
