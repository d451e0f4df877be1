// GraphQL documents shared by the rating tests.
import { readerProblemSelection } from './problemSelections';

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
      ${readerProblemSelection}
    }
  }
`;

export const clearRatingMutation = /* GraphQL */ `
  mutation Clear($input: ClearRatingInput!) {
    clearRating(input: $input) {
      __typename
      ... on ClearRatingSuccess {
        article {
          rating {
            average
            count
            distribution
            viewerScore
          }
        }
      }
    }
  }
`;
