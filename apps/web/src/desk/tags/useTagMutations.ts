import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../gql/gql';
import { changeOutcome } from '../common/changeOutcome';
import { forgetPublicPages } from '../common/editorOutcome';

export const DeskTagListQuery = graphql(`
  query DeskTagList($search: String) {
    tags(search: $search, first: 100) {
      id
      ...TagRow_tag
    }
  }
`);

const RenameTagMutation = graphql(`
  mutation DeskRenameTag($input: RenameTagInput!) {
    renameTag(input: $input) {
      __typename
      ... on RenameTagSuccess {
        tag {
          id
          ...TagRow_tag
        }
      }
      ... on ValidationError {
        field
        message
      }
      ... on NotFound {
        message
      }
    }
  }
`);

const MergeTagsMutation = graphql(`
  mutation DeskMergeTags($input: MergeTagsInput!) {
    mergeTags(input: $input) {
      __typename
      ... on MergeTagsSuccess {
        mergedId
        tag {
          id
          ...TagRow_tag
        }
      }
      ... on ValidationError {
        field
        message
      }
      ... on NotFound {
        message
      }
    }
  }
`);

/** Renaming and merging; the reader pages' cached lists and pages are dropped so the site shows the change. */
export function useTagMutations() {
  const [renameMutation] = useMutation(RenameTagMutation, { update: forgetPublicPages });
  const [mergeMutation] = useMutation(MergeTagsMutation, {
    refetchQueries: [DeskTagListQuery],
    update: (cache: ApolloCache, { data }) => {
      const result = data?.mergeTags;
      // The merged tag is gone: nothing may show it from the cache.
      if (result?.__typename === 'MergeTagsSuccess') cache.evict({ id: cache.identify({ __typename: 'Tag', id: result.mergedId }) });
      forgetPublicPages(cache);
    },
  });
  return {
    rename: useCallback(
      async (input: { id: string; slug: string; names: { language: 'EN' | 'RU'; name: string }[] }) =>
        changeOutcome((await renameMutation({ variables: { input } })).data?.renameTag, 'RenameTagSuccess'),
      [renameMutation],
    ),
    merge: useCallback(
      async (sourceId: string, targetId: string) =>
        changeOutcome((await mergeMutation({ variables: { input: { sourceId, targetId } } })).data?.mergeTags, 'MergeTagsSuccess'),
      [mergeMutation],
    ),
  };
}
