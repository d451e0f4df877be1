import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../gql/gql';
import { forgetPublicPages, problemOutcome, type EditorOutcome } from '../common/editorOutcome';

const DeleteArticleMutation = graphql(`
  mutation DeskDeleteArticle($input: ArticleIdInput!) {
    deleteArticle(input: $input) {
      __typename
      ... on DeleteArticleSuccess {
        deletedId
      }
      ... on NotFound {
        message
      }
    }
  }
`);

/** Deletes an article for good. */
export function useDeleteArticle(): (id: string) => Promise<EditorOutcome> {
  const [mutate] = useMutation(DeleteArticleMutation, {
    update: (cache, { data }) => {
      const result = data?.deleteArticle;
      if (result?.__typename !== 'DeleteArticleSuccess') return;
      // The lists forget it. The article itself stays cached while the editor that showed
      // it is still on screen (evicting it would flash "not found" before the list opens);
      // opening it again asks the server, which answers that it is gone.
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'deskArticles' });
      forgetPublicPages(cache);
    },
  });
  return useCallback(
    async (id) => {
      const result = (await mutate({ variables: { input: { id } } })).data?.deleteArticle;
      if (!result) throw new Error('deleteArticle answered without data');
      return result.__typename === 'DeleteArticleSuccess' ? { ok: true, id: result.deletedId } : problemOutcome(result);
    },
    [mutate],
  );
}
