import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql/gql';

const MediaLibraryQuery = graphql(`
  query MediaLibrary($search: String, $first: Int!, $after: String) {
    mediaLibrary(search: $search, first: $first, after: $after) {
      edges {
        node {
          id
          alt
          caption
          credit
          url
          width
          height
          variants {
            url
            format
            width
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/**
 * The media library, newest first, searched in alt text, caption and credit (an empty
 * search lists everything): for the library page and the article form's picker. `loadMore`
 * appends the next `first` pictures; it is null when no more follow.
 */
export function useMediaLibrary(search: string, first: number) {
  const { data, error, refetch, fetchMore } = useQuery(MediaLibraryQuery, {
    variables: { search: search || null, first },
    fetchPolicy: 'cache-and-network',
  });
  const endCursor = data?.mediaLibrary.pageInfo.endCursor;
  return {
    /** Null until the first answer. */
    pictures: data ? data.mediaLibrary.edges.map((edge) => edge.node) : null,
    error,
    refetch,
    loadMore: data?.mediaLibrary.pageInfo.hasNextPage
      ? () =>
          fetchMore({
            variables: { after: endCursor },
            updateQuery: (previous, { fetchMoreResult }) => ({
              mediaLibrary: {
                ...fetchMoreResult.mediaLibrary,
                edges: [...previous.mediaLibrary.edges, ...fetchMoreResult.mediaLibrary.edges],
              },
            }),
          })
      : null,
  };
}
