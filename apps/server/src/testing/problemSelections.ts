// The problems a reader's mutation may answer with, selected in full: the tests that send
// reader mutations check each field, so the selection is written once.
export const readerProblemSelection = /* GraphQL */ `
      ... on ValidationError {
        field
        code
        message
        max
      }
      ... on NotFound {
        message
      }
      ... on RateLimited {
        retryAfterSeconds
        message
      }`;
