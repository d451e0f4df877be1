import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../gql/gql';
import { updateInput, type ArticleDraft } from './articleDraft';
import { forgetPublicPages, problemOutcome, type EditorOutcome } from '../common/editorOutcome';

const UpdateArticleMutation = graphql(`
  mutation DeskUpdateArticle($input: UpdateArticleInput!) {
    updateArticle(input: $input) {
      __typename
      ... on UpdateArticleSuccess {
        article {
          id
          status
          ...ArticleEditor_article
          ...RevisionsPanel_article
        }
      }
      ... on ValidationError {
        field
        code
        message
      }
      ... on NotFound {
        message
      }
    }
  }
`);

/**
 * Saves the form over an existing article. The answer carries the new revisions too, so
 * the revisions panel shows a correction as soon as it is saved.
 */
export function useUpdateArticle(): (id: string, draft: ArticleDraft, published: boolean) => Promise<EditorOutcome> {
  const [mutate] = useMutation(UpdateArticleMutation, {
    update: (cache, { data }) => {
      const result = data?.updateArticle;
      if (result?.__typename === 'UpdateArticleSuccess' && result.article.status === 'PUBLISHED') forgetPublicPages(cache);
    },
  });
  return useCallback(
    async (id, draft, published) => {
      const { data } = await mutate({ variables: { input: updateInput(id, draft, published) } });
      const result = data?.updateArticle;
      if (!result) throw new Error('updateArticle answered without data');
      return result.__typename === 'UpdateArticleSuccess' ? { ok: true, id: result.article.id } : problemOutcome(result);
    },
    [mutate],
  );
}
