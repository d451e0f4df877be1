// GraphQL documents shared by the rating tests.
import { readerProblemSelection } from './problemSelections';

/** What both mutations answer on success: the article's rating as the reader now sees it. */
const ratedArticle = /* GraphQL */ `
  article {
    rating {
      average
      count
      distribution
      viewerScore
    }
  }
`;

export const rateMutation = /* GraphQL */ `
  mutation Rate($input: RateArticleInput!) {
    rateArticle(input: $input) {
      __typename
      ... on RateArticleSuccess {
        ${ratedArticle}
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
        ${ratedArticle}
      }
    }
  }
`;
