import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { getFragmentData } from '../gql/fragment-masking';
import { graphql } from '../gql/gql';
import { forgetPublicPages, problemOutcome, type EditorOutcome } from '../common/editorOutcome';

// Publishing and unpublishing answer alike: the article, as the editor shows it.
const SetArticleStatus_changed = graphql(`
  fragment SetArticleStatus_changed on PublishArticleSuccess {
    article {
      id
      ...ArticleEditor_article
    }
  }
`);

const PublishArticleMutation = graphql(`
  mutation DeskPublishArticle($input: ArticleIdInput!) {
    publishArticle(input: $input) {
      __typename
      ...SetArticleStatus_changed
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
      ...SetArticleStatus_changed
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
      const result = shouldPublish
        ? (await publish({ variables })).data?.publishArticle
        : (await unpublish({ variables })).data?.unpublishArticle;
      if (!result) throw new Error('publishArticle answered without data');
      return result.__typename === 'PublishArticleSuccess'
        ? { ok: true, id: getFragmentData(SetArticleStatus_changed, result).article.id }
        : problemOutcome(result);
    },
    [publish, unpublish],
  );
}
