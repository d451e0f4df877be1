import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { graphql } from '../gql/gql';
import { NotFoundPage } from '../../layout/NotFoundPage';
import { ArticleEditor } from './ArticleEditor';
import { DeskLoading } from '../shell/DeskLoading';

const ArticleEditorPageQuery = graphql(`
  query ArticleEditorPage($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Article {
        ...ArticleEditor_article
        ...RevisionsPanel_article
      }
    }
  }
`);

const DeskSectionsQuery = graphql(`
  query DeskSections {
    deskSections {
      id
      slug
      name(language: EN)
      archivedAt
    }
  }
`);

/** /desk/articles/new and /desk/articles/:id (drafts load by id: they have no public page). */
export function ArticleEditorPage() {
  const { id } = useParams();
  const sections = useQuery(DeskSectionsQuery);
  const article = useQuery(ArticleEditorPageQuery, {
    variables: { id: id ?? '' },
    skip: !id,
    // Another editor may have changed it since it was cached.
    fetchPolicy: 'cache-and-network',
  });
  const failed = sections.error ?? article.error;

  if (!sections.data || (id && !article.data)) {
    return <DeskLoading error={failed} onRetry={() => Promise.all([sections.refetch(), id ? article.refetch() : null])} />;
  }
  const node = article.data?.node;
  if (id && node?.__typename !== 'Article') return <NotFoundPage />;

  return (
    // A fresh editor per article: nothing typed for one article leaks into the next.
    <ArticleEditor key={id ?? 'new'} article={node?.__typename === 'Article' ? node : null} sections={sections.data.deskSections} />
  );
}
