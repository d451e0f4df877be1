// GraphQL documents shared by the rating tests.
export const rateMutation = /* GraphQL */ `
  mutation Rate($input: RateArticleInput!) {
    rateArticle(input: $input) {
      __typename
      ... on RateArticleSuccess {
        article {
          rating {
            average
            count
            distribution
            viewerScore
          }
        }
      }
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
      }
    }
  }
`;
