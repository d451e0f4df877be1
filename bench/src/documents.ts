// The exact documents the web app sends (from its generated, typed documents), so the
// benchmark measures what readers' browsers really ask for.
import { print } from 'graphql';
import { ArticlePageDocument, HomePageDocument, RateArticleDocument, SearchPageDocument } from '../../apps/web/src/gql/graphql';

export const articlePageQuery = print(ArticlePageDocument);
export const homePageQuery = print(HomePageDocument);
export const rateArticleMutation = print(RateArticleDocument);
export const searchPageQuery = print(SearchPageDocument);
export const typenameQuery = '{ __typename }';

/** The home page asks for this many articles per page. */
export const homePageSize = 12;

export const requestBody = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });
