import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from './gql/gql';
import { forgetPublicPages, problemOutcome, type EditorOutcome } from './editorOutcome';

const PublishArticleMutation = graphql(`
  mutation DeskPublishArticle($input: ArticleIdInput!) {
    publishArticle(input: $input) {
      __typename
      ... on PublishArticleSuccess {
        article {
          id
          ...ArticleEditor_article
        }
      }
      ... on NotFound {
        message
      }
    }
  }
`);

const UnpublishArticleMutation = graphql(`
  mutation DeskUnpublishArticle($input: ArticleIdInput!) {
    unpublishArticle(input: $input) {
      __typename
      ... on PublishArticleSuccess {
        article {
          id
          ...ArticleEditor_article
        }
      }
      ... on NotFound {
        message
      }
    }
  }
`);

/** Publishes an article (true) or takes it back to drafts (false). */
export function useSetArticleStatus(): (id: string, publish: boolean) => Promise<EditorOutcome> {
  const options = { update: forgetPublicPages };
  const [publish] = useMutation(PublishArticleMutation, options);
  const [unpublish] = useMutation(UnpublishArticleMutation, options);
  return useCallback(
    async (id, shouldPublish) => {
      const variables = { input: { id } };
      const result = shouldPublish ? (await publish({ variables })).data?.publishArticle : (await unpublish({ variables })).data?.unpublishArticle;
      if (!result) throw new Error('publishArticle answered without data');
      return result.__typename === 'PublishArticleSuccess' ? { ok: true, id: result.article.id } : problemOutcome(result);
    },
    [publish, unpublish],
  );
}
