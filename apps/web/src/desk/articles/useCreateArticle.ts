import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../gql/gql';
import { createInput, type ArticleDraft } from './articleDraft';
import { forgetPublicPages, problemOutcome, type EditorOutcome } from '../common/editorOutcome';

const CreateArticleMutation = graphql(`
  mutation DeskCreateArticle($input: CreateArticleInput!) {
    createArticle(input: $input) {
      __typename
      ... on CreateArticleSuccess {
        article {
          id
          ...ArticleEditor_article
        }
      }
      ... on ValidationError {
        field
        code
        message
      }
    }
  }
`);

/** Creates an article from the form, as a draft or published at once. */
export function useCreateArticle(): (draft: ArticleDraft, publish: boolean) => Promise<EditorOutcome> {
  const [mutate] = useMutation(CreateArticleMutation, {
    update: (cache, _result, { variables }) => {
      if (variables?.input.publish) forgetPublicPages(cache);
    },
  });
  return useCallback(
    async (draft, publish) => {
      const { data } = await mutate({ variables: { input: createInput(draft, publish) } });
      const result = data?.createArticle;
      if (!result) throw new Error('createArticle answered without data');
      return result.__typename === 'CreateArticleSuccess' ? { ok: true, id: result.article.id } : problemOutcome(result);
    },
    [mutate],
  );
}
